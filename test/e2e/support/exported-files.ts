import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads back what the app exported, as a spreadsheet or a PDF reader would: CSV by RFC 4180, the
 * XLSX's first sheet from its XML, and a PDF's text with poppler's pdftotext.
 */

/** The rows of a CSV file (its byte order mark removed), each as its cells. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (quoted && char === '"' && body[index + 1] === '"') {
      cell += '"';
      index += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && char === '\r' && body[index + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      index += 1;
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const unescapeXml = (text: string) =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** Zero-based column index of a cell reference such as "C7" or "AA2". */
function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference)?.[0] ?? 'A';
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/** The workbook's sheet names and the first sheet's cells, row by row (empty cells as ''). */
export function readXlsx(bytes: Uint8Array): { sheets: string[]; rows: string[][] } {
  const files = unzipSync(bytes);
  const workbook = strFromU8(files['xl/workbook.xml']);
  const sheets = [...workbook.matchAll(/<sheet name="([^"]*)"/g)].map((match) => unescapeXml(match[1]));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
  const rows = [...sheet.matchAll(/<row [^>]*>(.*?)<\/row>/g)].map((row) => {
    const cells: string[] = [];
    for (const cell of row[1].matchAll(/<c r="([A-Z]+)\d+"[^>]*>(.*?)<\/c>/g)) {
      const value = /<t[^>]*>(.*?)<\/t>/.exec(cell[2])?.[1] ?? /<v>(.*?)<\/v>/.exec(cell[2])?.[1] ?? '';
      cells[columnIndex(cell[1])] = unescapeXml(value);
    }
    return cells;
  });
  // A sheet leaves empty cells out, trailing ones too: every row is as wide as the widest (the header).
  const width = Math.max(0, ...rows.map((cells) => cells.length));
  return { sheets, rows: rows.map((cells) => Array.from({ length: width }, (_, index) => cells[index] ?? '')) };
}

/** The text of a PDF file, laid out as on the page. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Renders a PDF's first page to a PNG for a reviewer to open (pdftoppm adds nothing to the name with -singlefile). */
export function renderFirstPage(pdfPath: string, pngPathWithoutExtension: string): void {
  mkdirSync(dirname(pngPathWithoutExtension), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdfPath, pngPathWithoutExtension]);
}
