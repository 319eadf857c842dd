import { useSearchParams } from 'react-router';
import { defaultYearRange } from './ledger-grid';

export type YearRange = [from: number, to: number];

/**
 * The fiscal years the ledger shows: those the user chose (kept in the URL, like the date) while
 * they are years the ledger has, otherwise the last few up to the date shown.
 */
export function useYearRange(years: readonly number[], asOf: string): [YearRange | undefined, (range: YearRange) => void] {
  const [params, setParams] = useSearchParams();
  const from = Number(params.get('from'));
  const to = Number(params.get('to'));
  const chosen = years.includes(from) && years.includes(to) && from <= to ? ([from, to] as YearRange) : undefined;
  const setRange = ([nextFrom, nextTo]: YearRange) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('from', String(Math.min(nextFrom, nextTo)));
        next.set('to', String(Math.max(nextFrom, nextTo)));
        return next;
      },
      { replace: true },
    );
  return [chosen ?? defaultYearRange(years, asOf), setRange];
}
