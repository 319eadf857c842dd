import { reportTextsOf, staffOfYear, writtenName, type ReportTextFields, type StaffFields } from '../domain/secretariat';
import { LOCALES } from '../i18n/locales';
import type { ReportContext } from './context';
import { markedTable, type Marked, type ReportBlock, type ReportSection, type Stored } from './model';

/**
 * The foreword and chapter VI (the secretariat), printed from the secretariat's own records for
 * the report's year: the forewords with their authors, chapter VI's texts, and the staff list.
 * Where the records are missing, the report says what is missing and where to enter it, in a
 * marked box, rather than print something the record does not hold.
 */

type ReportText = Stored<ReportTextFields>;

/** Lines of a text as paragraphs, or as a list where every line is numbered ("1) …"), each carrying the text's mark. */
function textBlocks(marked: Marked): ReportBlock[] {
  const lines = marked.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const numbered = /^\d+[).、]\s*/;
  if (lines.length > 1 && lines.every((line) => numbered.test(line))) {
    return [{ kind: 'list', ordered: true, items: lines.map((line) => ({ ...marked, text: line.replace(numbered, '') })) }];
  }
  return lines.map((line) => ({ kind: 'paragraph', text: line, ...(marked.from ? { from: marked.from } : {}) }));
}

/** The text in the report's language (or marked as another's), and a line saying so when it is a summary. */
function bodyOf(text: ReportText, ctx: ReportContext): ReportBlock[] {
  const { w } = ctx;
  const blocks = textBlocks(w.marked(() => w.text(text.text)));
  const shown = w.textLanguage(text.text);
  if (!shown || !text.summarised?.includes(shown)) return blocks;
  const full = LOCALES.find((locale) => text.text[locale] && !text.summarised?.includes(locale));
  const note = full ? w.t('foreword.summary', { language: w.t(`publish.languages.${full}`) }) : w.t('foreword.summaryOnly');
  return [...blocks, { kind: 'paragraph', text: note }];
}

function headingOf(text: ReportText, ctx: ReportContext, number?: number): ReportBlock[] {
  if (!text.heading || !Object.values(text.heading).some(Boolean)) return [];
  const { w } = ctx;
  const marked = w.marked(() => w.text(text.heading));
  const label = number === undefined ? marked.text : `${number}. ${marked.text}`;
  return [{ kind: 'heading', level: 1, text: label, ...(marked.from ? { from: marked.from } : {}) }];
}

/** Who signed a foreword, with which title, and when. */
function signature(text: ReportText, ctx: ReportContext): ReportBlock[] {
  const { w } = ctx;
  const rows: Array<[string, string, Marked['from']?]> = [];
  if (text.author) {
    const name = w.marked(() => w.text(text.author?.name));
    const title = w.marked(() => w.text(text.author?.title));
    rows.push([w.t('foreword.author'), name.text, name.from]);
    if (title.text) rows.push([w.t('foreword.title'), title.text, title.from]);
  }
  if (text.signedOn) rows.push([w.t('foreword.signedOn'), w.date(text.signedOn)]);
  return rows.length > 0 ? [{ kind: 'facts', rows }] : [];
}

/** The foreword: the year's forewords in their order, each signed. */
export function forewordSection(ctx: ReportContext): ReportSection {
  const { w, year } = ctx;
  const forewords = reportTextsOf(ctx.data.reportTexts, year, 'foreword');
  return {
    id: 'foreword',
    title: w.t('sections.foreword'),
    blocks:
      forewords.length === 0
        ? [{ kind: 'placeholder', text: w.t('foreword.missing', { year: String(year) }) }]
        : forewords.flatMap((text) => [...headingOf(text, ctx), ...bodyOf(text, ctx), ...signature(text, ctx)]),
  };
}

/** Where a person works, in the report's words: the secretariat, a branch office, or seconded by a member. */
function officeOf(person: Stored<StaffFields>, ctx: ReportContext): string {
  const { w } = ctx;
  if (person.office === 'secretariat' || !person.memberId) return w.t('secretariat.offices.secretariat');
  return w.t(`secretariat.offices.${person.office}`, { member: ctx.memberName(person.memberId) });
}

function staffBlocks(ctx: ReportContext, number: number): ReportBlock[] {
  const { w, year } = ctx;
  const staff = staffOfYear(ctx.data.staff, year);
  if (staff.length === 0) return [{ kind: 'placeholder', text: w.t('secretariat.staffMissing', { year: String(year) }) }];
  const undated = staff.filter((person) => !person.from && !person.to).length;
  return [
    { kind: 'heading', level: 1, text: `${number}. ${w.t('secretariat.staffTitle')}` },
    { kind: 'paragraph', text: w.t('secretariat.staffIntro', { year: String(year), count: staff.length }) },
    ...(undated > 0 ? [{ kind: 'paragraph', text: w.t('secretariat.undated', { count: undated }) } as const] : []),
    markedTable({
      id: 'secretariat-staff',
      numeric: [],
      widths: [40, 25, 35],
      title: w.t('secretariat.staffTable', { year: String(year) }),
      columns: ['role', 'name', 'office'].map((column) => w.t(`secretariat.columns.${column}`)),
      rows: staff.map((person) => {
        const name = writtenName(person.name, w.locale);
        return [w.marked(() => w.text(person.role)), name.from ? { text: name.text, from: name.from } : name.text, w.marked(() => officeOf(person, ctx))];
      }),
    }),
  ];
}

/** Chapter VI: the secretariat's texts for the year (history, organisation…), numbered, then its staff list. */
export function secretariatSection(ctx: ReportContext): ReportSection {
  const { w, year } = ctx;
  const texts = reportTextsOf(ctx.data.reportTexts, year, 'secretariat');
  const section = { id: 'secretariat', number: 'VI', title: w.t('sections.secretariat') };
  if (texts.length === 0 && staffOfYear(ctx.data.staff, year).length === 0) {
    return { ...section, blocks: [{ kind: 'placeholder', text: w.t('secretariat.missing', { year: String(year) }) }] };
  }
  return {
    ...section,
    blocks: [
      ...(texts.length === 0 ? [{ kind: 'placeholder', text: w.t('secretariat.textsMissing', { year: String(year) }) } as const] : []),
      ...texts.flatMap((text, index) => [...headingOf(text, ctx, index + 1), ...bodyOf(text, ctx)]),
      ...staffBlocks(ctx, texts.length + 1),
    ],
  };
}
