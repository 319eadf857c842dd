/**
 * Dues Regulation Art. 5 and 6: every member owes USD 1,000 a fiscal year, payable by the end of
 * April, from the fiscal year after its admission; a member with two or more fiscal years unpaid
 * loses its vote and its right to elect and be elected, and has them again from the year it pays
 * again. Associate members never vote (Charter Art. 4-2). The assembly may postpone collection for
 * given years, or from a year until a later decision (it did from the first dues year, 2018, until
 * the 12th executive committee decides). Computed from the ledger's facts, never stored or synced.
 */

/** Dues for a fiscal year are due by the end of April of that year (month-day, inclusive). */
export const DUES_DEADLINE = '04-30';
/** Fiscal years unpaid at which a member loses its vote (Dues Regulation Art. 6). */
export const UNPAID_YEARS_LIMIT = 2;

/** The first day a fiscal year's dues are overdue (ISO day): the day after its deadline. */
export function firstDayOverdue(fiscalYear: number): string {
  const [month, day] = DUES_DEADLINE.split('-').map(Number);
  return new Date(Date.UTC(fiscalYear, month - 1, day + 1)).toISOString().slice(0, 10);
}

export type DuesFacts = {
  kind: 'member' | 'associate';
  /** Year of admission; founding members were admitted in 1996. */
  admittedYear: number;
  /** The first day it is no longer a member (ISO day), if it withdrew: no dues fall due from then. */
  leftOn?: string;
  /** Fiscal years settled on the date considered: waived, or paid with the money received by then. */
  settledYears: ReadonlySet<number>;
  /** Fiscal years whose collection the General Assembly postponed, for every member. */
  postponedYears: PostponedYears;
};

/** The fiscal years postponed: a set of years, or any rule that answers for a year (an open-ended span). */
export type PostponedYears = { has(year: number): boolean };

export type VotingRights =
  | { votes: false; reason: 'associate' }
  /** Fewer than two fiscal years unpaid in all. */
  | { votes: true; reason: 'inGoodStanding'; unpaidYears: number[] }
  /**
   * Two or more years unpaid, but fewer than two since `paidFor`, the latest year it settled: Art. 6
   * gives the rights back from the year a member pays again, while the older arrears stay owed.
   */
  | { votes: true; reason: 'paidAgain'; paidFor: number; unpaidYears: number[] }
  | { votes: false; reason: 'unpaid'; unpaidYears: number[] };

/**
 * The fiscal years a member owes by `asOf` (ISO date): after admission, deadline passed, not
 * postponed. An associate member owes none (Dues Regulation Art. 5 binds member governments only).
 */
export function owedYears(facts: Pick<DuesFacts, 'kind' | 'admittedYear' | 'leftOn' | 'postponedYears'>, asOf: string): number[] {
  if (facts.kind === 'associate') return [];
  const year = Number(asOf.slice(0, 4));
  const lastDue = asOf.slice(5) > DUES_DEADLINE ? year : year - 1;
  const years: number[] = [];
  for (let fiscal = facts.admittedYear + 1; fiscal <= lastDue; fiscal += 1) {
    if (owesFor(facts, fiscal) && !facts.postponedYears.has(fiscal)) years.push(fiscal);
  }
  return years;
}

/**
 * Whether a member owes the dues of a fiscal year at all (postponed or not): from the year after
 * its admission (Art. 5(2)), and, if it withdrew, only for years whose deadline fell while it was a member.
 */
export function owesFor(facts: Pick<DuesFacts, 'kind' | 'admittedYear' | 'leftOn'>, fiscalYear: number): boolean {
  if (facts.kind === 'associate' || fiscalYear <= facts.admittedYear) return false;
  return facts.leftOn === undefined || `${fiscalYear}-${DUES_DEADLINE}` < facts.leftOn;
}

/**
 * Whether a member has its vote on `asOf`, with every fiscal year it owes and has not settled. Only
 * the years unpaid since the latest year it settled count towards the limit: paying again restores
 * the rights from that year, as Art. 6 says, even if older arrears remain on the ledger.
 */
export function votingRights(facts: DuesFacts, asOf: string): VotingRights {
  if (facts.kind === 'associate') return { votes: false, reason: 'associate' };
  const unpaidYears = owedYears(facts, asOf).filter((year) => !facts.settledYears.has(year));
  const paidFor = Math.max(-Infinity, ...[...facts.settledYears].filter((year) => year <= Number(asOf.slice(0, 4))));
  const sincePaid = unpaidYears.filter((year) => year > paidFor);
  if (sincePaid.length >= UNPAID_YEARS_LIMIT) return { votes: false, reason: 'unpaid', unpaidYears };
  if (unpaidYears.length >= UNPAID_YEARS_LIMIT) return { votes: true, reason: 'paidAgain', paidFor, unpaidYears };
  return { votes: true, reason: 'inGoodStanding', unpaidYears };
}

/** Why a member holds a right or not: the article it rests on, or the one that takes it away. */
type LostBasis = 'associate' | 'unpaid' | 'paidAgain';
export type RightHeld<B extends string> = { holds: boolean; basis: B | LostBasis };
export type RightsApart = { vote: RightHeld<'charter9'>; election: RightHeld<'charter7'> };

/**
 * The vote (Charter Art. 9(1)) and the right to elect and be elected to the offices of Charter Art. 7
 * (chair, auditors), each with the article it rests on. The Charter and the Dues Regulation take both
 * away together: an associate member has neither (Art. 5-2); a member two or more fiscal years unpaid
 * loses both, and has both again from the year it pays again (Dues Regulation Art. 6, Charter Art. 7(3)).
 */
export function rightsApart(rights: VotingRights): RightsApart {
  if (rights.reason === 'inGoodStanding') return { vote: { holds: true, basis: 'charter9' }, election: { holds: true, basis: 'charter7' } };
  const held = { holds: rights.votes, basis: rights.reason };
  return { vote: held, election: held };
}
