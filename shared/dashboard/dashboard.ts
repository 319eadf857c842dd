import type { CommitteeRecord } from '../domain/committee';
import type { DuesPostponementRecord, DuesRecord } from '../domain/dues';
import type { FollowUpRecord, MeetingRecord } from '../domain/activity';
import type { MemberRecord } from '../domain/member';
import { activityCharts, memberCountryBits, type ActivityCharts, type VisitRow } from './activity';
import { committeeCharts, type CommitteeCharts } from './committees';
import { duesCharts, type DuesCharts } from './dues';
import { yearOf, type DashboardFilter } from './filter';
import { overdueFollowUps, type OverdueCharts } from './follow-ups';
import { membersByCountry } from './members';
import { youthContestEntries } from './youth-contest';

/** Everything the dashboard reads, as plain records (deleted ones may be included: they are skipped). */
export type DashboardInput = {
  members: readonly MemberRecord[];
  committees: readonly CommitteeRecord[];
  meetings: readonly MeetingRecord[];
  visits: readonly VisitRow[];
  followUps: readonly FollowUpRecord[];
  /** Per visit id that a follow-up points to, the members it involved. */
  followUpVisits: ReadonlyMap<string, readonly string[]>;
  dues: readonly DuesRecord[];
  duesPostponements: readonly DuesPostponementRecord[];
};

export type Dashboard = {
  activity: ActivityCharts;
  committees: CommitteeCharts;
  members: ReturnType<typeof membersByCountry>;
  dues: DuesCharts;
  youthContest: ReturnType<typeof youthContestEntries>;
  overdue: OverdueCharts;
};

/** Every chart of the dashboard for one filter, as of `today` (ISO date). */
export function computeDashboard(input: DashboardInput, filter: DashboardFilter, today: string): Dashboard {
  const members = input.members.filter((member) => !member.deleted);
  const meetings = input.meetings.filter((meeting) => !meeting.deleted);
  const memberCountry = new Map(members.map((member) => [member.id, member.country]));
  return {
    activity: activityCharts(input.visits, meetings, memberCountryBits(members), filter),
    committees: committeeCharts(input.committees, meetings, memberCountry, filter, today),
    members: membersByCountry(members, filter),
    dues: duesCharts(members, input.dues, input.duesPostponements, filter, today),
    youthContest: youthContestEntries(meetings, filter),
    overdue: overdueFollowUps(input.followUps, input.followUpVisits, memberCountry, filter, today),
  };
}

/** The first and last year with a visit or meeting (undefined when there is none); one pass, no Date objects. */
export function activityYears(visits: readonly VisitRow[], meetings: ReadonlyArray<Pick<MeetingRecord, 'startDate'>>): { min: number; max: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  const see = (date: string) => {
    const year = yearOf(date);
    if (year < min) min = year;
    if (year > max) max = year;
  };
  for (const visit of visits) see(visit.date);
  for (const meeting of meetings) see(meeting.startDate);
  return min === Infinity ? undefined : { min, max };
}
