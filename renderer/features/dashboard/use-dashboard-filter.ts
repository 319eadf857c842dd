import { useSearchParams } from 'react-router';
import { isMemberCountry } from '../../../shared/domain/countries';
import type { DashboardFilter } from '../../../shared/dashboard/filter';

/** A year from the URL, or undefined when absent or not a year. */
function yearParam(value: string | null): number | undefined {
  const year = Number(value);
  return value && Number.isInteger(year) && year > 1900 && year < 2200 ? year : undefined;
}

/**
 * The dashboard's filters, kept in the URL (like the member list's) so that going to a visit and
 * back keeps them. Years not chosen fall back to `defaults`.
 */
export function useDashboardFilter(
  defaults: Pick<DashboardFilter, 'fromYear' | 'toYear'>,
): [DashboardFilter, (change: Partial<Record<'from' | 'to' | 'country', string | null>>) => void] {
  const [params, setParams] = useSearchParams();
  const country = params.get('country');
  const from = yearParam(params.get('from')) ?? defaults.fromYear;
  const to = yearParam(params.get('to')) ?? defaults.toYear;
  const filter: DashboardFilter = {
    fromYear: Math.min(from, to),
    toYear: Math.max(from, to),
    ...(country && isMemberCountry(country) ? { country } : {}),
  };
  const update = (change: Partial<Record<'from' | 'to' | 'country', string | null>>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(change)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return [filter, update];
}
