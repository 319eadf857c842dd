import type { ContactFields, MeetingFields, VisitFields } from '../domain/activity';
import type { CommitteeFields } from '../domain/committee';
import type { DuesFields, DuesPostponementFields } from '../domain/dues';
import type { MemberFields } from '../domain/member';
import type { Locale } from '../i18n/locales';
import type { Table } from '../tables/table';

/**
 * The annual report as a document model: sections of headings, paragraphs, lists, facts and
 * tables, already worded in the report's language. The screen, the HTML file and the PDF are all
 * rendered from this one model, so they cannot disagree; tables carry stable ids so each one can
 * leave the app as CSV or XLSX.
 */

/** A record as the report reads it: its fields, its id, and its tombstone flag. */
export type Stored<F> = F & { id: string; deleted: 0 | 1 };

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
};

/** A table of the report; `id` is stable across years and languages (file names, tests, links). */
export type ReportTable = {
  id: string;
  table: Table;
  /** Columns holding numbers, aligned right. */
  numeric: number[];
  /** Columns that must not wrap (dates), so "2018-01-11" never breaks at a hyphen. */
  nowrap?: number[];
};

export type HeadingLevel = 1 | 2 | 3;

export type ReportBlock =
  /** Level 1 heads a part of a section ("1. 活动概况", one meeting), 2 and 3 parts of that. */
  | { kind: 'heading'; level: HeadingLevel; text: string }
  /** `lang` is set when the text is in another language than the report (a record without a translation). */
  | { kind: 'paragraph'; text: string; lang?: Locale }
  /** Text someone must still write (the Secretary-General's foreword): shown as a marked placeholder. */
  | { kind: 'placeholder'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  /** Label and value pairs: when, where, who hosted. */
  | { kind: 'facts'; rows: Array<[string, string]> }
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
  sections: ReportSection[];
};

/** Every table of the report, in reading order (for "all tables" in one workbook). */
export function reportTables(report: AnnualReport): ReportTable[] {
  return report.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === 'table' ? [{ id: block.id, table: block.table, numeric: block.numeric, nowrap: block.nowrap }] : [])),
  );
}

/** The title a section prints under: "II. Specialised committees", or the bare title. */
export function sectionHeading(section: Pick<ReportSection, 'number' | 'title'>): string {
  return section.number ? `${section.number}. ${section.title}` : section.title;
}
