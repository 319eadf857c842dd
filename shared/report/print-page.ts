import type { AnnualReport } from './model';

/**
 * The printed report's pages: A4, and a running footer with the report's title and language on
 * the left and the page number on the right. These are CSS page-margin boxes, which Chromium
 * prints since version 131, so the same rules make the footer in Electron's printToPDF, in the
 * browser's "Save as PDF" and when the exported HTML file is printed. The cover page has none.
 */

/** A CSS string literal of `text`. */
function cssString(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/** "Page {{page}} of {{pages}}" as a CSS `content` value with the page counters in place. */
export function pageNumberContent(template: string): string {
  const parts = template.split(/(\{\{pages?\}\})/).filter(Boolean);
  return parts.map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part))).join(' ');
}

/**
 * How the window is printed to PDF (Electron's printToPDF; the e2e test gives Playwright's
 * page.pdf the same): backgrounds kept, and the page size and margins taken from the @page rules
 * below, so the margin boxes have room for the footer. Chromium's own header and footer stay off:
 * they would replace the report's with the page's address and date.
 */
export const PDF_PRINT_OPTIONS = { printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false } as const;

/** The printed page's margins; the bottom one holds the running footer. */
export const PAGE_MARGINS = { top: '18mm', right: '16mm', bottom: '20mm', left: '16mm' } as const;

/** The @page rules of `report`: size, margins and the running footer. */
export function reportPageCss(report: Pick<AnnualReport, 'footer' | 'pageNumber'>): string {
  const { top, right, bottom, left } = PAGE_MARGINS;
  const box = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #495057; vertical-align: top; padding-top: 6mm;';
  return [
    `@page { size: A4; margin: ${top} ${right} ${bottom} ${left};`,
    `  @bottom-left { content: ${cssString(report.footer)}; ${box} text-align: left; }`,
    `  @bottom-right { content: ${pageNumberContent(report.pageNumber)}; ${box} text-align: right; }`,
    '}',
    '@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }',
  ].join('\n');
}

/** Relative column widths as CSS percentages ("13.0%"), the same on screen, in print and in the HTML file. */
export function columnPercentages(widths: readonly number[]): string[] {
  const total = widths.reduce((sum, width) => sum + width, 0);
  return widths.map((width) => `${((width / total) * 100).toFixed(1)}%`);
}
