import { expect, test, type Page } from '@playwright/test';
import { sampleCommittees } from '../../../shared/sample/committees-2018';
import { sampleMembers } from '../../../shared/sample/members-2018';
import { sampleSecretariat } from '../../../shared/sample/secretariat-2018';
import { AppPage } from '../pages/app-page';
import type { UiLocale } from '../pages/locale-strings';
import { ReportPage } from '../pages/report-page';
import { seriousViolations } from '../support/screen-checks';

const GA_2018 = '35883268-9b85-446f-a697-3ed1688f6935';

/** The committee table the report must print, from the sample data: the report's own table order, as the table columns read. */
function expectedCommittees(locale: 'zh' | 'en'): string[][] {
  const memberName = new Map(sampleMembers.map((member) => [member.id, member.names[locale]]));
  const and = locale === 'zh' ? '和' : ' and ';
  return sampleCommittees.map((committee) => [
    committee.names[locale],
    committee.coordinatorIds.map((id) => memberName.get(id)).join(and),
    String(committee.foundedYear),
    committee.meetingsHeld === null ? '–' : String(committee.meetingsHeld),
    committee.field[locale],
  ]);
}

/** Fails on serious or critical accessibility violations, naming them. */
async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

async function openReport(page: Page, uiLocale: UiLocale, scheme: 'light' | 'dark'): Promise<ReportPage> {
  await page.emulateMedia({ colorScheme: scheme });
  const app = new AppPage(page);
  await app.open();
  if (uiLocale !== 'en') await app.switchLanguage(uiLocale);
  await app.loadSample();
  await page.getByRole('alert').first().waitFor({ state: 'detached' }).catch(() => undefined);
  const report = new ReportPage(page, uiLocale);
  await report.open();
  return report;
}

test('the 2018 report in Chinese: committee table, General Assembly numbers and member counts from the data', async ({ page }) => {
  test.setTimeout(120_000);
  const report = await openReport(page, 'zh', 'dark');
  await expect(page.getByRole('combobox', { name: report.r.year })).toHaveValue('2018');
  await expect(report.report).toHaveAttribute('lang', 'zh');
  await expect(report.report.getByRole('heading', { level: 2 })).toHaveText('NEAR 2018年度报告书');
  await expect(report.report.getByRole('heading', { level: 3 })).toHaveText([
    '前言',
    'I. 全体会议',
    'II. 专门委员会',
    'III. 事务人员工作会议',
    'IV. 青少年项目',
    'V. 国际合作网络',
    'VI. 秘书处',
    '附录 会员地方政府',
  ]);

  expect(await report.rows('committees')).toEqual(expectedCommittees('zh'));
  const committees = await report.rows('committees');
  expect(committees.find((row) => row[0] === '旅游专门委员会')?.slice(1, 4)).toEqual(['河南省和宁夏回族自治区', '2008', '2']);

  expect((await report.rows(`roll-call-${GA_2018}`)).map((row) => row[1])).toEqual(['77', '77', '29', '21', '50', '39']);
  await expect(report.report.getByText('29个会员地方政府出席会议，21个会员地方政府递交了书面决议书，共有50个会员地方政府行使了表决权', { exact: false })).toBeVisible();
  await expect(report.report.getByText('共8个议题，8个获得通过。')).toBeVisible();
  // The report gives no tally: no count column, each item adopted with its tally not recorded.
  expect((await report.rows(`agenda-${GA_2018}`)).map((row) => row[3])).toEqual(Array(8).fill('通过（未记录票数）'));

  expect(await report.rows('member-counts')).toEqual([
    ['俄罗斯', '16'],
    ['蒙古', '22'],
    ['朝鲜', '2'],
    ['韩国', '16'],
    ['日本', '11'],
    ['中国', '11'],
    ['合计', '78'],
    ['准会员', '1'],
  ]);
  for (const [code, count] of [['CN', 11], ['KP', 2], ['JP', 11], ['MN', 22], ['KR', 16], ['RU', 16]] as const) {
    await expect(report.table(`members-${code}`).locator('tbody tr')).toHaveCount(count);
  }
  expect(await report.rows('members-associates')).toEqual([['1', '胡志明市', 'Thành phố Hồ Chí Minh', '越南']]);
  // Chapter V: the report's 40 entries, in its order, dated as it dates them (the month alone where it gives no day).
  await expect(report.table('visits').locator('tbody tr')).toHaveCount(40);
  const visits = await report.rows('visits');
  expect(visits.slice(0, 3).map((row) => row[0])).toEqual(['2018年1月11日–12日', '2018年1月', '2018年2月']);
  expect(visits.at(-1)?.[0]).toBe('2018年');
  expect(visits.filter((row) => /^2018年\d+月1日/.test(row[0]))).toEqual([]);

  // The foreword and chapter VI come from the secretariat's records: no placeholder, the chart's 17.
  await expect(report.report.getByTestId('report-placeholder')).toHaveCount(0);
  await expect(report.report.getByText('东北亚地区地方政府联合会主席、萨哈(雅库特)共和国')).toBeVisible();
  expect((await report.rows('secretariat-staff')).map((row) => row[1])).toEqual(sampleSecretariat().staff.map((person) => person.fields.name.chinese));

  await expectAccessible(page);
  await page.screenshot({ path: 'test/e2e/screenshots/report-zh-dark.png', fullPage: true });
});

