import type { DuesPostponementRecord, DuesRecord } from '../domain/dues';
import { FIRST_DUES_YEAR } from '../domain/dues';
import type { MemberRecord } from '../domain/member';
import { duesFacts, postponedYears, rightsOn, settledOn, settledYearsByMember } from '../governance/assembly';
import { owesFor, type VotingRights } from '../governance/voting-rights';
import type { ChartData } from './chart-data';
import { bucketsFor, countryBucket, type CountryBucket, type DashboardFilter } from './filter';

type MemberFacts = Pick<MemberRecord, 'id' | 'kind' | 'admittedYear' | 'admittedOn' | 'withdrawnOn' | 'admissionMeetingId' | 'deleted'> & { country: string };
type LedgerEntry = Pick<DuesRecord, 'memberId' | 'fiscalYear' | 'status' | 'amount' | 'currency' | 'receivedOn' | 'deleted'>;
type Postponement = Pick<DuesPostponementRecord, 'fiscalYears' | 'fromFiscalYear' | 'untilFiscalYear' | 'deleted'>;

export const DUES_SERIES = ['paid', 'waived', 'postponed', 'unpaid'] as const;
export type DuesSeries = (typeof DUES_SERIES)[number];

/**
 * Where an unpaid member stands (Dues Regulation Art. 6): still voting with one year unpaid, voting
 * again since it paid again though older arrears remain, or without its vote. Associates owe nothing.
 */
export const UNPAID_STANDINGS = ['keepsVote', 'paidAgain', 'losesVote'] as const;
export type UnpaidStanding = (typeof UNPAID_STANDINGS)[number];

/**
 * A member that owes dues for at least one fiscal year of the range: those years, and every year
 * it owes to date, which its standing rests on.
 */
export type UnpaidMember = { memberId: string; country: string; years: number[]; unpaidYears: number[]; standing: UnpaidStanding };

export type DuesCharts = {
  /** Members paid, waived, postponed (by the assembly) and unpaid per fiscal year. */
  perYear: ChartData<number, DuesSeries>;
  /** Currencies received, and per fiscal year the sum received in each (mixed currencies are never added up). */
  currencies: string[];
  received: number[][];
  /** Unpaid members per country, by standing. */
  unpaidByCountry: ChartData<CountryBucket, UnpaidStanding>;
  unpaid: UnpaidMember[];
};

const STANDING_OF: Record<Exclude<VotingRights['reason'], 'associate'>, UnpaidStanding> = {
  inGoodStanding: 'keepsVote',
  paidAgain: 'paidAgain',
  unpaid: 'losesVote',
};

/** The fiscal years of the range that have dues at all (none before the regulation's first year). */
function fiscalYears(filter: DashboardFilter): number[] {
  const years: number[] = [];
  for (let year = Math.max(filter.fromYear, FIRST_DUES_YEAR); year <= filter.toYear; year += 1) years.push(year);
  return years;
}

/**
 * The members owing dues for a fiscal year of the range on `today`: owed (after admission, deadline
 * passed, not postponed) and neither waived nor paid by then. Voting rights come from the assembly's rule.
 */
export function unpaidMembers(
  members: readonly MemberFacts[],
  ledger: readonly LedgerEntry[],
  postponements: readonly Postponement[],
  filter: DashboardFilter,
  today: string,
): UnpaidMember[] {
  const rights = rightsOn(members, ledger, postponements, today);
  return members.flatMap((member) => {
    const memberRights = rights.get(member.id);
    if (!memberRights || memberRights.reason === 'associate' || (filter.country && member.country !== filter.country)) return [];
    const { unpaidYears } = memberRights;
    const years = unpaidYears.filter((year) => year >= filter.fromYear && year <= filter.toYear);
    return years.length > 0 ? [{ memberId: member.id, country: member.country, years, unpaidYears, standing: STANDING_OF[memberRights.reason] }] : [];
  });
}

/** Per fiscal year of `years`, the members whose dues for it the assembly postponed and nobody settled. */
function postponedCounts(members: readonly MemberFacts[], ledger: readonly LedgerEntry[], postponements: readonly Postponement[], years: readonly number[], filter: DashboardFilter, today: string): number[] {
  const postponed = postponedYears(postponements);
  const settled = settledYearsByMember(ledger, today);
  const counts = years.map(() => 0);
  for (const member of members) {
    if (member.deleted || member.kind === 'associate' || (filter.country && member.country !== filter.country)) continue;
    const facts = duesFacts(member, settled.get(member.id), postponed);
    years.forEach((year, row) => {
      if (postponed.has(year) && owesFor(facts, year) && !facts.settledYears.has(year)) counts[row] += 1;
    });
  }
  return counts;
}

/**
 * Dues per fiscal year of the range (members paid, waived, postponed, unpaid on `today`), the sums received
 * per currency, and the unpaid members. Counts are of members, as the amounts come in several currencies.
 */
export function duesCharts(
  members: readonly MemberFacts[],
  ledger: readonly LedgerEntry[],
  postponements: readonly Postponement[],
  filter: DashboardFilter,
  today: string,
): DuesCharts {
  const years = fiscalYears(filter);
  const countryOf = new Map(members.filter((member) => !member.deleted).map((member) => [member.id, member.country]));
  const perYear = years.map(() => DUES_SERIES.map(() => 0));
  const currencies = [...new Set(ledger.flatMap((entry) => (entry.currency && !entry.deleted ? [entry.currency] : [])))].sort();
  const received = years.map(() => currencies.map(() => 0));
  for (const entry of ledger) {
    const country = countryOf.get(entry.memberId);
    const row = entry.fiscalYear - years[0];
    if (entry.deleted || !settledOn(entry, today) || country === undefined || !(row >= 0 && row < years.length)) continue;
    if (filter.country && country !== filter.country) continue;
    perYear[row][DUES_SERIES.indexOf(entry.status)] += 1;
    if (entry.status === 'paid' && entry.currency && entry.amount) received[row][currencies.indexOf(entry.currency)] += entry.amount;
  }
  const postponed = postponedCounts(members, ledger, postponements, years, filter, today);
  postponed.forEach((count, row) => (perYear[row][DUES_SERIES.indexOf('postponed')] = count));
  const unpaid = unpaidMembers(members, ledger, postponements, filter, today);
  for (const member of unpaid) for (const year of member.years) perYear[year - years[0]][DUES_SERIES.indexOf('unpaid')] += 1;
  const buckets = bucketsFor(filter);
  const byCountry = buckets.map(() => UNPAID_STANDINGS.map(() => 0));
  for (const member of unpaid) byCountry[buckets.indexOf(countryBucket(member.country))][UNPAID_STANDINGS.indexOf(member.standing)] += 1;
  return {
    perYear: { categories: years, series: [...DUES_SERIES], values: perYear },
    currencies,
    received,
    unpaidByCountry: { categories: buckets, series: [...UNPAID_STANDINGS], values: byCountry },
    unpaid,
  };
}
