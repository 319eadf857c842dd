import { expect, test, type Page } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { LeaveDialog } from '../pages/leave-dialog';
import type { UiLocale } from '../pages/locale-strings';
import { SyncPage } from '../pages/sync-page';
import { look, looksToRun } from '../support/screen-checks';

const FIXTURE = 'test/fixtures/sample-2018.nearbundle';

// Every main screen in light and dark, in English, Chinese, Japanese and Russian, written to
// test/e2e/screenshots/ for a reviewer to open. Each one also checks the layout holds: nothing
// pushes the window into horizontal scrolling, whatever the language's word lengths. In English
// and Chinese axe-core audits every screen too: no serious or critical violation is allowed.
// Every run takes Chinese in dark (the widest glyphs, the scheme with the most contrast traps);
// English in light and Russian, for the longest words, come with NEAR_E2E_ALL_LOOKS=1 (each look
// costs CI about two minutes; English light is audited screen by screen in the other specs);
// Japanese screens are checked by hand before a release.
const combinations = looksToRun<[UiLocale, 'light' | 'dark']>(
  [
    ['en', 'light'],
    ['zh', 'dark'],
    ['ru', 'light'],
  ],
  ([locale]) => locale === 'zh',
);

/** The app in a language and colour scheme, with the sample loaded; screenshots and audits as it goes. */
async function openLooking(page: Page, locale: UiLocale, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
  const app = new AppPage(page);
  await app.open();
  await app.switchLanguage(locale);
  const suffix = `${locale}-${scheme}`;
  const audit = locale === 'en' || locale === 'zh';
  const shoot = (name: string, options?: { fullPage?: boolean }) => look(page, `${name}-${suffix}`, audit, options);
  return { app, shoot };
}