test('the 2018 report in English, saved as HTML, CSV, XLSX and PDF, and printed without the app around it', async ({ page }) => {
  test.setTimeout(120_000);
  // window.print() would open a dialog; the browser build's "Save as PDF" is checked by counting calls.
  await page.addInitScript(() => {
    Object.assign(window, { printCalls: 0, print: () => Object.assign(window, { printCalls: (window as unknown as { printCalls: number }).printCalls + 1 }) });
  });
  const report = await openReport(page, 'en', 'light');
  await expect(report.report).toHaveAttribute('lang', 'en');

  expect(await report.rows('committees')).toEqual(expectedCommittees('en'));
  expect((await report.rows(`roll-call-${GA_2018}`)).map((row) => row[1])).toEqual(['77', '77', '29', '21', '50', '39']);
  await expect(report.report.getByText('Akita Prefecture: admitted at this meeting, a member from that decision on', { exact: false })).toBeVisible();
  await expect(report.report.getByText('29 members were present and 21 voted by written resolution: 50 votes in all', { exact: false })).toBeVisible();
  await expect(report.report.getByText('8 of 8 agenda items passed.')).toBeVisible();
  expect((await report.rows('member-counts')).slice(-2)).toEqual([
    ['Total', '78'],
    ['Associate members', '1'],
  ]);
  // Checked before saving: the "saved" notifications are the app's, not this screen's.
  await expectAccessible(page);

  const html = await report.saveHtml();
  expect(html.name).toBe('NEAR Annual Report 2018.html');
  const text = html.bytes.toString('utf8');
  expect(text).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  expect(text.trimEnd()).toMatch(/<\/html>$/);
  const committeeTable = text.match(/<table id="table-committees">[\s\S]*?<\/table>/)?.[0] ?? '';
  expect(committeeTable).toContain('<caption>Specialised committees, 2018</caption>');
  expect(committeeTable.match(/<tr>/g)).toHaveLength(18);
  expect(committeeTable).toContain('<td>Tourism Committee</td><td>Henan Province and Ningxia Hui Autonomous Region</td><td class="num">2008</td>');
  expect(text).not.toMatch(/<script|<link|src=/);

  const csv = await report.saveTable('committees', 'csv');
  expect(csv.name).toBe('Specialised committees, 2018.csv');
  const lines = csv.bytes.toString('utf8').split('\r\n');
  expect(lines[0]).toBe('\uFEFFCommittee,Coordinators,Founded,Meetings held,Field of activity');
  expect(lines).toHaveLength(19);
  expect(lines).toContain('Disaster Prevention Committee,Hyogo Prefecture,1998,16,"Disaster prevention, strengthening disaster preparedness"');

  const xlsx = await report.saveTable('committees', 'xlsx');
  expect(xlsx.name).toBe('Specialised committees, 2018.xlsx');
  expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const workbook = await report.saveAllTables();
  expect(workbook.name).toBe('NEAR Annual Report 2018.xlsx');
  expect(workbook.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  await page.getByRole('button', { name: report.r.savePdf }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

  await page.screenshot({ path: 'test/e2e/screenshots/report-en-light.png', fullPage: true });

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
  await expect(page.getByTestId('report-toolbar')).toBeHidden();
  await expect(page.getByTestId('export-csv-committees')).toBeHidden();
  await expect(report.table('committees')).toBeVisible();
  await page.screenshot({ path: 'test/e2e/screenshots/report-en-print.png', fullPage: true });
});

test('the report language is chosen apart from the UI language', async ({ page }) => {
  const report = await openReport(page, 'en', 'light');
  await report.chooseLanguage('zh');
  await expect(report.report.getByRole('heading', { name: 'I. 全体会议' })).toBeVisible();
  await expect(page.getByRole('button', { name: report.r.saveHtml })).toBeVisible();
  await expect(page.getByTestId('export-csv-committees')).toHaveText('CSV table');
  await expectAccessible(page);

  // A year the record holds nothing for (the cruise forum announced for 2019 is a 2018 entry).
  await page.goto('/#/report?year=2019&lang=zh');
  await expect(report.report.getByText('2019年未召开全体会议', { exact: false })).toBeVisible();
  await expect(report.report.getByText('2019年无访问记录。')).toBeVisible();
  await expect(report.table('visits')).toHaveCount(0);
});

test('the report in Russian follows the UI language until another is chosen', async ({ page }) => {
  const report = await openReport(page, 'ru', 'light');
  await expect(report.report).toHaveAttribute('lang', 'ru');
  await expect(report.report.getByRole('heading', { name: 'I. Генеральная ассамблея' })).toBeVisible();
  await expect(report.report.getByText('Принято вопросов: 8 из 8.')).toBeVisible();
  await page.screenshot({ path: 'test/e2e/screenshots/report-ru-light.png', fullPage: true });
});
