import type { CommitteeFields } from '../domain/committee';
import { byListPosition } from '../domain/names';
import { periodEnd, periodStart } from '../domain/partial-date';
import { assessCommitteeActivity, withLatestMeeting, type ActivityBasis } from '../governance/committee-activity';
import type { ReportContext } from './context';
import { meetingBlocks } from './meeting-blocks';
import { markedTable, type ReportBlock, type ReportSection, type Stored } from './model';

/**
 * Chapter II: the table of specialised committees (committee, coordinators, founding year, meetings
 * held, field) in the association's official order, as the 2018 report prints it, then each
 * committee meeting of the year.
 */

type Committee = Stored<CommitteeFields>;

/** Whether a committee existed during `year`: founded by then and not retired before it began. */
export function existedIn(committee: Pick<CommitteeFields, 'foundedYear' | 'retiredOn'>, year: number): boolean {
  return committee.foundedYear <= year && (!committee.retiredOn || committee.retiredOn >= `${year}-01-01`);
}

/**
 * The table's order is the official list's (`listPosition`, which the secretariat keeps). Committees
 * not placed in it follow, by founding year, then Committee Regulation Art. 2 number, then name.
 */
function tableOrder(ctx: ReportContext): (a: Committee, b: Committee) => number {
  return (a, b) =>
    byListPosition(a, b) ||
    a.foundedYear - b.foundedYear ||
    (a.regulationNumber ?? 100) - (b.regulationNumber ?? 100) ||
    ctx.w.collator.compare(ctx.w.text(a.names), ctx.w.text(b.names));
}

function overviewTable(committees: Committee[], ctx: ReportContext): ReportBlock {
  const { w } = ctx;
  return markedTable({
    id: 'committees',
    numeric: [2, 3],
    title: w.t('committees.tableTitle', { year: String(ctx.year) }),
    columns: ['name', 'coordinators', 'founded', 'meetingsHeld', 'field'].map((column) => w.t(`committees.columns.${column}`)),
    rows: committees.map((committee) => [
      w.marked(() => w.text(committee.names)),
      w.marked(() => w.list(committee.coordinatorIds.map(ctx.memberName))),
      committee.foundedYear,
      // The report prints "-" where a committee has not met yet; the cell stays empty, not 0.
      committee.meetingsHeld > 0 ? committee.meetingsHeld : null,
      w.marked(() => w.text(committee.field)),
    ]),
  });
}

/** Each committee's latest meeting on record (from the meeting records) on or before `asOf`. */
function latestMeetings(ctx: ReportContext, asOf: string): Map<string, string> {
  const latest = new Map<string, string>();
  for (const meeting of ctx.data.meetings) {
    if (meeting.deleted || !meeting.committeeId || periodStart(meeting.startDate) > asOf) continue;
    const known = latest.get(meeting.committeeId);
    if (!known || periodEnd(meeting.startDate) > periodEnd(known)) latest.set(meeting.committeeId, meeting.startDate);
  }
  return latest;
}

/**
 * The committees with no meeting or activity for two years or more at the end of the year
 * (Committee Regulation Art. 5-7), each with what its standing rests on: the last meeting as
 * precisely as the record gives it ("2016 or earlier"), its last activity, or its founding.
 */
function inactiveBlocks(committees: Committee[], ctx: ReportContext): ReportBlock[] {
  const { w } = ctx;
  const asOf = `${ctx.year}-12-31`;
  const latest = latestMeetings(ctx, asOf);
  const basisWords = (basis: ActivityBasis) => {
    if (basis.kind === 'founding') return w.t('record.sinceFounding', { year: String(basis.year) });
    if (basis.kind === 'activity') return w.t('record.lastActivity', { date: w.date(basis.on) });
    return w.t(basis.orEarlier ? 'record.lastMeetingOrEarlier' : 'record.lastMeeting', { date: w.date(basis.on) });
  };
  const items = committees.flatMap((committee) => {
    const activity = assessCommitteeActivity(withLatestMeeting(committee, latest.get(committee.id)), asOf);
    if (activity.status !== 'inactive') return [];
    return [w.marked(() => w.t('record.inactiveItem', { name: w.text(committee.names), basis: basisWords(activity.basis) }))];
  });
  if (items.length === 0) return [];
  return [
    { kind: 'paragraph', text: w.t('record.inactive', { date: w.date(asOf), count: items.length }) },
    { kind: 'list', ordered: false, items },
  ];
}

/** Chapter II for the year. */
export function committeesSection(ctx: ReportContext): ReportSection {
  const { w, year } = ctx;
  const committees = ctx.data.committees.filter((committee) => existedIn(committee, year)).sort(tableOrder(ctx));
  const meetings = ctx.meetingsOf('committeeMeeting');
  return {
    id: 'committees',
    number: 'II',
    title: w.t('sections.committees'),
    blocks: [
      { kind: 'heading', level: 1, text: w.t('committees.overview') },
      { kind: 'paragraph', text: w.t('committees.intro', { year: String(year), count: committees.length }) },
      overviewTable(committees, ctx),
      ...inactiveBlocks(committees, ctx),
      { kind: 'heading', level: 1, text: w.t('committees.meetingsTitle', { year: String(year) }) },
      meetings.length === 0
        ? { kind: 'paragraph', text: w.t('committees.noMeetings', { year: String(year) }) }
        : { kind: 'paragraph', text: w.t('committees.meetingsIntro', { count: meetings.length }) },
      ...meetings.flatMap((meeting) => meetingBlocks(meeting, ctx, 2)),
    ],
  };
}
