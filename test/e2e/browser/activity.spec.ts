import { expect, test, type Page } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { TimelinePage } from '../pages/timeline-page';
import { shoot } from '../support/screen-checks';

async function setProfile(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'This laptop' }).click();
  await page.getByRole('textbox', { name: 'Office' }).fill('Pohang secretariat');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Kim Yujin');
  await page.getByRole('radio', { name: 'Pohang secretariat' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await new AppPage(page).openWithSample();
});

test('the 2018 sample timeline shows the report’s entries, and filters narrow it', async ({ page }) => {
  // Often the run's first test: it pays for the cold browser and preview server (60 s reached once, 24 s on retry).
  test.setTimeout(120_000);
  const timeline = new TimelinePage(page);
  await timeline.open();
  // 9 meetings and events (chapters I–IV) and the 40 entries of the networking chapter.
  expect(await timeline.count()).toBe(49);
  await expect(timeline.rows.filter({ hasText: '12th NEAR General Assembly' })).toHaveCount(1);

  // Dated as the report dates them: a month where it gives only the month, never an invented 1st;
  // oldest first, in the report's order (11–12 January, then the January visit from Hyogo).
  await page.getByTestId('timeline-sort').getByRole('button', { name: 'Date' }).click();
  await expect(timeline.rows.nth(1)).toContainText('Cambodia');
  await expect(timeline.rows.nth(2)).toContainText('Mizuguchi');
  await expect(timeline.rows.nth(2)).toContainText('January 2018');
  await expect(timeline.rows.nth(2)).not.toContainText('1 Jan');
  await page.getByTestId('timeline-sort').getByRole('button', { name: 'Date' }).click();
  await expect(page).toHaveURL(/sort=-date/);
  // A filter from 15 October keeps what the record dates "October 2018".
  await page.getByRole('textbox', { name: 'From' }).fill('2018-10-15');
  await page.getByRole('textbox', { name: 'To' }).fill('2018-10-20');
  await expect(timeline.rows.filter({ hasText: 'Sakhalin' })).toContainText('October 2018');
  await timeline.clear();

  await timeline.chooseIn('timeline-kind', 'Committee meeting');
  await expect(timeline.rows).toHaveCount(5);
  await timeline.clear();

  await timeline.chooseIn('timeline-country', 'Mongolia');
  const mongolia = await timeline.count();
  expect(mongolia).toBeGreaterThan(3);
  expect(mongolia).toBeLessThan(49);
  // Akita appears in the General Assembly's decisions (Mongolia took part) and in its own visit (Japan).
  await timeline.search('秋田');
  await expect(timeline.rows).toHaveCount(1);
  await expect(timeline.rows.first()).toContainText('12th NEAR General Assembly');
  await timeline.clear();
  await timeline.search('秋田');
  await expect(timeline.rows).toHaveCount(2);
  await expect(timeline.rows.filter({ hasText: 'Akita' })).toHaveCount(1);

  await timeline.clear();
  await page.getByRole('textbox', { name: 'From' }).fill('2018-06-01');
  await page.getByRole('textbox', { name: 'To' }).fill('2018-06-30');
  await expect(timeline.rows.filter({ hasText: 'Working-level Workshop' })).toHaveCount(1);
  expect(await timeline.count()).toBeLessThan(10);

  // The General Assembly page reproduces the report: 29 present by country, 21 written resolutions, 8 items.
  await timeline.clear();
  await timeline.expectCount(49);
  await timeline.rows.filter({ hasText: '12th NEAR General Assembly' }).click();
  await expect(page.getByTestId('participant-total')).toHaveText('29');
  await expect(page.getByRole('row', { name: /Written resolutions/ })).toContainText('21');
  await expect(page.getByTestId('agenda-items').getByRole('listitem')).toHaveCount(8);

  // The March meeting in Ulaanbaatar keeps its count as the record gives it: 12 people, 12 members.
  await timeline.open();
  await timeline.search('Tuushin');
  await timeline.rows.first().click();
  await expect(page.getByRole('row', { name: /People taking part/ })).toContainText('12');
  await expect(page.getByRole('row', { name: /Member governments represented/ })).toContainText('12');
});

test('a member’s page shows its whole history of meetings and visits', async ({ page }) => {
  await page.getByRole('link', { name: 'Hyogo Prefecture', exact: true }).click();
  const history = page.getByTestId('activity-history');
  await expect(history.getByTestId('timeline-row')).toHaveCount(3);
  await expect(history).toContainText('16th Disaster Prevention Committee Meeting');
});

