import { expect, test, type Page } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { ListPage } from '../pages/list-page';
import type { UiLocale } from '../pages/locale-strings';
import { MembersPage } from '../pages/members-page';
import { TimelinePage } from '../pages/timeline-page';
import { pdfText, readCsv, readXlsx, renderFirstPage } from '../support/exported-files';
import { looksToRun } from '../support/screen-checks';

// Every list prints without the app around it and exports as it is filtered and sorted on screen.

/** The printable width of an A4 page with the lists' margins (210 mm - 2 × 12 mm) in CSS pixels. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

async function openWithSample(page: Page, locale: UiLocale = 'en'): Promise<AppPage> {
  const app = new AppPage(page);
  // Opening the database takes longer than the default wait when seven engineers share two cores.
  await page.goto('/');
  await page.getByRole('button', { name: app.t.firstRun.load }).waitFor({ timeout: 60_000 });
  if (locale !== 'en') await app.switchLanguage(locale);
  await page.getByRole('button', { name: app.t.firstRun.load }).click();
  await page.getByRole('heading', { name: app.t.firstRun.laptopTitle }).waitFor({ timeout: 60_000 });
  await app.setUpLater();
  await page.getByRole('alert').first().waitFor({ state: 'detached' }).catch(() => undefined);
  return app;
}

/** Sorts texts with the browser's own collation for a language, as the app is meant to. */
function collated(page: Page, texts: string[], tag: string): Promise<string[]> {
  return page.evaluate(({ texts, tag }) => [...texts].sort(new Intl.Collator(tag, { sensitivity: 'base', numeric: true }).compare), { texts, tag });
}

test('printing the members list leaves the app frame out and fits every column on the page', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const app = await openWithSample(page);
  const members = new MembersPage(page);
  const list = new ListPage(page);
  await members.filterCountry('Japan');
  await expect(members.rows).toHaveCount(11);
  await expect(list.printButton).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(list.printButton).toBeHidden();
  await expect(page.getByRole('searchbox', { name: app.t.common.search })).toBeHidden();
  await expect(page.getByTestId('country-count-JP')).toBeHidden();
  await expect(list.printHeader).toBeVisible();
  await expect(list.printHeader.getByRole('heading', { level: 1 })).toHaveText(app.t.members.title);
  await expect(list.printHeader).toContainText(`${app.t.members.filterCountry}Japan`);
  await expect(list.printHeader).toContainText('11');

  // At the width of an A4 page every column is inside the page: no scrolling, nothing cut.
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
  const table = page.getByTestId('members-table');
  const fit = await table.evaluate((element) => ({
    tableRight: element.getBoundingClientRect().right,
    lastHeaderRight: [...element.querySelectorAll('thead th')].at(-1)!.getBoundingClientRect().right,
    pageWidth: document.documentElement.clientWidth,
    scrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));
  expect(fit.scrolls).toBe(false);
  expect(fit.lastHeaderRight).toBeLessThanOrEqual(fit.pageWidth);
  expect(fit.tableRight).toBeLessThanOrEqual(fit.pageWidth);

  const pdfPath = testInfo.outputPath('members.pdf');
  await page.pdf({ path: pdfPath, preferCSSPageSize: true });
  const text = pdfText(pdfPath);
  for (const header of [app.t.member.name, app.t.member.nativeName, app.t.member.admittedYear, app.t.member.founding]) expect(text).toContain(header);
  expect(text).toContain('Hyogo Prefecture');
  expect(text).toContain('兵庫県');
  for (const frame of [app.t.nav.dashboard, app.t.members.add, app.t.lists.print, app.t.lists.export]) expect(text).not.toMatch(new RegExp(`\\b${frame}\\b`));
  renderFirstPage(pdfPath, 'test/e2e/screenshots/members-print-pdf-en');
});

