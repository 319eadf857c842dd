import type { VisitFields } from '../domain/activity';
import { chronological } from '../domain/chronology';
import { overlapsYear } from '../domain/partial-date';
import type { ReportContext } from './context';
import { markedTable, type Marked, type ReportBlock, type ReportSection, type Stored } from './model';

/**
 * Chapter V (international cooperation: the visit log of the year, plus forums and other meetings
 * the secretariat attended). Chapter VI is the secretariat's own records: secretariat-section.ts.
 */

type Visit = Stored<VisitFields>;

/**
 * The visits whose dates lie in the year, in time order; where the dates cannot tell two apart (a
 * month and a day in it), in the order they were entered, which for the sample is the report's.
 */
export function visitsOf(ctx: ReportContext): Visit[] {
  return chronological(
    ctx.data.visits.filter((visit) => overlapsYear(visit.date, visit.endDate, ctx.year)),
    (visit) => visit,
  );
}

/**
 * A date or span for a table cell, written as the report writes spans ("11–12 January 2018"): each
 * side kept whole ("11 January 2018" never breaks inside), a span of two months or years free to
 * break after its dash, so one long entry does not widen the column for all.
 */
function cellDates(ctx: ReportContext, start: string, end?: string): string {
  return ctx.w
    .dates(start, end)
    .split(' – ')
    .map((side) => side.replace(/ /g, '\u00a0'))
    .join(' – ');
}

/**
 * Who was met: the member governments by name, then the organisation named in the entry, then how
 * many took part where the entry counts them ("12 people, 12 member governments"), a lower bound
 * kept as one ("at least 150").
 */
function counterpartOf(visit: Visit, ctx: ReportContext): string {
  const { w } = ctx;
  const counterpart = [...visit.memberIds.map(ctx.memberName), w.text(visit.counterpart)].filter(Boolean).join('; ');
  const { headcount, memberCount } = visit;
  if (headcount === undefined && memberCount === undefined) return counterpart;
  const wording = headcount === undefined ? 'members' : memberCount === undefined ? 'people' : 'both';
  return w.t(`cooperation.withCounts.${wording}`, {
    counterpart,
    people: headcount === undefined ? '' : visit.headcountAtLeast ? w.t('record.atLeast', { count: headcount }) : w.number(headcount),
    members: memberCount ?? '',
  });
}

function visitTable(visits: Visit[], ctx: ReportContext): ReportBlock {
  const { w } = ctx;
  return markedTable({
    id: 'visits',
    numeric: [],
    widths: [16, 14, 26, 14, 30],
    title: w.t('cooperation.tableTitle', { year: String(ctx.year) }),
    columns: ['date', 'direction', 'counterpart', 'city', 'subject'].map((column) => w.t(`cooperation.columns.${column}`)),
    rows: visits.map((visit) => [
      cellDates(ctx, visit.date, visit.endDate),
      w.appString(`directions.${visit.direction}`),
      w.marked(() => counterpartOf(visit, ctx)),
      orEmpty(w.marked(() => w.text(visit.city))),
      w.marked(() => w.text(visit.title)),
    ]),
  });
}

/** An empty text as an empty cell, which the report prints as a dash. */
const orEmpty = (marked: Marked): Marked | null => (marked.text ? marked : null);

function otherMeetingsBlocks(ctx: ReportContext): ReportBlock[] {
  const { w } = ctx;
  const meetings = ctx.meetingsOf('forum', 'other');
  if (meetings.length === 0) return [];
  return [
    { kind: 'heading', level: 1, text: w.t('cooperation.meetingsTitle') },
    markedTable({
      id: 'other-meetings',
      numeric: [],
      title: w.t('cooperation.meetingsTable', { year: String(ctx.year) }),
      columns: ['date', 'meeting', 'city'].map((column) => w.t(`cooperation.columns.${column}`)),
      rows: meetings.map((meeting) => [cellDates(ctx, meeting.startDate, meeting.endDate), w.marked(() => w.text(meeting.title)), orEmpty(w.marked(() => w.text(meeting.city)))]),
    }),
  ];
}

/** Chapter V for the year. */
export function cooperationSection(ctx: ReportContext): ReportSection {
  const { w, year } = ctx;
  const visits = visitsOf(ctx);
  return {
    id: 'cooperation',
    number: 'V',
    title: w.t('sections.cooperation'),
    blocks: [
      { kind: 'paragraph', text: w.t(visits.length === 0 ? 'cooperation.none' : 'cooperation.intro', { year: String(year), count: visits.length }) },
      ...(visits.length === 0 ? [] : [visitTable(visits, ctx)]),
      ...otherMeetingsBlocks(ctx),
    ],
  };
}