for (const [locale, scheme] of combinations) {
  test(`registry and activity screens in ${locale}, ${scheme}`, async ({ page }) => {
    test.setTimeout(240_000);
    const { app, shoot } = await openLooking(page, locale, scheme);
    await shoot('first-run');
    await app.loadSample();
    await page.getByRole('alert').first().waitFor({ state: 'detached' }).catch(() => undefined);
    await shoot('members');

    await page.getByRole('link', { name: app.t.members.add }).click();
    await page.getByRole('button', { name: app.t.common.save }).click();
    await expect(page.getByTestId('form-error')).toBeVisible();
    await shoot('member-form-errors');

    await page.goto('/#/members?country=JP');
    await page.getByTestId('member-row').nth(4).getByRole('link').click();
    await shoot('member-detail');

    await app.goTo('committees');
    await page.getByTestId('as-of').fill('2018-12-31');
    await shoot('committees');
    await page.getByTestId('committee-row').nth(2).getByRole('link').click();
    await shoot('committee-detail');
    await page.getByRole('link', { name: app.t.common.edit }).click();
    await shoot('committee-form');

    await page.getByRole('navigation').getByRole('link', { name: app.t.nav.timeline }).click();
    await page.locator('[data-testid="timeline-count"][data-complete="true"]').waitFor();
    await shoot('timeline');
    await page.getByTestId('timeline-row').nth(5).click();
    await shoot('meeting-detail');
    await page.goto('/#/activity');
    await page.getByTestId('timeline-row').nth(1).click();
    await shoot('visit-detail');
    await page.getByRole('navigation').getByRole('link', { name: app.t.nav.timeline }).click();
    await page.getByRole('link', { name: app.t.visits.add }).click();
    // The form opens with the members field focused and its list open. Its options are reached with
    // the arrow keys from the field (aria-activedescendant), which axe's scrollable-region rule does
    // not model, so the screen is audited with the list closed.
    await page.getByRole('heading', { name: app.t.visits.new }).waitFor();
    await page.waitForTimeout(300);
    await page.keyboard.press('Escape');
    // Dated by month only, as most of the report's visits are.
    await page.getByTestId('visit-dates-precision').getByText(app.t.dates.precision.month).click();
    await page.getByTestId('visit-dates-start').fill('2018-10');
    // Leaving the field writes the month in the language's form (10/2018, 2018/10, 10.2018).
    await page.getByTestId('visit-dates-start').blur();
    await shoot('visit-entry');
    await page.getByRole('navigation').getByRole('link', { name: app.t.nav.followUps }).click();
    await new LeaveDialog(page, locale).discard();
    await page.getByTestId('follow-up').first().waitFor();
    await shoot('follow-ups');
    await page.getByRole('navigation').getByRole('link', { name: app.t.nav.profile }).click();
    await shoot('profile');
    await page.goto('/#/activity/meetings/new');
    await page.getByTestId('meeting-title').waitFor();
    await shoot('meeting-form');
    await page.goto('/#/secretariat');
    await expect(page.getByTestId('staff-row')).toHaveCount(17);
    await shoot('secretariat');
    await page.goto('/#/secretariat?tab=texts');
    await expect(page.getByTestId('report-text')).toHaveCount(6);
    await shoot('secretariat-texts');

  });

  test(`sync, backup and About screens in ${locale}, ${scheme}`, async ({ page }) => {
    test.setTimeout(150_000);
    const { app, shoot } = await openLooking(page, locale, scheme);
    await app.loadSample();
    // Sync: this laptop set up, then the project's signed sample bundle previewed and imported.
    const sync = new SyncPage(page, locale);
    await sync.setUpLaptop(app.t.profile.offices.hyogo, 'Sato Hanako', 'branch');
    await shoot('profile-key');
    await sync.chooseBundle(FIXTURE);
    // First contact: the sender and its fingerprint, before anything inside the bundle is read.
    await expect(page.getByTestId('first-contact')).toBeVisible();
    await page.getByRole('checkbox', { name: /NEAR Secretariat \(Pohang\)/ }).check();
    await shoot('import-first-contact');
    await page.getByRole('button', { name: app.t.sync.import.trustAndContinue }).click();
    await expect(page.getByTestId('import-counts')).toBeVisible();
    await shoot('import-preview');
    await page.getByRole('button', { name: app.t.sync.import.apply, exact: true }).click();
    await expect(page.getByTestId('import-summary')).toBeVisible();
    // The import began with a backup of the data as it was.
    await expect(page.getByTestId('import-backup')).toBeVisible();
    await shoot('import-done');
    await sync.open();
    await expect(page.getByTestId('sync-history')).toBeVisible();
    await shoot('sync', { fullPage: true });
    // Every record the bundle touched names the office it came from.
    await page.goto('/#/members?country=JP');
    await page.getByTestId('member-row').nth(4).getByRole('link').click();
    await expect(page.getByTestId('record-info')).toContainText('NEAR Secretariat (Pohang)');
    await shoot('member-detail-synced');
    // The staff list came with Pohang's bundle; on this branch office's laptop it is read-only, and says so.
    await page.goto('/#/secretariat');
    await expect(page.getByTestId('staff-row')).toHaveCount(17);
    await expect(page.getByTestId('secretariat-read-only')).toBeVisible();
    await expect(page.getByTestId('add-staff')).toHaveCount(0);
    await shoot('secretariat-read-only');
    await sync.open();
    const dragAway = await sync.dragOver('from-pohang.nearbundle');
    await expect(page.getByTestId('drop-hint')).toBeVisible();
    await shoot('drop-hint');
    await dragAway();
    await expect(page.getByTestId('drop-hint')).toHaveCount(0);
    await sync.dropFile('damaged.nearbundle', '{"format": "near-desk-bundle", "formatVersion": 1');
    await expect(page.getByTestId('refusal')).toBeVisible();
    await shoot('import-refused');

    await page.getByRole('navigation').getByRole('link', { name: app.t.nav.backups }).click();
    // A scheduled backup may have joined it on a slow run; the one made before the import is there.
    const beforeImport = page.getByTestId('backup-row').filter({ hasText: app.t.backups.reasons['before-import'] });
    await expect(beforeImport).toHaveCount(1);
    await shoot('backups');
    await beforeImport.getByRole('button', { name: app.t.backups.list.restore }).click();
    await expect(page.getByTestId('restore-counts')).toBeVisible();
    await shoot('restore-preview');
    await page.getByRole('dialog').getByRole('button', { name: app.t.common.cancel }).click();
    await page.getByRole('button', { name: app.t.about.title }).click();
    await expect(page.getByTestId('about').locator('[data-row="fingerprint"]')).toContainText(/[0-9A-F]{4}/);
    await shoot('about');
  });
}
