import { FIRST_DUES_YEAR, lastLedgerYear, type DuesRecord } from '../../../shared/domain/dues';
import { yearOfDate } from '../../../shared/domain/partial-date';
import type { MemberRecord } from '../../../shared/domain/member';
import { duesFacts, postponedYears, rightsOn, settledOn, settledYearsByMember } from '../../../shared/governance/assembly';
import { owedYears, owesFor, type VotingRights } from '../../../shared/governance/voting-rights';
import type { Ledger } from './use-ledger';

/**
 * What one cell of the ledger says about a member's fiscal year on the date shown. A payment
 * received after that date is not counted yet: the cell reads as if it were not there, and
 * keeps it as `paidLater` so that it can be shown and edited.
 */
export type YearCell =
  | { kind: 'entry'; entry: DuesRecord }
  /** Not owed: an associate member, a member that joined that year or later, or one that had left by its deadline. */
  | { kind: 'notOwed' }
  | { kind: 'postponed'; paidLater?: DuesRecord }
  | { kind: 'unpaid'; paidLater?: DuesRecord }
  /** Owed, but its 30 April deadline has not passed on the date shown. */
  | { kind: 'notDue'; paidLater?: DuesRecord };

export type CellStatus = 'paid' | 'waived' | 'postponed' | 'unpaid' | 'notDue' | 'notOwed';

/** The status a cell shows. */
export function cellStatus(cell: YearCell): CellStatus {
  return cell.kind === 'entry' ? cell.entry.status : cell.kind;
}

/** The colour of each status wherever the ledger is shown. */
export const STATUS_COLOURS: Record<CellStatus, string> = {
  paid: 'teal',
  waived: 'cyan',
  postponed: 'blue',
  unpaid: 'red',
  notDue: 'gray',
  notOwed: 'gray',
};

export type LedgerRow = { member: MemberRecord; cells: YearCell[]; rights: VotingRights | undefined };

/** The fiscal years the ledger can show: from the first dues year to the later of the date and the last entry. */
export function ledgerYears(ledger: Ledger, asOf: string): number[] {
  const last = lastLedgerYear(asOf, ledger.dues);
  return Array.from({ length: Math.max(0, last - FIRST_DUES_YEAR + 1) }, (_, index) => FIRST_DUES_YEAR + index);
}

/** Every member's row: per fiscal year what is on record or owed, and the vote that follows on `asOf`. */
export function ledgerRows(ledger: Ledger, years: readonly number[], asOf: string): LedgerRow[] {
  const postponed = postponedYears(ledger.postponements);
  const settled = settledYearsByMember(ledger.dues, asOf);
  const entries = new Map(ledger.dues.map((entry) => [`${entry.memberId}:${entry.fiscalYear}`, entry]));
  const rights = rightsOn(ledger.members, ledger.dues, ledger.postponements, asOf);
  return ledger.members.map((member) => {
    const facts = duesFacts(member, settled.get(member.id), postponed);
    const owed = new Set(owedYears(facts, asOf));
    const cells = years.map((year): YearCell => {
      const entry = entries.get(`${member.id}:${year}`);
      if (entry && settledOn(entry, asOf)) return { kind: 'entry', entry };
      if (!owesFor(facts, year)) return { kind: 'notOwed' };
      const kind = postponed.has(year) ? 'postponed' : owed.has(year) ? 'unpaid' : 'notDue';
      return { kind, paidLater: entry };
    });
    return { member, cells, rights: rights.get(member.id) };
  });
}

/** How many fiscal years the ledger shows at first: enough to judge a vote, few enough for a laptop. */
export const YEARS_SHOWN = 8;

/** The years shown unless the user chose others: the last `YEARS_SHOWN` up to the date's year. */
export function defaultYearRange(years: readonly number[], asOf: string): [number, number] | undefined {
  if (years.length === 0) return undefined;
  const to = Math.min(Math.max(Number(asOf.slice(0, 4)), years[0]), years[years.length - 1]);
  return [Math.max(years[0], to - YEARS_SHOWN + 1), to];
}

/** The date the ledger opens at; `lastYear` is set when that is not today, because nothing is recorded after that year. */
export type LedgerOpening = { asOf: string; lastYear?: number };

/** Every year the ledger's facts speak of: fiscal years, payments received, decisions and their confirmations. */
function recordedYears(ledger: Pick<Ledger, 'dues' | 'postponements'>): number[] {
  const entries = ledger.dues.flatMap((entry) => [entry.fiscalYear, ...(entry.receivedOn ? [yearOfDate(entry.receivedOn)] : [])]);
  const decisions = ledger.postponements.flatMap((decision) => [
    yearOfDate(decision.decidedOn),
    ...[decision.confirmedOn, decision.endedOn].filter((date): date is string => date !== undefined).map(yearOfDate),
    ...(decision.fiscalYears ?? []),
    ...[decision.fromFiscalYear, decision.untilFiscalYear].filter((year): year is number => year !== undefined),
  ]);
  return [...entries, ...decisions];
}

/**
 * Where the ledger opens: today while it holds entries or decisions of this year or the last
 * (it is being kept), otherwise the end of the last year it holds any for. Judged today, a ledger
 * last kept years ago shows every member owing every year since, which says nothing about them.
 */
export function ledgerOpening(ledger: Pick<Ledger, 'dues' | 'postponements'>, today: string): LedgerOpening {
  const years = recordedYears(ledger);
  if (years.length === 0) return { asOf: today };
  const lastYear = Math.max(...years);
  return lastYear >= yearOfDate(today) - 1 ? { asOf: today } : { asOf: `${lastYear}-12-31`, lastYear };
}
