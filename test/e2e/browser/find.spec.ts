import { expect, test, type Page } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import type { UiLocale } from '../pages/locale-strings';
import { GlobalSearchPage } from '../pages/search-page';
import { TimelinePage } from '../pages/timeline-page';
import { look, seriousViolations, looksToRun } from '../support/screen-checks';

async function openWithSample(page: Page, locale: UiLocale = 'en'): Promise<AppPage> {
  const app = new AppPage(page);
  await app.openWithSample();
  if (locale !== 'en') await app.switchLanguage(locale);
  return app;
}

test('the global search finds a member by its Chinese name and by a transliteration, from the keyboard alone', async ({ page }) => {
  await openWithSample(page, 'zh');
  const search = new GlobalSearchPage(page, 'zh');
  await search.openWithKeys();

  await search.search('庆尚');
  await expect(search.group('member').getByRole('option')).toHaveText([/庆尚北道/, /庆尚南道/]);

  // McCune–Reischauer's spelling finds the Revised Romanisation's, and the activity that involves them.
  await search.search('Kyongsang');
  await expect(search.group('member').getByRole('option')).toHaveText([/庆尚北道/, /庆尚南道/]);
  await expect(search.group('visit').getByRole('option').first()).toBeVisible();
  await expect(search.group('meeting').getByRole('option').first()).toBeVisible();

  // The first result is active; the arrows move through every group, and Enter opens the active one.
  await expect(search.input).toHaveAttribute('aria-expanded', 'true');
  const first = search.options.first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(search.input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
  await page.keyboard.press('ArrowDown');
  await expect(search.options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(search.options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(search.dialog).toHaveCount(0);
  await expect(page).toHaveURL(/#\/members\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 2, name: '庆尚南道' })).toBeVisible();

  // Esc closes it without going anywhere.
  await search.openWithButton();
  await search.search('Primorye');
  await expect(search.group('member').getByRole('option')).toHaveText([/滨海边疆区/]);
  await page.keyboard.press('Escape');
  await expect(search.dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: '庆尚南道' })).toBeVisible();
});

test('the global search opens visits and staff, says when nothing matches, and has no serious accessibility violation', async ({ page }) => {
  await openWithSample(page);
  const search = new GlobalSearchPage(page);
  await search.openWithButton();
  await search.search('Hokkaidou nothing-of-the-kind');
  await expect(search.dialog.getByRole('status')).toHaveText(search.t.find.empty.replace('{{query}}', 'Hokkaidou nothing-of-the-kind'));
  await expect(search.input).toHaveAttribute('aria-expanded', 'false');

  await search.search('Akita');
  await expect(search.group('visit').getByRole('option')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await search.group('visit').getByRole('option').click();
  await expect(page).toHaveURL(/#\/activity\/visits\//);
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Akita');

  // The secretariat's staff, by a name in Hangul: the result gives the role, and opens the staff list at the person.
  await search.openWithButton();
  await search.search('홍종경');
  await expect(search.group('staff').getByRole('option')).toHaveText([/^Hong Jong-kyung.*Secretary-General$/]);
  await search.group('staff').getByRole('option').click();
  await expect(page).toHaveURL(/#\/secretariat\?staff=/);
  const found = page.locator('[data-testid="staff-row"][aria-current="true"]');
  await expect(found).toContainText('Hong Jong-kyung');
  await expect(found).toBeInViewport();
});

test('the timeline shows each visit’s direction and filters by it, in the URL', async ({ page }) => {
  await openWithSample(page);
  const timeline = new TimelinePage(page);
  await timeline.open();
  const all = await timeline.count();
  const visits = timeline.rows.and(page.locator('[data-direction]'));
  await expect(timeline.rows.and(page.locator('[data-direction="inbound"]')).first()).toContainText(timeline.t.directions.inbound);
  await expect(timeline.rows.and(page.locator('[data-direction="outbound"]')).first()).toContainText(timeline.t.directions.outbound);
  expect(await visits.count()).toBeGreaterThan(0);
  // The menu's shortcut for logging a visit is shown on the button that does the same.
  const logVisit = page.getByRole('link', { name: timeline.t.visits.add });
  await expect(logVisit).toHaveAttribute('aria-keyshortcuts', 'Control+L');
  await logVisit.hover();
  await expect(page.getByRole('tooltip')).toHaveText('Ctrl+L');

  await timeline.chooseIn('timeline-direction', timeline.t.directions.inbound);
  const inbound = await timeline.count();
  expect(inbound).toBeGreaterThan(0);
  expect(inbound).toBeLessThan(all);
  await expect(timeline.rows.and(page.locator(':not([data-direction="inbound"])'))).toHaveCount(0);
  await expect(page).toHaveURL(/direction=inbound/);

  await page.reload();
  await expect(page.locator('[data-testid="timeline-count"][data-complete="true"]')).toBeVisible();
  await timeline.expectCount(inbound);
  await expect(page.getByTestId('timeline-direction')).toHaveValue(timeline.t.directions.inbound);
  await timeline.clear();
  await timeline.expectCount(all);
});

test('a skip link is the first Tab stop and moves the focus to the screen', async ({ page }) => {
  const app = await openWithSample(page);
  // The window as it opens, with nothing focused yet.
  await page.reload();
  await expect(page.getByRole('heading', { name: app.t.members.title })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: app.t.app.skipToContent });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/#\/members$/);
  // The next Tab goes into the screen, not back to the title bar or the navigation.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
});

test('at 1024 px the navigation is a column of named icons, expands on request, and the menu’s shortcuts work and are shown', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const app = await openWithSample(page);
  const nav = page.getByTestId('main-nav');
  const members = nav.getByRole('link', { name: app.t.nav.members });
  await expect(nav).toHaveAttribute('data-collapsed', 'true');
  await expect(members).toHaveText('');
  expect((await nav.boundingBox())?.width).toBeLessThan(80);
  const main = await page.locator('main').boundingBox();
  expect(main?.width).toBeGreaterThan(1024 - 80);
  expect(await seriousViolations(page)).toEqual([]);

  await members.hover();
  await expect(page.getByRole('tooltip')).toHaveText(`${app.t.nav.members} · Ctrl+1`);
  await expect(members).toHaveAttribute('aria-keyshortcuts', 'Control+1');

  await page.getByRole('button', { name: app.t.find.nav.expand }).click();
  await expect(nav).toHaveAttribute('data-collapsed', 'false');
  await expect(members).toHaveText(app.t.nav.members);
  expect((await nav.boundingBox())?.width).toBeGreaterThan(200);
  await page.getByRole('button', { name: app.t.find.nav.collapse }).click();
  await expect(nav).toHaveAttribute('data-collapsed', 'true');

  // Without Electron's menu, the browser build hears the same accelerators.
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { level: 2, name: app.t.committees.title })).toBeVisible();
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 2, name: app.t.timeline.title })).toBeVisible();
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: app.t.visits.new })).toBeVisible();
});

