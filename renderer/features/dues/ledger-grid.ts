import { FIRST_DUES_YEAR, type DuesRecord } from '../../../shared/domain/dues';
import type { MemberRecord } from '../../../shared/domain/member';
import { duesFacts, postponedYears, rightsOn, settledYearsByMember } from '../../../shared/governance/assembly';
import { owedYears, type VotingRights } from '../../../shared/governance/voting-rights';
import type { Ledger } from './use-ledger';

/** What one cell of the ledger says about a member's fiscal year. */
export type YearCell =
  | { kind: 'entry'; entry: DuesRecord }
  /** Not owed: the member joined that year or later. */
  | { kind: 'notOwed' }
  | { kind: 'postponed' }
  | { kind: 'unpaid' }
  /** Owed, but its 30 April deadline has not passed on the date shown. */
  | { kind: 'notDue' };

/** The colour of each status wherever the ledger is shown. */
export const STATUS_COLOURS: Record<'paid' | 'waived' | 'postponed' | 'unpaid' | 'notDue' | 'notOwed', string> = {
  paid: 'teal',
  waived: 'cyan',
  postponed: 'blue',
  unpaid: 'red',
  notDue: 'gray',
  notOwed: 'gray',
};

export type LedgerRow = { member: MemberRecord; cells: YearCell[]; rights: VotingRights | undefined };

/** The fiscal years the ledger shows: from the first dues year to the later of the date and the last entry. */
export function ledgerYears(ledger: Ledger, asOf: string): number[] {
  const last = Math.max(Number(asOf.slice(0, 4)), ...ledger.dues.map((entry) => entry.fiscalYear));
  return Array.from({ length: Math.max(0, last - FIRST_DUES_YEAR + 1) }, (_, index) => FIRST_DUES_YEAR + index);
}

/** Every member's row: per fiscal year what is on record or owed, and the vote that follows on `asOf`. */
export function ledgerRows(ledger: Ledger, years: readonly number[], asOf: string): LedgerRow[] {
  const postponed = postponedYears(ledger.postponements);
  const settled = settledYearsByMember(ledger.dues);
  const entries = new Map(ledger.dues.map((entry) => [`${entry.memberId}:${entry.fiscalYear}`, entry]));
  const rights = rightsOn(ledger.members, ledger.dues, ledger.postponements, asOf);
  return ledger.members.map((member) => {
    const facts = duesFacts(member, settled.get(member.id), postponed);
    const owed = new Set(owedYears(facts, asOf));
    const cells = years.map((year): YearCell => {
      const entry = entries.get(`${member.id}:${year}`);
      if (entry) return { kind: 'entry', entry };
      if (member.kind === 'associate' || year <= facts.admittedYear) return { kind: 'notOwed' };
      if (postponed.has(year)) return { kind: 'postponed' };
      return owed.has(year) ? { kind: 'unpaid' } : { kind: 'notDue' };
    });
    return { member, cells, rights: rights.get(member.id) };
  });
}
