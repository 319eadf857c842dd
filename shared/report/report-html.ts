import { isLocale } from '../i18n/locales';
import type { Cell } from '../tables/table';
import { sectionHeading, type AnnualReport, type FallbackNote, type ReportBlock, type ReportSection, type TextSource } from './model';
import { columnPercentages, reportPageCss } from './print-page';

/**
 * The report as one self-contained HTML file: inline styles, no scripts, no external resources,
 * so it opens the same on any laptop offline and prints on A4 with each chapter on a new page.
 * Every text from the registry is escaped; a member named "<script>" prints as those characters.
 */

/**
 * The file's own Content-Security-Policy: whatever opens it (a browser, an e-mail client's
 * preview, a word processor) runs no script and loads nothing from anywhere; only its inline
 * styles apply. A name that slipped past the escaping still could not run or send anything.
 */
export const REPORT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", "Malgun Gothic", "Yu Gothic", system-ui, sans-serif;
  color: #1a1b1e; background: #fff; line-height: 1.55; margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; }
header.cover { text-align: center; padding: 3rem 0 2rem; border-bottom: 3px solid #1c4e80; }
header.cover p { margin: 0.25rem 0; color: #1c4e80; letter-spacing: 0.02em; }
h1 { font-size: 2rem; margin: 0.5rem 0; }
h2 { font-size: 1.5rem; color: #1c4e80; border-bottom: 1px solid #c5d3e0; padding-bottom: 0.25rem; margin-top: 2.5rem; }
h3 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
h5 { font-size: 1rem; margin: 1rem 0 0.25rem; color: #373a40; }
nav.contents ol { padding-left: 1.25rem; }
.placeholder { border: 2px dashed #c92a2a; background: #fff5f5; color: #862e2e; padding: 1rem; border-radius: 4px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0 1rem; }
dl.facts dt { font-weight: 600; color: #373a40; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; caption-side: top; }
th, td { border: 1px solid #ced4da; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
thead th { background: #e7eef5; }
table.narrow { width: auto; min-width: 24rem; }
td.nowrap { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
sup.fallback { font-size: 0.68em; font-weight: 600; color: #a61e4d; margin-inline-start: 0.2em; white-space: nowrap; }
ul.fallback-notes { list-style: none; padding: 0; font-size: 0.9rem; color: #495057; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; line-height: 1.45; }
  header.cover { min-height: 60vh; border: none; padding-top: 35vh; }
  nav.contents, ul.fallback-notes { break-inside: avoid; }
  section.chapter { break-before: page; }
  h2 { margin-top: 0; }
  h2, h3, h4, h5, caption, dl.facts { break-after: avoid; }
  table { font-size: 8.5pt; line-height: 1.35; }
  th, td { padding: 0.2rem 0.35rem; overflow-wrap: break-word; }
  thead { display: table-header-group; }
  tr, li, dl.facts { break-inside: avoid; }
  p { orphans: 3; widows: 3; }
}
`;

const EMPTY_CELL = '–';
/** Count and list tables (up to three columns) keep their natural width rather than the page's. */
const NARROW_COLUMNS = 3;

/** ` lang="en"` when a text was taken from another of the six languages, for fonts and screen readers. */
function langAttribute(from: TextSource | undefined): string {
  return isLocale(from) ? ` lang="${from}"` : '';
}

/** The mark after a text taken from another language, explained in the report's language. */
function markHtml(from: TextSource | undefined, notes: readonly FallbackNote[]): string {
  const note = from && notes.find((candidate) => candidate.from === from);
  return note ? `<sup class="fallback" title="${escapeHtml(note.mark)}">${escapeHtml(note.tag)}</sup>` : '';
}

/** Text, marked when it came from another language. */
function markedHtml(text: string, from: TextSource | undefined, notes: readonly FallbackNote[]): string {
  return from ? `<span${langAttribute(from)}>${escapeHtml(text)}</span>${markHtml(from, notes)}` : escapeHtml(text);
}

function cellHtml(cell: Cell, className: string | undefined, from: TextSource | undefined, notes: readonly FallbackNote[]): string {
  const text = cell === null || cell === '' ? EMPTY_CELL : String(cell);
  return `<td${className ? ` class="${className}"` : ''}>${markedHtml(text, from, notes)}</td>`;
}

/** The class of a column's cells: numbers aligned right, dates kept on one line. */
function columnClass(block: Extract<ReportBlock, { kind: 'table' }>, index: number): string | undefined {
  if (block.numeric.includes(index)) return 'num';
  return block.nowrap?.includes(index) ? 'nowrap' : undefined;
}

/** Column widths as percentages, when the table gives them, so a wide table fits the page. */
function colgroupHtml(widths: readonly number[] | undefined): string {
  return widths ? `<colgroup>${columnPercentages(widths).map((width) => `<col style="width:${width}">`).join('')}</colgroup>` : '';
}

function tableHtml(block: Extract<ReportBlock, { kind: 'table' }>, notes: readonly FallbackNote[]): string {
  const { table } = block;
  const markOf = (row: number, column: number) => block.marks?.find((mark) => mark.row === row && mark.column === column)?.from;
  const head = table.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  const rows = table.rows
    .map((row, rowIndex) => `<tr>${row.map((cell, index) => cellHtml(cell, columnClass(block, index), markOf(rowIndex, index), notes)).join('')}</tr>`)
    .join('\n');
  const narrow = table.columns.length <= NARROW_COLUMNS ? ' class="narrow"' : '';
  const caption = markedHtml(table.title, block.titleFrom, notes);
  return `<table id="table-${escapeHtml(block.id)}"${narrow}><caption>${caption}</caption>${colgroupHtml(block.widths)}<thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** One block as HTML; headings sit one level below the section's h2. */
function blockHtml(block: ReportBlock, notes: readonly FallbackNote[]): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level + 2}>${markedHtml(block.text, block.from, notes)}</h${block.level + 2}>`;
    case 'paragraph':
      return `<p${langAttribute(block.from)}>${escapeHtml(block.text)}${markHtml(block.from, notes)}</p>`;
    case 'placeholder':
      return `<p class="placeholder">${escapeHtml(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${markedHtml(item.text, item.from, notes)}</li>`).join('')}</${tag}>`;
    }
    case 'facts':
      return `<dl class="facts">${block.rows.map(([label, value, from]) => `<dt>${escapeHtml(label)}</dt><dd>${markedHtml(value, from, notes)}</dd>`).join('')}</dl>`;
    case 'table':
      return tableHtml(block, notes);
  }
}

function sectionHtml(section: ReportSection, notes: readonly FallbackNote[]): string {
  return [
    `<section class="chapter" id="${escapeHtml(section.id)}" aria-labelledby="${escapeHtml(section.id)}-title">`,
    `<h2 id="${escapeHtml(section.id)}-title">${escapeHtml(sectionHeading(section))}</h2>`,
    ...section.blocks.map((block) => blockHtml(block, notes)),
    '</section>',
  ].join('\n');
}

/** What the marks mean, under the contents, when the report has any. */
function fallbackNotesHtml(notes: readonly FallbackNote[]): string {
  if (notes.length === 0) return '';
  return `<ul class="fallback-notes">${notes.map((note) => `<li><sup class="fallback">${escapeHtml(note.tag)}</sup> ${escapeHtml(note.summary)}</li>`).join('')}</ul>`;
}

function contentsHtml(report: AnnualReport): string {
  const items = report.sections.map((section) => `<li><a href="#${escapeHtml(section.id)}">${escapeHtml(sectionHeading(section))}</a></li>`);
  return `<nav class="contents" aria-labelledby="contents-title"><h2 id="contents-title">${escapeHtml(report.contentsLabel)}</h2><ol>${items.join('')}</ol></nav>`;
}

/** The whole report as a standalone HTML document in the report's language. */
export function reportHtml(report: AnnualReport): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(report.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    // First after the charset: a policy applies only to what comes after it.
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${STYLE}${reportPageCss(report)}</style>`,
    '</head>',
    '<body>',
    `<header class="cover"><p>${escapeHtml(report.organisation)}</p><h1>${escapeHtml(report.title)}</h1><p>${escapeHtml(report.edition)}</p></header>`,
    contentsHtml(report),
    fallbackNotesHtml(report.fallbackNotes),
    '<main>',
    ...report.sections.map((section) => sectionHtml(section, report.fallbackNotes)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