test('sorting the members list by a column, with the mouse and the keyboard, kept in the address', async ({ page }) => {
  test.setTimeout(90_000);
  const app = await openWithSample(page);
  const list = new ListPage(page);
  const table = page.getByTestId('members-table');
  const admitted = app.t.member.admittedYear;
  await expect(list.header(admitted)).not.toHaveAttribute('aria-sort');

  // Few members have an admission year on record: those come first, in order; the rest last, both ways.
  const isYear = (text: string) => /^\d{4}$/.test(text);
  await list.sortBy(admitted);
  await expect(list.header(admitted)).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await list.column(table, 4);
  const years = ascending.filter(isYear).map(Number);
  expect(years.length).toBeGreaterThan(1);
  expect(ascending.slice(0, years.length).map(Number)).toEqual([...years].sort((a, b) => a - b));
  expect(ascending.slice(years.length).every((text) => text === app.t.common.none)).toBe(true);

  await list.sortBy(admitted);
  await expect(list.header(admitted)).toHaveAttribute('aria-sort', 'descending');
  const descending = await list.column(table, 4);
  expect(descending.slice(0, years.length).map(Number)).toEqual([...years].sort((a, b) => b - a));
  expect(descending.at(-1)).toBe(app.t.common.none);
  expect(page.url()).toContain('sort=-admitted');
  await page.reload();
  await expect(list.header(admitted)).toHaveAttribute('aria-sort', 'descending');

  // From the keyboard: the header's button takes focus and Enter sorts by it.
  await list.header(app.t.member.name).getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(list.header(app.t.member.name)).toHaveAttribute('aria-sort', 'ascending');
  await expect(list.header(admitted)).not.toHaveAttribute('aria-sort');
  const names = await list.column(table, 0);
  expect(names).toEqual(await collated(page, names, 'en-GB'));

  await list.sortBy(app.t.member.country);
  await expect(list.header(app.t.member.country)).toHaveAttribute('aria-sort', 'ascending');
  const countries = await list.column(table, 2);
  expect(new Set(countries).size).toBeGreaterThan(5);
  expect(countries).toEqual(await collated(page, countries, 'en-GB'));
});

test('in Chinese, names sort by the Chinese collation', async ({ page }) => {
  test.setTimeout(90_000);
  const app = await openWithSample(page, 'zh');
  const list = new ListPage(page, 'zh');
  const table = page.getByTestId('members-table');
  await list.sortBy(app.t.member.name);
  await expect(list.header(app.t.member.name)).toHaveAttribute('aria-sort', 'ascending');
  const names = await list.column(table, 0);
  expect(names).toHaveLength(79);
  expect(names).toEqual(await collated(page, names, 'zh-CN'));
  // Pinyin order, not code-point order: the two differ on the sample's names.
  expect(names).not.toEqual([...names].sort());
});

test('the filtered, sorted timeline exports to CSV and XLSX with headers in the UI language', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await openWithSample(page, 'zh');
  const timeline = new TimelinePage(page, 'zh');
  const list = new ListPage(page, 'zh');
  await timeline.open();
  const all = await timeline.count();
  await timeline.chooseIn('timeline-country', app.t.countries.JP);
  await expect.poll(() => timeline.count()).toBeLessThan(all);
  const shown = await timeline.count();
  expect(shown).toBeGreaterThan(1);
  // The visit from Hyogo, which the report dates by month only, reads as a month in Chinese.
  await expect(timeline.rows.filter({ hasText: '水口' })).toContainText('2018年1月');
  await expect(timeline.rows.filter({ hasText: '水口' })).not.toContainText('2018年1月1日');

  const newestFirst = await timeline.rows.first().innerText();
  await page.getByTestId('timeline-sort').getByRole('button', { name: app.t.lists.date }).click();
  await expect(timeline.rows.first()).not.toHaveText(newestFirst);
  expect(page.url()).toContain('sort=date');

  const headers = [app.t.lists.date, app.t.lists.endDate, app.t.timeline.kind, app.t.visits.direction, app.t.lists.title, app.t.lists.with, app.t.lists.countries, app.t.visits.headcount, app.t.visits.memberCount];
  const csv = await list.export('csv');
  expect(csv.name).toBe(`${app.t.timeline.title}.csv`);
  expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const csvRows = readCsv(csv.bytes.toString('utf8'));
  expect(csvRows[0]).toEqual(headers);
  expect(csvRows).toHaveLength(shown + 1);
  // The file is the list as on screen: oldest first, so the newest entry is the file's last row.
  await expect(timeline.rows.first()).toContainText(csvRows[1][4]);
  expect(newestFirst).toContain(csvRows.at(-1)![4]);
  for (const row of csvRows.slice(1)) expect(row[6]).toContain(app.t.countries.JP);
  // Dates leave as precise as the record holds them: "2018-01" for the month, never a made-up 1st.
  const hyogoRow = csvRows.find((row) => row[4].includes('水口'));
  expect(hyogoRow?.[0]).toBe('2018-01');
  for (const row of csvRows.slice(1)) expect(row[0]).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  // Counts leave as the record gives them: a number where exact, "150余" where it is a lower bound.
  expect(csvRows.find((row) => row[4].includes('防灾'))?.slice(7)).toEqual(['28', '15']);
  expect(csvRows.find((row) => row[4].includes('全体会议'))?.[7]).toBe('150余');

  const xlsx = await list.export('xlsx');
  expect(xlsx.name).toBe(`${app.t.timeline.title}.xlsx`);
  const workbook = readXlsx(xlsx.bytes);
  expect(workbook.sheets).toEqual([app.t.timeline.title]);
  expect(workbook.rows).toEqual(csvRows);

  // Printed, the timeline's every filtered row is in the page, not only those the list has on screen.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('timeline-list')).toBeHidden();
  await expect(page.getByTestId('timeline-print').locator('tbody tr')).toHaveCount(shown);
  await expect(list.printHeader).toContainText(app.t.countries.JP);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('timeline-print')).toHaveCount(0);
});

