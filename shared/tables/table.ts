import { stripUnsafe } from '../sync/text-safety';

/**
 * A table of numbers and text as the screens show it, ready to leave the app: the dashboard's
 * table views and the annual report's tables export from this one shape to CSV and XLSX.
 * Headers and cells are already in the UI language; numbers stay numbers.
 */
export type Cell = string | number | null;

export type Table = {
  /** Title of the table, used for the sheet name and the file name. */
  title: string;
  columns: string[];
  rows: Cell[][];
};

/** A UTF-8 byte order mark: without it Excel reads Chinese, Korean or Russian CSV as mojibake. */
const BOM = '\uFEFF';

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell);
  // Cells that a spreadsheet would run as a formula are prefixed with an apostrophe (CSV injection).
  const safe = typeof cell === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** RFC 4180 CSV with CRLF line ends and a byte order mark, as Excel and LibreOffice open it. */
export function toCsv(table: Pick<Table, 'columns' | 'rows'>): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * A file name from a title: keeps letters of every script, drops what file systems refuse and the
 * control and bidirectional characters that could disguise its extension.
 */
export function fileNameFor(title: string, extension: string): string {
  const base = stripUnsafe(
    title
      // eslint-disable-next-line no-control-regex -- control characters are exactly what file names must not hold
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'export'}.${extension}`;
}
