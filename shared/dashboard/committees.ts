import type { CommitteeRecord } from '../domain/committee';
import { laterDate, periodStart } from '../domain/partial-date';
import { assessCommitteeActivity, withLatestMeeting, type CommitteeActivity } from '../governance/committee-activity';
import type { ChartData } from './chart-data';
import { yearOf, yearsOf, type DashboardFilter } from './filter';

type CommitteeFacts = Pick<
  CommitteeRecord,
  'id' | 'coordinatorIds' | 'foundedYear' | 'meetingsHeld' | 'lastMeetingOn' | 'lastMeetingOrEarlier' | 'lastActivityOn' | 'retiredOn' | 'regulationNumber' | 'deleted'
>;
/** A last meeting as precisely as known; `orEarlier` where the record says only "no later than". */
export type LastMeeting = { on: string; orEarlier: boolean };
type CommitteeMeeting = { committeeId?: string; startDate: string; deleted?: 0 | 1 };

export type CommitteeCharts = {
  /** Meetings per committee (by id) and year. */
  meetings: ChartData<string, number>;
  /** Each listed committee's standing under Committee Regulation Art. 5-7, as of `asOf`. */
  activity: Map<string, CommitteeActivity>;
  /** Each listed committee's latest meeting on or before `asOf`, from its record or the meeting records. */
  lastMeeting: Map<string, LastMeeting>;
  /** The ids of committees with no meeting for two years or more, in the chart's order. */
  inactive: string[];
  /** The date activity is judged at: the end of the range, or today if that is earlier. */
  asOf: string;
};

/** The latest meeting begun on or before `asOf` per committee, from the meeting records (dates as precise as they are). */
function latestMeetings(meetings: readonly CommitteeMeeting[], asOf: string): Map<string, string> {
  const latest = new Map<string, string>();
  for (const meeting of meetings) {
    if (meeting.deleted || !meeting.committeeId || periodStart(meeting.startDate) > asOf) continue;
    latest.set(meeting.committeeId, laterDate(latest.get(meeting.committeeId), meeting.startDate));
  }
  return latest;
}

/** The committee's standing, with its last meeting taken from the meeting records where they are newer. */
function standing(committee: CommitteeFacts, recorded: string | undefined, asOf: string): CommitteeActivity {
  return assessCommitteeActivity(withLatestMeeting(committee, recorded), asOf);
}

/**
 * Committee meetings per year per committee, and which committees are inactive (no meeting for 24
 * months or more) at the end of the range. Committees founded after the range, or retired before
 * it, are left out; with a country filter, only committees coordinated from that country are shown.
 */
export function committeeCharts(
  committees: readonly CommitteeFacts[],
  meetings: readonly CommitteeMeeting[],
  memberCountry: ReadonlyMap<string, string>,
  filter: DashboardFilter,
  today: string,
): CommitteeCharts {
  const endOfRange = `${filter.toYear}-12-31`;
  const asOf = endOfRange < today ? endOfRange : today;
  const listed = committees
    .filter(
      (committee) =>
        !committee.deleted &&
        committee.foundedYear <= filter.toYear &&
        !(committee.retiredOn && yearOf(committee.retiredOn) < filter.fromYear) &&
        (!filter.country || committee.coordinatorIds.some((id) => memberCountry.get(id) === filter.country)),
    )
    .sort((a, b) => a.foundedYear - b.foundedYear || (a.regulationNumber ?? 99) - (b.regulationNumber ?? 99));
  const years = yearsOf(filter);
  const row = new Map(listed.map((committee, index) => [committee.id, index]));
  const values = listed.map(() => years.map(() => 0));
  for (const meeting of meetings) {
    const index = meeting.committeeId === undefined || meeting.deleted ? undefined : row.get(meeting.committeeId);
    const year = yearOf(meeting.startDate);
    if (index !== undefined && year >= filter.fromYear && year <= filter.toYear) values[index][year - filter.fromYear] += 1;
  }
  const latest = latestMeetings(meetings, asOf);
  const activity = new Map(listed.map((committee) => [committee.id, standing(committee, latest.get(committee.id), asOf)]));
  const lastMeeting = new Map(
    listed.flatMap((committee) => {
      const known = committee.lastMeetingOn && periodStart(committee.lastMeetingOn) <= asOf ? committee : { ...committee, lastMeetingOn: undefined };
      const facts = withLatestMeeting(known, latest.get(committee.id));
      return facts.lastMeetingOn ? [[committee.id, { on: facts.lastMeetingOn, orEarlier: facts.lastMeetingOrEarlier === true }] as const] : [];
    }),
  );
  return {
    meetings: { categories: listed.map((committee) => committee.id), series: years, values },
    activity,
    lastMeeting,
    inactive: listed.filter((committee) => activity.get(committee.id)?.status === 'inactive').map((committee) => committee.id),
    asOf,
  };
}