test('log a visit with the keyboard only', async ({ page }) => {
  await setProfile(page);
  await page.goto('/#/activity/visits/new');
  const members = page.getByRole('combobox', { name: 'Member governments' });
  await expect(members).toBeFocused();
  // Type-ahead in Korean finds Hyogo; Enter picks the highlighted option.
  await page.keyboard.type('효고');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  const subject = page.getByTestId('visit-title');
  for (let step = 0; step < 6 && !(await subject.evaluate((element) => element === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(subject).toBeFocused();
  await page.keyboard.type('Logistics committee preparations');
  await page.keyboard.press('Control+Enter');

  await expect(page.getByRole('heading', { name: 'Logistics committee preparations' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hyogo Prefecture' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Staff/ })).toContainText('Kim Yujin');
  await expect(page.getByRole('row', { name: /^Office/ })).toContainText('Pohang secretariat');

  // It is on the timeline, and the next visit starts with the same counterpart.
  const timeline = new TimelinePage(page);
  await timeline.open();
  expect(await timeline.count()).toBe(50);
  await page.goto('/#/activity/visits/new');
  const chosen = page.getByTestId('visit-members').locator('xpath=ancestor::div[contains(@class,"mantine-InputWrapper-root")][1]');
  await expect(chosen).toContainText('Hyogo Prefecture');
});

test('a half-typed visit survives a reload, and can be discarded', async ({ page }) => {
  await page.goto('/#/activity/visits/new');
  await page.getByTestId('visit-title').fill('Call with Sakha about the 13th Assembly');
  await page.getByRole('textbox', { name: 'Purpose' }).fill('Venue and dates');
  await page.waitForTimeout(800);
  await page.reload();
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(page.getByTestId('visit-title')).toHaveValue('Call with Sakha about the 13th Assembly');
  await expect(page.getByRole('textbox', { name: 'Purpose' })).toHaveValue('Venue and dates');
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByTestId('visit-title')).toHaveValue('');
  await page.reload();
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});

test('a visit known only to the month is entered as a month, kept in its draft, and shown as one', async ({ page }) => {
  await setProfile(page);
  await page.goto('/#/activity/visits/new');
  const start = page.getByTestId('visit-dates-start');
  const month = page.getByRole('radio', { name: 'Month' });
  await expect(page.getByRole('radiogroup', { name: 'Date known to' })).toBeVisible();
  await page.getByTestId('visit-dates-precision').getByText('Month').click();
  await expect(month).toBeChecked();
  // Today's date is cut to its month; the field now asks for a month.
  await expect(start).toHaveAttribute('placeholder', 'mm/yyyy');
  await start.fill('11/2026');
  await page.getByTestId('visit-title').fill('Delegation from Hyogo, day not recorded');
  // The record says "over 40": a lower bound, kept in the draft and shown as one.
  await page.getByRole('textbox', { name: 'People taking part' }).fill('40');
  await page.getByRole('checkbox', { name: /at least/ }).check();
  await page.waitForTimeout(800);
  await page.reload();
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(month).toBeChecked();
  await expect(start).toHaveValue('11/2026');
  await expect(page.getByRole('textbox', { name: 'People taking part' })).toHaveValue('40');
  await expect(page.getByRole('checkbox', { name: /at least/ })).toBeChecked();
  await page.getByRole('combobox', { name: 'Member governments' }).fill('Hyogo');
  await page.getByRole('option', { name: 'Hyogo Prefecture' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Delegation from Hyogo, day not recorded' })).toBeVisible();
  await expect(page.getByText('November 2026', { exact: true })).toBeVisible();
  await expect(page.getByText(/1 Nov/)).toHaveCount(0);
  await expect(page.getByRole('row', { name: /People taking part/ })).toContainText('at least 40');
  await expect(page.getByRole('row', { name: /Member governments represented/ })).toHaveCount(0);

  // A follow-up promised "by the end of the month" is due by the month: overdue only once it has passed.
  const monthsAgo = (count: number) => {
    const now = new Date();
    const month = new Date(Date.UTC(now.getFullYear(), now.getMonth() - count, 1));
    return { typed: `${String(month.getUTCMonth() + 1).padStart(2, '0')}/${month.getUTCFullYear()}`, shown: month.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }) };
  };
  const due = page.getByRole('textbox', { name: 'Due', exact: true });
  await expect(due).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  for (const [text, when] of [['Send the minutes', monthsAgo(0)], ['Confirm the delegation', monthsAgo(1)]] as const) {
    await page.getByRole('textbox', { name: 'Action', exact: true }).fill(text);
    await due.fill(when.typed);
    await page.getByRole('button', { name: 'Add follow-up' }).click();
    await expect(page.getByTestId('follow-up').filter({ hasText: text })).toContainText(`Due ${when.shown}`);
  }
  await expect(page.getByTestId('follow-up').filter({ hasText: 'Send the minutes' }).getByText('Overdue')).toHaveCount(0);
  await expect(page.getByTestId('follow-up').filter({ hasText: 'Confirm the delegation' }).getByText('Overdue')).toBeVisible();
  await shoot(page, 'visit-follow-ups-by-month-en-light', { fullPage: true });
});

test('a visit without subject or staff is refused and nothing is saved', async ({ page }) => {
  await page.goto('/#/activity/visits/new');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('form-error')).toHaveText('Some fields need attention. Nothing was saved.');
  await expect(page.getByText('Name at least one staff member.')).toBeVisible();
  await expect(page.getByText('Say whom you met: a member government or an organisation.')).toBeVisible();
  const timeline = new TimelinePage(page);
  await timeline.open();
  expect(await timeline.count()).toBe(49);
});

test('open follow-ups are listed by due date and can be marked done', async ({ page }) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Follow-ups' }).click();
  const items = page.getByTestId('follow-up');
  const open = 18;
  await expect(items).toHaveCount(open);
  // The earliest was promised for June 2018 in the report, with no day.
  await expect(items.first()).toContainText('June 2018');
  // A done follow-up leaves the open list at once, so click rather than check (which re-reads the box).
  await items.first().getByRole('checkbox').click();
  await expect(page.getByText('Follow-up marked done.')).toBeVisible();
  await expect(items).toHaveCount(open - 1);
  await page.getByRole('switch', { name: 'Show done' }).check();
  await expect(items).toHaveCount(open);
});

test('record a committee meeting with per-country counts; it appears in the committee’s history', async ({ page }) => {
  await page.goto('/#/activity/meetings/new');
  await page.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Committee meeting', exact: true }).click();
  await page.getByTestId('meeting-title').fill('2nd Logistics Committee');
  await page.getByRole('textbox', { name: 'Start' }).fill('2019-06-20');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Choose the committee this meeting belongs to.')).toBeVisible();

  await page.getByRole('combobox', { name: 'Committee' }).fill('物流');
  await page.getByRole('option', { name: 'Logistics Committee' }).click();
  await page.getByRole('textbox', { name: 'China' }).fill('6');
  await page.getByRole('textbox', { name: 'Russia' }).fill('4');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: '2nd Logistics Committee' })).toBeVisible();
  await expect(page.getByTestId('participant-total')).toHaveText('10');

  await page.getByRole('link', { name: 'Logistics Committee' }).click();
  await expect(page.getByTestId('activity-history')).toContainText('2nd Logistics Committee');
  // The recorded meeting now counts for Committee Regulation Art. 5-7: the idle time runs from it.
  await expect(page.getByRole('alert').filter({ hasText: /Last meeting: 20 Jun 2019\. No meeting or activity for \d+ months/ })).toBeVisible();
});

test('editing a visit in Chinese keeps its English subject', async ({ page }) => {
  const app = new AppPage(page);
  const timeline = new TimelinePage(page);
  await timeline.open();
  await timeline.search('Akita Prefecture');
  // The General Assembly (which admitted Akita) and the Secretary-General's visit to Akita.
  await timeline.expectCount(2);
  await timeline.rows.filter({ hasText: 'visits Akita' }).click();
  const english = 'NEAR Secretary-General Hong Jong-kyung visits Akita Prefecture, Japan';
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(english);
  await app.switchLanguage('zh');
  await page.getByRole('link', { name: '编辑' }).click();
  await page.getByTestId('visit-title').fill('洪钟庆秘书长访问日本秋田县（修订）');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '洪钟庆秘书长访问日本秋田县（修订）' })).toBeVisible();
  await app.switchLanguage('en');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(english);
});
