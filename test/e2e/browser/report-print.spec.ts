import { mkdir } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { LOCALE_NATIVE_NAMES } from '../../../shared/i18n/locales';
import { PAGE_MARGINS, PDF_PRINT_OPTIONS } from '../../../shared/report/print-page';
import { AppPage } from '../pages/app-page';
import type { UiLocale } from '../pages/locale-strings';
import { ReportPage, reportStrings } from '../pages/report-page';
import { linesPastMargin, overlappingLines, pageText, readPdfLayout, type PdfPage } from '../support/pdf-layout';

// The 2018 report printed to PDF as the app prints it (Electron's printToPDF with the same
// options), then read back with poppler: no text may be printed over other text, nothing may run
// past the right margin, and every page but the cover carries the running footer.

const TOURISM_COMMITTEE = '0967d711-ed7e-4aa2-bfcf-b888a0684b5e';
/** Points in a millimetre. */
const MM = 72 / 25.4;

async function openReport(page: Page): Promise<ReportPage> {
  const app = new AppPage(page);
  await app.openWithSample();
  const report = new ReportPage(page, 'en');
  await report.open();
  return report;
}

/** Prints the report on screen to a PDF file with the app's options and reads its pages back. */
async function printReport(page: Page, path: string): Promise<PdfPage[]> {
  await mkdir('test-results', { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ ...PDF_PRINT_OPTIONS, format: 'A4', path });
  await page.emulateMedia({ media: 'screen' });
  return readPdfLayout(path);
}

/** The text at the foot of a page, below its bottom margin, with spacing removed (poppler splits CJK words apart). */
function footer(page: PdfPage): string {
  const bottom = page.height - Number.parseFloat(PAGE_MARGINS.bottom) * MM;
  return pageText({ ...page, lines: page.lines.filter((line) => line.yMin >= bottom) }).replace(/\s+/g, '');
}

for (const locale of ['en', 'zh', 'ru'] as const satisfies UiLocale[]) {
  test(`the 2018 report in ${locale} prints with no text over other text, inside the margins, with a cover and a running footer`, async ({ page }) => {
    test.setTimeout(120_000);
    const report = await openReport(page);
    await report.chooseLanguage(locale);
    const pages = await printReport(page, `test-results/report-2018-${locale}.pdf`);
    const strings = reportStrings[locale];

    expect(pages.length).toBeGreaterThan(10);
    expect(overlappingLines(pages)).toEqual([]);
    expect(linesPastMargin(pages, Number.parseFloat(PAGE_MARGINS.right) * MM)).toEqual([]);

    const title = strings.doc.title.replace('{{year}}', '2018');
    const cover = pageText(pages[0]).replace(/\s+/g, '');
    expect(cover).toContain(title.replace(/\s+/g, ''));
    expect(cover).toContain(strings.publish.edition.replace(/\s+/g, ''));
    expect(footer(pages[0])).toBe('');
    const running = strings.publish.footer.replace('{{title}}', title).replace('{{edition}}', LOCALE_NATIVE_NAMES[locale]);
    for (const pdfPage of pages.slice(1)) {
      const number = strings.publish.pageNumber.replace('{{page}}', String(pdfPage.number)).replace('{{pages}}', String(pages.length));
      expect(footer(pdfPage), `footer of page ${pdfPage.number}`).toBe(`${running}${number}`.replace(/\s+/g, ''));
    }
  });
}

test('a text missing in the report language is marked where it is printed and counted before export', async ({ page }) => {
  test.setTimeout(120_000);
  const report = await openReport(page);
  await report.chooseLanguage('ru');
  const ru = reportStrings.ru.publish;
  const en = reportStrings.en.publish;
  const marks = report.report.getByTestId('fallback-mark').filter({ hasText: ru.tags.en });
  const counted = page.getByTestId('report-fallbacks-en');
  /** The count the screen gives for texts shown in English, 0 when it says nothing. */
  const count = async () => ((await counted.count()) === 0 ? 0 : Number(/(\d+)\s*$/m.exec((await counted.locator('p').first().innerText()).trim())?.[1]));
  const before = await count();
  expect(await marks.count()).toBe(before);

  // The Russian name of a committee is removed through its form: the report must fall back to English and say so.
  await page.goto(`/#/committees/${TOURISM_COMMITTEE}/edit`);
  await page.getByRole('textbox', { name: 'Russian' }).first().fill('');
  await page.getByRole('button', { name: report.t.common.save }).click();
  await expect(page).not.toHaveURL(/\/edit$/);
  await page.goto('/#/report?year=2018&lang=ru');
  await expect(report.report).toHaveAttribute('lang', 'ru');

  const row = report.table('committees').locator('tbody tr').filter({ hasText: 'Tourism Committee' });
  const mark = row.getByTestId('fallback-mark');
  await expect(mark).toHaveText(new RegExp(`^${ru.tags.en.replace('.', '\\.')}`));
  await expect(mark).toHaveAttribute('title', ru.fallbackMark.replace('{{language}}', ru.languages.ru).replace('{{source}}', ru.languages.en));
  await expect(row.locator('td').first().locator('span[lang="en"]')).toHaveText('Tourism Committee');

  const after = await count();
  expect(after).toBeGreaterThan(before);
  expect(await marks.count()).toBe(after);
  await expect(counted).toContainText(
    en.fallbackSummary.replace('{{language}}', en.languages.ru).replace('{{source}}', en.languages.en).replace('{{count}}', String(after)),
  );
  await expect(counted).toContainText(en.fallbackHint.replace('{{tag}}', ru.tags.en));
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test/e2e/screenshots/report-fallbacks-ru-light.png' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test/e2e/screenshots/report-fallbacks-count-ru-light.png' });

  // The printed report explains its marks on the cover, in its own language.
  const pages = await printReport(page, 'test-results/report-2018-ru-fallback.pdf');
  const cover = pageText(pages[0]).replace(/\s+/g, ' ');
  expect(cover).toContain(ru.fallbackSummary.replace('{{language}}', ru.languages.ru).replace('{{source}}', ru.languages.en).replace('{{count}}', String(after)));
});
