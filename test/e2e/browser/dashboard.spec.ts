import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { DashboardPage } from '../pages/dashboard-page';
import { seriousViolations, shoot } from '../support/screen-checks';

// Each test loads the sample on a fresh profile; on a shared, busy machine that alone can take 30 s.
test.describe.configure({ timeout: 120_000 });

async function openDashboard(page: Page): Promise<DashboardPage> {
  const dashboard = new DashboardPage(page);
  await dashboard.openWithSample();
  await dashboard.openDashboard();
  return dashboard;
}

test('the dashboard shows the 2018 sample, its tables open from the keyboard, and a chart saves as CSV and PNG', async ({ page }) => {
  const dashboard = await openDashboard(page);
  const card = dashboard.card(dashboard.d.youthContest.title);
  const toggle = card.getByRole('button', { name: dashboard.d.showTable });
  let reached = false;
  for (let step = 0; step < 80 && !reached; step += 1) {
    await page.keyboard.press('Tab');
    reached = await toggle.evaluate((element) => element === document.activeElement);
  }
  expect(reached, 'Tab reaches the youth contest table toggle').toBe(true);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const youth = card.getByRole('table', { name: dashboard.d.youthContest.title });
  await expect(youth).toBeVisible();
  // China 51, Japan 2, Mongolia 22, Korea 21, Russia 34: 130 entries in 2018.
  await expect.poll(() => dashboard.rowCells(youth, '2018')).toEqual(['51', '2', '22', '21', '34', '130']);
  const members = await dashboard.showTable(dashboard.d.members.title);
  await expect.poll(() => dashboard.rowCells(members, dashboard.t.countries.MN)).toEqual(['22', '0', '22']);
  // 78 member governments and Vietnam's associate membership.
  await expect.poll(() => dashboard.rowCells(members, dashboard.d.total)).toEqual(['78', '1', '79']);
  // The youth contest and the cruise forum announcement are dated by year only: counted after
  // December as their year's, never in January, and the card says why.
  const byMonth = await dashboard.showTable(dashboard.d.activityByMonth.title);
  await expect.poll(async () => (await dashboard.rowCells(byMonth, dashboard.t.dates.monthNotRecorded.replace('{{year}}', '2018'))).at(-1)).toBe('2');
  await expect(page.getByTestId('dashboard-activity-month')).toContainText(dashboard.d.activityByMonth.yearOnly.replace('{{count}}', '2'));

  const [csv] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: dashboard.d.saveCsv }).click()]);
  expect(csv.suggestedFilename()).toBe('Youth contest entries.csv');
  const text = await readFile(await csv.path(), 'utf8');
  expect(text).toBe(
    '\uFEFFYear,China,Japan,Mongolia,Republic of Korea,Russia,Total\r\n2018,51,2,22,21,34,130\r\n',
  );
  const [png] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: dashboard.d.savePng }).click()]);
  expect(png.suggestedFilename()).toBe('Youth contest entries.png');
  const bytes = await readFile(await png.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Width and height from the IHDR chunk: the chart at twice its on-screen size.
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(600);
  expect(bytes.readUInt32BE(20)).toBeGreaterThan(400);
});

test('the country filter narrows every chart', async ({ page }) => {
  const dashboard = await openDashboard(page);
  await dashboard.chooseCountry(dashboard.t.countries.JP);
  await expect(page).toHaveURL(/country=JP/);
  const youth = await dashboard.showTable(dashboard.d.youthContest.title);
  await expect.poll(() => dashboard.rowCells(youth, '2018')).toEqual(['2', '2']);
  const members = await dashboard.showTable(dashboard.d.members.title);
  await expect.poll(() => dashboard.rowCells(members, dashboard.t.countries.JP)).toEqual(['11', '0', '11']);
  await expect(members.getByRole('rowheader', { name: dashboard.t.countries.CN })).toHaveCount(0);
  const activity = await dashboard.showTable(dashboard.d.activityByCountry.title);
  // Japan in 2018: two outbound visits and one inbound, the General Assembly, two committee meetings
  // (one hosted by Hyogo, one with Japanese participants), the workshop and the youth contest.
  await expect(activity.getByRole('columnheader')).toHaveText([
    dashboard.d.column.country,
    dashboard.t.directions.outbound,
    dashboard.t.directions.inbound,
    dashboard.t.kinds.generalAssembly,
    dashboard.t.kinds.committeeMeeting,
    dashboard.t.kinds.workshop,
    dashboard.t.kinds.youthContest,
    dashboard.d.total,
  ]);
  await expect.poll(() => dashboard.rowCells(activity, dashboard.t.countries.JP)).toEqual(['2', '1', '1', '2', '1', '1', '8']);
});

// Each look is checked by axe-core where the issue asks for it (English and Chinese), and shot for a reviewer.
const looks = [
  ['en', 'light', true],
  ['zh', 'dark', true],
  ['ru', 'light', false],
] as const;
for (const [locale, scheme, audit] of looks) {
  test(`the dashboard in ${locale}, ${scheme}${audit ? ': no serious accessibility violations' : ''}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const dashboard = await openDashboard(page);
    if (locale !== 'en') await dashboard.switchLanguage(locale);
    await dashboard.showTable(dashboard.d.members.title);
    if (audit) expect(await seriousViolations(page)).toEqual([]);
    await dashboard.showTable(dashboard.d.youthContest.title);
    await shoot(page, `dashboard-${locale}-${scheme}`, { fullPage: true });
  });
}
