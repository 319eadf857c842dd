import { useSearchParams } from 'react-router';
import { isWholeIsoDate } from '../../i18n/date-input';

/** Today as an ISO date in the user's own time zone. */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/**
 * The date a page judges its data at: `standard` (today unless the page knows a better default for
 * the data it holds) unless the user picked another, kept in the URL.
 */
export function useAsOf(standard: string = todayIso()): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const requested = params.get('asOf') ?? '';
  const asOf = isWholeIsoDate(requested) ? requested : standard;
  const setAsOf = (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value && value !== standard) next.set('asOf', value);
        else next.delete('asOf');
        return next;
      },
      { replace: true },
    );
  return [asOf, setAsOf];
}