test('follow-ups, committees and the secretariat staff sort by their columns; Pohang adds a person to the staff', async ({ page }) => {
  test.setTimeout(90_000);
  const app = await openWithSample(page);
  const list = new ListPage(page);
  await page.getByRole('navigation').getByRole('link', { name: app.t.nav.followUps }).click();
  const followUps = page.getByTestId('follow-ups');
  await list.sortBy(app.t.lists.owner);
  await expect(list.header(app.t.lists.owner)).toHaveAttribute('aria-sort', 'ascending');
  const owners = await list.column(followUps, 3);
  expect(new Set(owners).size).toBeGreaterThan(1);
  expect(owners).toEqual(await collated(page, owners, 'en-GB'));

  await app.goTo('committees');
  const committees = page.getByTestId('committees-table');
  await list.sortBy(app.t.committee.meetingsHeld);
  await list.sortBy(app.t.committee.meetingsHeld);
  await expect(list.header(app.t.committee.meetingsHeld)).toHaveAttribute('aria-sort', 'descending');
  const held = (await list.column(committees, 3)).filter((text) => /^\d+$/.test(text)).map(Number);
  expect(held.length).toBeGreaterThan(5);
  expect(held).toEqual([...held].sort((a, b) => b - a));

  // The secretariat's staff: the report's 17 in the order of its chart, sortable; Pohang adds a person.
  await page.getByRole('navigation').getByRole('link', { name: app.t.nav.secretariat }).click();
  const staff = page.getByTestId('staff-table');
  await expect(staff.getByTestId('staff-row')).toHaveCount(17);
  expect(await list.column(staff, 0)).toEqual(Array.from({ length: 17 }, (_, index) => String(index + 1)));
  await list.sortBy(app.t.secretariat.staff.columns.role);
  await expect(list.header(app.t.secretariat.staff.columns.role)).toHaveAttribute('aria-sort', 'ascending');
  const roles = await list.column(staff, 2);
  expect(roles).toEqual(await collated(page, roles, 'en-GB'));
  await page.getByTestId('add-staff').click();
  await page.getByTestId('staff-name-latin').fill('Lee Min-ho');
  await page.getByRole('group', { name: app.t.secretariat.staff.fields.role }).getByRole('textbox', { name: app.t.languages.en }).fill('English specialist');
  await page.getByRole('button', { name: app.t.common.save }).click();
  await expect(staff.getByTestId('staff-row')).toHaveCount(18);
  await expect(staff.getByTestId('staff-row').filter({ hasText: 'Lee Min-ho' })).toContainText('18');
});

// English and Chinese on every run; Russian, for its long words, with NEAR_E2E_ALL_LOOKS=1 (CI's time).
for (const locale of looksToRun(['en', 'zh', 'ru'] as const, (locale) => locale !== 'ru')) {
  test(`print previews of the lists in ${locale}`, async ({ page }, testInfo) => {
    test.setTimeout(150_000);
    const app = await openWithSample(page, locale);
    const shoot = async (name: string) => {
      await page.emulateMedia({ media: 'print' });
      await expect(new ListPage(page, locale).printHeader).toBeVisible();
      await page.screenshot({ path: `test/e2e/screenshots/print-${name}-${locale}.png`, fullPage: true });
      const pdfPath = testInfo.outputPath(`${name}.pdf`);
      await page.pdf({ path: pdfPath, preferCSSPageSize: true });
      renderFirstPage(pdfPath, `test/e2e/screenshots/print-pdf-${name}-${locale}`);
      await page.emulateMedia({ media: 'screen' });
    };
    await shoot('members');
    await app.goTo('committees');
    await shoot('committees');
    await page.goto('/#/dues?asOf=2018-12-31');
    await page.getByTestId('dues-row').first().waitFor();
    await shoot('dues');
    await page.getByRole('navigation').getByRole('link', { name: app.t.nav.followUps }).click();
    await page.getByTestId('follow-up').first().waitFor();
    await shoot('follow-ups');
    await new TimelinePage(page, locale).open();
    await shoot('timeline');
  });
}
