import { FIRST_DUES_YEAR, lastLedgerYear, type DuesPostponementRecord } from '../domain/dues';
import { postponedYears, rightsOn } from './assembly';
import { firstDayOverdue, UNPAID_YEARS_LIMIT } from './voting-rights';

type Ledger = {
  members: Parameters<typeof rightsOn>[0];
  dues: Parameters<typeof rightsOn>[1];
  postponements: ReadonlyArray<Parameters<typeof rightsOn>[2][number] & Pick<DuesPostponementRecord, 'id'>>;
};

/** What ending a postponement after a fiscal year changes, against the ledger as it stands. */
export type EndingEffect = {
  /** The first fiscal year collected again. */
  from: number;
  /** Fiscal years the ledger has that are postponed now and would be owed (each by its 30 April). */
  due: number[];
  /** Fiscal years owed now that would be postponed again (an end moved later). */
  postponedAgain: number[];
  /** The day the votes below are counted on. */
  day: string;
  /** Members that vote on `day` now and would not, with the years they have not settled left unpaid. */
  losingVote: number;
  /** Members without a vote on `day` now that would have it again. */
  regainingVote: number;
};

/**
 * What recording that postponement `id` covers fiscal years up to `untilFiscalYear` changes: which
 * years the ledger has become owed (or postponed again), and how many members lose or regain their
 * vote for it. The votes are counted on the date the ledger shows, or, if that is earlier, on the
 * first day the change can cost a vote at all (Dues Regulation Art. 6: two years unpaid, so the day
 * after the second changed year's deadline), since before then nothing would show.
 */
export function endingEffect(ledger: Ledger, id: string, untilFiscalYear: number, dates: { asOf: string; today: string }): EndingEffect {
  const ended = ledger.postponements.map((decision) => (decision.id === id ? { ...decision, untilFiscalYear } : decision));
  const [now, then] = [postponedYears(ledger.postponements), postponedYears(ended)];
  const years = Array.from({ length: Math.max(0, lastLedgerYear(dates.today, ledger.dues) - FIRST_DUES_YEAR + 1) }, (_, index) => FIRST_DUES_YEAR + index);
  const due = years.filter((year) => now.has(year) && !then.has(year));
  const postponedAgain = years.filter((year) => !now.has(year) && then.has(year));
  const firstChanged = Math.min(untilFiscalYear + 1, ...due, ...postponedAgain);
  const firstDay = firstDayOverdue(firstChanged + UNPAID_YEARS_LIMIT - 1);
  const day = dates.asOf > firstDay ? dates.asOf : firstDay;
  const before = rightsOn(ledger.members, ledger.dues, ledger.postponements, day);
  const after = rightsOn(ledger.members, ledger.dues, ended, day);
  let losingVote = 0;
  let regainingVote = 0;
  for (const [memberId, rights] of before) {
    const votes = after.get(memberId)?.votes;
    if (rights.votes && votes === false) losingVote += 1;
    if (!rights.votes && votes === true) regainingVote += 1;
  }
  return { from: untilFiscalYear + 1, due, postponedAgain, day, losingVote, regainingVote };
}
