import { MEMBER_COUNTRIES } from '../domain/countries';
import { isMemberOn, type MemberFields, type MembershipDates } from '../domain/member';
import { byListPosition } from '../domain/names';
import type { ReportContext } from './context';
import { markedTable, type ReportBlock, type ReportSection, type Stored } from './model';

/**
 * The appendix "会员地方政府": the member governments of the year by country, each with its name
 * in the report's language and its own official form, with counts per country and in total.
 * Associate members have no vote and are listed apart (Charter Art. 4-2). The order is the
 * association's official list, as the 2018 report prints it: its countries in `LIST_COUNTRIES`
 * order, and within each, the members by their number in it (`listPosition`); members without one
 * follow in the collation order of the report's language.
 */

/** The order of the countries in the official member list (Russia, Mongolia, DPRK, Korea, Japan, China). */
export const LIST_COUNTRIES = ['RU', 'MN', 'KP', 'KR', 'JP', 'CN'] as const satisfies readonly (typeof MEMBER_COUNTRIES)[number][];

type Member = Stored<MemberFields>;

/** Whether a member belonged to NEAR at the end of `year` (admitted by then, or admission unknown, and not withdrawn). */
export function memberIn(member: MembershipDates, year: number): boolean {
  return isMemberOn(member, `${year}-12-31`);
}

function countsTable(byCountry: Array<[string, Member[]]>, associates: Member[], ctx: ReportContext): ReportBlock {
  const { w } = ctx;
  const total = byCountry.reduce((sum, [, members]) => sum + members.length, 0);
  return {
    kind: 'table',
    id: 'member-counts',
    numeric: [1],
    table: {
      title: w.t('appendix.countsTable', { year: String(ctx.year) }),
      columns: [w.t('appendix.columns.country'), w.t('appendix.columns.members')],
      rows: [
        ...byCountry.map(([code, members]): [string, number] => [w.country(code), members.length]),
        [w.t('appendix.total'), total],
        [w.t('appendix.associates'), associates.length],
      ],
    },
  };
}

function listTable(id: string, title: string, members: Member[], ctx: ReportContext, withCountry: boolean): ReportBlock {
  const { w } = ctx;
  const columns = ['no', 'name', 'native', ...(withCountry ? ['country'] : [])].map((column) => w.t(`appendix.columns.${column}`));
  return markedTable({
    id,
    numeric: [0],
    title,
    columns,
    rows: members.map((member, index) => [
      index + 1,
      w.marked(() => w.text(member.names)),
      member.names.native,
      ...(withCountry ? [w.country(member.country)] : []),
    ]),
  });
}

/** The appendix for the year. */
export function appendixSection(ctx: ReportContext): ReportSection {
  const { w, year } = ctx;
  const listOrder = (a: Member, b: Member) => byListPosition(a, b) || w.collator.compare(w.text(a.names), w.text(b.names));
  const current = ctx.data.members.filter((member) => memberIn(member, year));
  const countries = [...LIST_COUNTRIES, ...MEMBER_COUNTRIES.filter((code) => !(LIST_COUNTRIES as readonly string[]).includes(code))];
  const byCountry = countries.map((code): [string, Member[]] => [
    code,
    current.filter((member) => member.kind === 'member' && member.country === code).sort(listOrder),
  ]).filter(([, members]) => members.length > 0);
  const associates = current.filter((member) => member.kind === 'associate').sort(listOrder);
  const total = byCountry.reduce((sum, [, members]) => sum + members.length, 0);
  const heading = (text: string, count: number): ReportBlock => ({ kind: 'heading', level: 1, text: w.t('appendix.heading', { name: text, count }) });
  return {
    id: 'appendix',
    title: w.t('sections.appendix'),
    blocks: [
      { kind: 'paragraph', text: w.t('appendix.intro', { year: String(year), members: total, countries: byCountry.length, associates: associates.length }) },
      countsTable(byCountry, associates, ctx),
      ...byCountry.flatMap(([code, members]) => [
        heading(w.country(code), members.length),
        listTable(`members-${code}`, w.t('appendix.listTable', { country: w.country(code) }), members, ctx, false),
      ]),
      ...(associates.length === 0
        ? []
        : [heading(w.t('appendix.associates'), associates.length), listTable('members-associates', w.t('appendix.associates'), associates, ctx, true)]),
    ],
  };
}
