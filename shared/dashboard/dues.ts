import type { DuesPostponementRecord, DuesRecord } from '../domain/dues';
import { FIRST_DUES_YEAR } from '../domain/dues';
import type { MemberRecord } from '../domain/member';
import { duesFacts, postponedYears, rightsOn, settledYearsByMember } from '../governance/assembly';
import { owedYears, type VotingRights } from '../governance/voting-rights';
import type { ChartData } from './chart-data';
import { bucketsFor, countryBucket, type CountryBucket, type DashboardFilter } from './filter';

type MemberFacts = Pick<MemberRecord, 'id' | 'kind' | 'admittedYear' | 'deleted'> & { country: string };
type LedgerEntry = Pick<DuesRecord, 'memberId' | 'fiscalYear' | 'status' | 'amount' | 'currency' | 'deleted'>;
type Postponement = Pick<DuesPostponementRecord, 'fiscalYears' | 'deleted'>;

export const DUES_SERIES = ['paid', 'waived', 'unpaid'] as const;
export type DuesSeries = (typeof DUES_SERIES)[number];

/** Where an unpaid member stands: still voting, without its vote (Dues Regulation Art. 6), or an associate (never votes). */
export const UNPAID_STANDINGS = ['keepsVote', 'losesVote', 'associate'] as const;
export type UnpaidStanding = (typeof UNPAID_STANDINGS)[number];

/** A member that owes dues for at least one fiscal year of the range. */
export type UnpaidMember = { memberId: string; country: string; years: number[]; standing: UnpaidStanding };

export type DuesCharts = {
  /** Members paid, waived and unpaid per fiscal year. */
  perYear: ChartData<number, DuesSeries>;
  /** Currencies received, and per fiscal year the sum received in each (mixed currencies are never added up). */
  currencies: string[];
  received: number[][];
  /** Unpaid members per country, by standing. */
  unpaidByCountry: ChartData<CountryBucket, UnpaidStanding>;
  unpaid: UnpaidMember[];
};

function standingOf(rights: VotingRights): UnpaidStanding {
  if (rights.reason === 'associate') return 'associate';
  return rights.votes ? 'keepsVote' : 'losesVote';
}

/** The fiscal years of the range that have dues at all (none before the regulation's first year). */
function fiscalYears(filter: DashboardFilter): number[] {
  const years: number[] = [];
  for (let year = Math.max(filter.fromYear, FIRST_DUES_YEAR); year <= filter.toYear; year += 1) years.push(year);
  return years;
}

/**
 * The members owing dues for a fiscal year of the range on `today`: owed (after admission, deadline
 * passed, not postponed) and neither paid nor waived. Voting rights come from the assembly's rule.
 */
export function unpaidMembers(
  members: readonly MemberFacts[],
  ledger: readonly LedgerEntry[],
  postponements: readonly Postponement[],
  filter: DashboardFilter,
  today: string,
): UnpaidMember[] {
  const rights = rightsOn(members, ledger, postponements, today);
  const settled = settledYearsByMember(ledger);
  const postponed = postponedYears(postponements);
  return members.flatMap((member) => {
    const memberRights = rights.get(member.id);
    if (!memberRights || (filter.country && member.country !== filter.country)) return [];
    const facts = duesFacts(member, settled.get(member.id), postponed);
    const years = owedYears(facts, today).filter((year) => !facts.settledYears.has(year) && year >= filter.fromYear && year <= filter.toYear);
    return years.length > 0 ? [{ memberId: member.id, country: member.country, years, standing: standingOf(memberRights) }] : [];
  });
}

/**
 * Dues per fiscal year of the range (members paid, waived, unpaid on `today`), the sums received
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
    if (entry.deleted || country === undefined || !(row >= 0 && row < years.length)) continue;
    if (filter.country && country !== filter.country) continue;
    perYear[row][DUES_SERIES.indexOf(entry.status)] += 1;
    if (entry.status === 'paid' && entry.currency && entry.amount) received[row][currencies.indexOf(entry.currency)] += entry.amount;
  }
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