test('the keyboard shortcuts help opens with “?”, Ctrl+/ and the title bar, and lists the menu’s shortcuts', async ({ page }) => {
  const app = await openWithSample(page);
  const help = page.getByRole('dialog', { name: app.t.find.shortcuts.title });
  await page.getByRole('heading', { level: 2, name: app.t.members.title }).click();
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  for (const [label, keys] of [
    [app.t.nav.members, 'Ctrl+1'],
    [app.t.nav.followUps, 'Ctrl+4'],
    [app.t.menu.logVisit, 'Ctrl+L'],
    [app.t.find.shortcuts.search, 'Ctrl+K'],
  ]) {
    await expect(help.getByRole('row', { name: label, exact: false }).first()).toContainText(keys);
  }
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // "?" typed into a field is a character, not a command.
  const field = page.getByRole('searchbox', { name: app.t.common.search });
  await field.press('?');
  await expect(field).toHaveValue('?');
  await expect(help).toHaveCount(0);
  await field.fill('');

  await page.keyboard.press('Control+/');
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: app.t.find.shortcuts.title }).click();
  await expect(help).toBeVisible();
});

// Screens of this part for a reviewer: English light and dark, Chinese dark, Russian light.
const looks: Array<[UiLocale, 'light' | 'dark']> = [
  ['en', 'light'],
  ['en', 'dark'],
  ['zh', 'dark'],
  ['ru', 'light'],
];
for (const [locale, scheme] of looksToRun(looks, ([locale]) => locale === 'zh')) {
  test(`search, collapsed navigation, timeline direction and shortcuts help in ${locale}, ${scheme}`, async ({ page }) => {
    // Five screens with a screenshot and an axe audit each: about 45 s alone, past a minute on a loaded runner.
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: scheme });
    const app = await openWithSample(page, locale);
    const audit = locale === 'en' || locale === 'zh';
    const suffix = `${locale}-${scheme}`;
    const search = new GlobalSearchPage(page, locale);
    await search.openWithKeys();
    await look(page, `find-search-empty-${suffix}`, false);
    await search.search('Kyongsang');
    await expect(search.group('member').getByRole('option')).toHaveCount(2);
    await page.keyboard.press('ArrowDown');
    await look(page, `find-search-${suffix}`, audit);
    await page.keyboard.press('Escape');

    await page.setViewportSize({ width: 1024, height: 700 });
    const timeline = new TimelinePage(page, locale);
    await timeline.open();
    await timeline.chooseIn('timeline-direction', app.t.directions.outbound);
    await page.getByTestId('main-nav').getByRole('link', { name: app.t.nav.members }).hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await look(page, `find-timeline-collapsed-${suffix}`, audit);

    await page.getByRole('button', { name: app.t.find.shortcuts.title }).click();
    await look(page, `find-shortcuts-${suffix}`, audit);
  });
}
