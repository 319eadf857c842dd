import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { strings } from '../pages/locale-strings';
import { MembersPage } from '../pages/members-page';
import { TimelinePage } from '../pages/timeline-page';
import { look } from '../support/screen-checks';

const GENERAL_ASSEMBLY_2018 = '35883268-9b85-446f-a697-3ed1688f6935';
const NEW_MEMBER = 'Chelyabinsk Oblast';
const NEW_VISIT = 'Talks with Chelyabinsk on logistics';
const shownInEnglish = strings.ru.sample.fallback.en;

/** The languages whose string chunks the page has fetched since it loaded. */
const languageChunks = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => /\/assets\/(zh|ko|ja|ru|mn|en)-[\w-]+\.js$/.exec(entry.name)?.[1])
      .filter((locale) => locale !== undefined)
      .sort(),
  );

/** Starts noting every text on the page that looks like a string key ("nav.members") rather than a string. */
const watchForKeys = (page: Page, areas: string[]) =>
  page.evaluate((names) => {
    const key = new RegExp(`\\b(${names.join('|')})\\.[a-zA-Z]\\w*(\\.\\w+)*\\b`, 'g');
    const seen: string[] = [];
    (window as unknown as { keysSeen: string[] }).keysSeen = seen;
    new MutationObserver(() => seen.push(...(document.body.innerText.match(key) ?? []))).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, areas);
const keysSeen = (page: Page) => page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen);

const markers = (page: Page) => page.getByTestId('language-fallback');
/** The language code a marker shows (its full sentence is there too, for screen readers only). */
const codeOf = (scope: Locator) => scope.getByTestId('language-fallback').locator('[aria-hidden="true"]');

/** A member and a visit typed in English only, as an office abroad might leave them. */
async function addEnglishOnlyRecords(page: Page) {
  const form = await new MembersPage(page).startAdding();
  await form.name('en').fill(NEW_MEMBER);
  await form.name('native').fill('Челябинская область');
  await form.chooseCountry('Russia');
  await form.save();
  await expect(page.getByRole('heading', { name: NEW_MEMBER, level: 2 })).toBeVisible();

  await page.goto('/#/activity/visits/new');
  await page.getByRole('combobox', { name: 'Member governments' }).fill('Chelyabinsk');
  await page.getByRole('option', { name: NEW_MEMBER }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('visit-title').fill(NEW_VISIT);
  await page.getByRole('textbox', { name: 'Staff' }).fill('Kim Yujin');
  await page.getByRole('textbox', { name: 'Office' }).fill('Pohang secretariat');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: NEW_VISIT, level: 2 })).toBeVisible();
}

test('a record without the interface language says so on every screen, and the 2018 sample never needs to', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.openWithSample();
  // In English nothing is a stand-in, so nothing is marked.
  await expect(markers(page)).toHaveCount(0);
  await addEnglishOnlyRecords(page);
  await expect(markers(page)).toHaveCount(0);

  // Russian arrives as a chunk of its own only now, and the page goes from English straight to it.
  expect(await languageChunks(page)).toEqual(['en']);
  await watchForKeys(page, Object.keys(strings.en));
  await app.switchLanguage('ru');
  await expect(page.getByRole('navigation').getByRole('link', { name: strings.ru.nav.members })).toBeVisible();
  expect(await languageChunks(page)).toEqual(['en', 'ru']);
  expect(await keysSeen(page)).toEqual([]);
  await app.goTo('members');
  const members = new MembersPage(page, 'ru');
  await expect(members.rows).toHaveCount(80);
  // Only the new member is marked; its link tells a screen reader what the marker shows.
  await expect(markers(page)).toHaveCount(1);
  const row = members.rows.filter({ hasText: NEW_MEMBER });
  await expect(codeOf(row)).toHaveText('EN');
  await expect(row.getByRole('link')).toHaveAccessibleName(`${NEW_MEMBER} ${shownInEnglish}`);
  await expect(row.getByRole('link').locator('span[lang="en"]')).toHaveText(NEW_MEMBER);
  await row.getByTestId('language-fallback').hover();
  await expect(page.getByRole('tooltip')).toHaveText(shownInEnglish);
  await expect(members.rows.filter({ hasText: 'Префектура Хиого' }).getByTestId('language-fallback')).toHaveCount(0);
  await look(page, 'fallback-members-ru-light', true);

  // The timeline marks the visit's English title and its English member name, and only them.
  const timeline = new TimelinePage(page, 'ru');
  await timeline.open();
  const visitRow = timeline.rows.filter({ hasText: NEW_VISIT });
  await expect(visitRow.getByTestId('language-fallback')).toHaveCount(2);
  await expect(markers(page)).toHaveCount(2);
  await page.emulateMedia({ colorScheme: 'dark' });
  await look(page, 'fallback-timeline-ru-dark', true);
  await visitRow.click();
  await expect(codeOf(page.getByRole('heading', { level: 2 }))).toHaveText('EN');
  await expect(codeOf(page.getByRole('link', { name: new RegExp(NEW_MEMBER) }))).toHaveText('EN');

  // The sample's own meeting is whole in Japanese: venue, theme, outcomes, side events and agenda.
  await app.switchLanguage('ja');
  await page.goto(`/#/activity/meetings/${GENERAL_ASSEMBLY_2018}`);
  await expect(page.getByTestId('agenda-items').getByRole('listitem')).toHaveCount(8);
  await expect(page.getByTestId('agenda-items')).toContainText('新会員の加盟');
  await expect(markers(page)).toHaveCount(0);

  // The roll call: agenda names in Japanese, and the one member typed in English marked.
  await page.goto(`/#/activity/meetings/${GENERAL_ASSEMBLY_2018}/roll-call`);
  await expect(page.getByTestId('agenda-item')).toHaveCount(8);
  await expect(page.getByTestId('agenda-item').nth(1)).toContainText('新会員の加盟');
  await expect(page.getByTestId('agenda').getByTestId('language-fallback')).toHaveCount(0);
  const rollCallRow = page.getByTestId('roll-call-row').filter({ hasText: NEW_MEMBER });
  await expect(codeOf(rollCallRow)).toHaveText('EN');
  await expect(markers(page)).toHaveCount(1);
  await rollCallRow.getByTestId('language-fallback').hover();
  await expect(page.getByRole('tooltip')).toHaveText(strings.ja.sample.fallback.en);
  await rollCallRow.scrollIntoViewIfNeeded();
  await look(page, 'fallback-roll-call-ja-dark', false);
});
