import type { ContactFields, MeetingFields, VisitFields } from '../domain/activity';
import type { CommitteeFields } from '../domain/committee';
import type { DuesFields, DuesPostponementFields } from '../domain/dues';
import type { MemberFields } from '../domain/member';
import type { ReportTextFields, StaffFields } from '../domain/secretariat';
import type { Locale } from '../i18n/locales';
import type { Cell, Table } from '../tables/table';

/**
 * The annual report as a document model: sections of headings, paragraphs, lists, facts and
 * tables, already worded in the report's language. The screen, the HTML file and the PDF are all
 * rendered from this one model, so they cannot disagree; tables carry stable ids so each one can
 * leave the app as CSV or XLSX.
 */

/**
 * A record as the report reads it: its fields, its id, its tombstone flag, and when it was entered
 * (the order of entries whose dates cannot tell them apart; see domain/chronology.ts).
 */
export type Stored<F> = F & { id: string; deleted: 0 | 1; createdAt?: string };

/** Everything the report is generated from, as read from the registry. */
export type ReportData = {
  members: ReadonlyArray<Stored<MemberFields>>;
  committees: ReadonlyArray<Stored<CommitteeFields>>;
  meetings: ReadonlyArray<Stored<MeetingFields>>;
  visits: ReadonlyArray<Stored<VisitFields>>;
  dues: ReadonlyArray<Stored<DuesFields>>;
  duesPostponements: ReadonlyArray<Stored<DuesPostponementFields>>;
  /** Not printed yet; accepted so the registry's tables can be passed as they are. */
  contacts?: ReadonlyArray<Stored<ContactFields>>;
  /** The secretariat's staff list and the year's forewords and chapter VI texts (absent: none on record). */
  staff?: ReadonlyArray<Stored<StaffFields>>;
  reportTexts?: ReadonlyArray<Stored<ReportTextFields>>;
};

/** Where a record text came from when the report's language was missing: another language, or the record's own native form. */
export type TextSource = Locale | 'native';

/** A piece of worded text; `from` is set when a record text in it is not in the report's language. */
export type Marked = { text: string; from?: TextSource };

/** A table cell whose text is not (wholly) in the report's language. */
export type CellMark = { row: number; column: number; from: TextSource };

/** A table of the report; `id` is stable across years and languages (file names, tests, links). */
export type ReportTable = {
  id: string;
  table: Table;
  /** Columns holding numbers, aligned right. */
  numeric: number[];
  /** Columns that must not wrap (dates), so "2018-01-11" never breaks at a hyphen. */
  nowrap?: number[];
  /** Relative column widths for the printed page, where the browser's own would squeeze a column. */
  widths?: number[];
  /** Cells in another language than the report's; the rows themselves stay plain for CSV and XLSX. */
  marks?: CellMark[];
  /** Set when the title names a record that is not in the report's language. */
  titleFrom?: TextSource;
};

export type HeadingLevel = 1 | 2 | 3;

export type ReportBlock =
  /** Level 1 heads a part of a section ("1. 活动概况", one meeting), 2 and 3 parts of that. */
  | { kind: 'heading'; level: HeadingLevel; text: string; from?: TextSource }
  /** `from` is set when the text is in another language than the report (a record without a translation). */
  | { kind: 'paragraph'; text: string; from?: TextSource }
  /** Text someone must still write (the Secretary-General's foreword): shown as a marked placeholder. */
  | { kind: 'placeholder'; text: string }
  | { kind: 'list'; ordered: boolean; items: Marked[] }
  /** Label and value pairs: when, where, who hosted; a value may be marked as another language's. */
  | { kind: 'facts'; rows: Array<[label: string, value: string, from?: TextSource]> }
  | ({ kind: 'table' } & ReportTable);

export type ReportSection = {
  /** Stable id: foreword, assembly, committees, workshop, youth, cooperation, secretariat, appendix. */
  id: string;
  /** Roman numeral of the main chapters (I–VI); absent for the foreword and the appendix. */
  number?: string;
  title: string;
  blocks: ReportBlock[];
};

export type AnnualReport = {
  year: number;
  locale: Locale;
  title: string;
  organisation: string;
  contentsLabel: string;
  /** "English edition", for the cover. */
  edition: string;
  /** The running footer's text: the title and the language. */
  footer: string;
  /** "Page {{page}} of {{pages}}" in the report's language, placeholders kept for the page counters. */
  pageNumber: string;
  sections: ReportSection[];
  /** What the report's language marks mean, one per language a text was taken from, for its readers. */
  fallbackNotes: FallbackNote[];
};

/** Texts of a report taken from one other language: how many, their mark, its explanation, and a line saying so. */
export type FallbackNote = { from: TextSource; count: number; tag: string; mark: string; summary: string };

/** Every table of the report, in reading order (for "all tables" in one workbook). */
export function reportTables(report: AnnualReport): ReportTable[] {
  return report.sections.flatMap((section) =>
    section.blocks.flatMap((block): ReportTable[] =>
      block.kind === 'table'
        ? [{ id: block.id, table: block.table, numeric: block.numeric, nowrap: block.nowrap, widths: block.widths, marks: block.marks, titleFrom: block.titleFrom }]
        : [],
    ),
  );
}

/** A table block from rows whose cells may be marked texts: the marks are kept apart, the rows plain. */
export function markedTable(spec: Omit<ReportTable, 'table' | 'marks'> & { title: string; columns: string[]; rows: Array<Array<Cell | Marked>> }): ReportBlock {
  const { title, columns, rows, ...rest } = spec;
  const marks: CellMark[] = [];
  const plain = rows.map((cells, row) =>
    cells.map((cell, column) => {
      if (cell === null || typeof cell !== 'object') return cell;
      if (cell.from) marks.push({ row, column, from: cell.from });
      return cell.text;
    }),
  );
  return { kind: 'table', ...rest, table: { title, columns, rows: plain }, ...(marks.length > 0 ? { marks } : {}) };
}

/** How many texts of the report are in each language other than its own. */
export function fallbackCounts(report: Pick<AnnualReport, 'sections'>): Map<TextSource, number> {
  const counts = new Map<TextSource, number>();
  const count = (from: TextSource | undefined) => {
    if (from) counts.set(from, (counts.get(from) ?? 0) + 1);
  };
  for (const block of report.sections.flatMap((section) => section.blocks)) {
    if (block.kind === 'heading' || block.kind === 'paragraph') count(block.from);
    else if (block.kind === 'list') block.items.forEach((item) => count(item.from));
    else if (block.kind === 'facts') block.rows.forEach(([, , from]) => count(from));
    else if (block.kind === 'table') {
      count(block.titleFrom);
      block.marks?.forEach((mark) => count(mark.from));
    }
  }
  return counts;
}

/** The title a section prints under: "II. Specialised committees", or the bare title. */
export function sectionHeading(section: Pick<ReportSection, 'number' | 'title'>): string {
  return section.number ? `${section.number}. ${section.title}` : section.title;
}
