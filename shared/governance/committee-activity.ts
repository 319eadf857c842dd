import { periodEnd } from '../domain/partial-date';

/**
 * Committee Regulation Art. 5-4 and 5-7: a coordinator must hold at least one meeting per two-year
 * term, and one with no meeting or activity for two years or more can be replaced by the
 * executive committee. This decides which committees to flag; it is computed, never stored.
 */

/** What the idle clock starts from: the last meeting, the last other activity, or the founding year. */
export type ActivityBasis =
  /** `on` as precisely as recorded; `orEarlier` where the record says only "no later than". */
  | { kind: 'meeting'; on: string; orEarlier: boolean }
  | { kind: 'activity'; on: string }
  /** No meeting ever held: the end of the founding year. */
  | { kind: 'founding'; year: number };

export type CommitteeActivity =
  | { status: 'retired'; retiredOn: string }
  /** `since` is the last day the clock can start from: the end of a month or year known only as such. */
  | { status: 'active'; since: string; idleMonths: number; basis: ActivityBasis }
  | { status: 'inactive'; since: string; idleMonths: number; basis: ActivityBasis }
  /** Meetings were held but no date is on record, so the rule cannot be applied. */
  | { status: 'undated' };

/** The facts the rule needs about a committee. */
export type CommitteeActivityFacts = {
  foundedYear: number;
  meetingsHeld: number;
  lastMeetingOn?: string;
  lastMeetingOrEarlier?: boolean;
  lastActivityOn?: string;
  retiredOn?: string;
};

/** Months a coordinator may go without a meeting before Art. 5-7 applies. */
export const IDLE_LIMIT_MONTHS = 24;

/** Whole months from ISO date `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** The latest of the committee's known meeting and activity, or undefined when neither is dated. */
function latestBasis(committee: CommitteeActivityFacts): ActivityBasis | undefined {
  const meeting: ActivityBasis | undefined = committee.lastMeetingOn
    ? { kind: 'meeting', on: committee.lastMeetingOn, orEarlier: committee.lastMeetingOrEarlier === true }
    : undefined;
  const activity: ActivityBasis | undefined = committee.lastActivityOn ? { kind: 'activity', on: committee.lastActivityOn } : undefined;
  if (meeting && activity) return periodEnd(activity.on) > periodEnd(meeting.on) ? activity : meeting;
  return meeting ?? activity;
}

/**
 * Whether a committee is active as of `asOf` (ISO date). The clock starts at the latest meeting or
 * other activity on record; a date known only to the month or year starts it at the end of that
 * period (the benefit of the doubt), and a last meeting known as "that year or earlier" still
 * starts it there, so a committee the record says has not met for years is flagged from then on.
 * With no meeting ever held, the clock starts at the end of the founding year.
 */
export function assessCommitteeActivity(committee: CommitteeActivityFacts, asOf: string): CommitteeActivity {
  if (committee.retiredOn && committee.retiredOn <= asOf) {
    return { status: 'retired', retiredOn: committee.retiredOn };
  }
  let basis = latestBasis(committee);
  if (!basis) {
    if (committee.meetingsHeld > 0) return { status: 'undated' };
    basis = { kind: 'founding', year: committee.foundedYear };
  }
  // A meeting known to the month or the year counts from the end of its period: the benefit of the doubt.
  const since = basis.kind === 'founding' ? `${basis.year}-12-31` : periodEnd(basis.on);
  const idleMonths = Math.max(0, monthsBetween(since, asOf));
  return { status: idleMonths >= IDLE_LIMIT_MONTHS ? 'inactive' : 'active', since, idleMonths, basis };
}

/**
 * The facts with the last meeting taken from the meeting records where one is later than what the
 * committee record holds (a recorded meeting is dated, so it replaces an "or earlier").
 */
export function withLatestMeeting<C extends CommitteeActivityFacts>(committee: C, recorded: string | undefined): C {
  if (!recorded || (committee.lastMeetingOn && periodEnd(committee.lastMeetingOn) >= periodEnd(recorded))) return committee;
  return { ...committee, lastMeetingOn: recorded, lastMeetingOrEarlier: undefined, meetingsHeld: Math.max(1, committee.meetingsHeld) };
}
