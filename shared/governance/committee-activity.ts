import { periodEnd } from '../domain/partial-date';

/**
 * Committee Regulation Art. 5-4 and 5-7: a coordinator must hold at least one meeting per two-year
 * term, and one with no meeting or activity for two years or more can be replaced by the
 * executive committee. This decides which committees to flag; it is computed, never stored.
 */
export type CommitteeActivity =
  | { status: 'retired'; retiredOn: string }
  | { status: 'active'; since: string; idleMonths: number }
  | { status: 'inactive'; since: string; idleMonths: number }
  /** Meetings were held but no date is on record, so the rule cannot be applied. */
  | { status: 'undated' };

/** The facts the rule needs about a committee. */
export type CommitteeActivityFacts = {
  foundedYear: number;
  meetingsHeld: number;
  lastMeetingOn?: string;
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

/**
 * Whether a committee is active as of `asOf` (ISO date). With no meeting on record, the clock
 * starts at the end of the founding year: the benefit of the doubt, since the report gives only
 * the year.
 */
export function assessCommitteeActivity(
  committee: CommitteeActivityFacts,
  asOf: string,
): CommitteeActivity {
  if (committee.retiredOn && committee.retiredOn <= asOf) {
    return { status: 'retired', retiredOn: committee.retiredOn };
  }
  let since = committee.lastMeetingOn;
  if (!since) {
    if (committee.meetingsHeld > 0) return { status: 'undated' };
    since = `${committee.foundedYear}-12-31`;
  }
  // A meeting known to the month or the year counts from the end of its period: the benefit of the doubt.
  const idleMonths = Math.max(0, monthsBetween(periodEnd(since), asOf));
  return {
    status: idleMonths >= IDLE_LIMIT_MONTHS ? 'inactive' : 'active',
    since,
    idleMonths,
  };
}
