import { DATE_PRECISIONS, precisionOf, type DatePrecision } from '../../../shared/domain/partial-date';

/** How precisely a span is known: the coarser of its two dates ('day' when neither is a whole date yet). */
export function spanPrecision(start: string, end?: string): DatePrecision {
  const known = [start, end ?? ''].map((value) => precisionOf(value)).filter((value): value is DatePrecision => value !== undefined);
  return DATE_PRECISIONS.find((precision) => known.includes(precision)) ?? 'day';
}

/** A whole date cut to a coarser precision ("2018-10-28" → "2018-10"); anything else unchanged. */
export function cutTo(value: string, precision: DatePrecision): string {
  const current = precisionOf(value);
  if (!current || DATE_PRECISIONS.indexOf(current) <= DATE_PRECISIONS.indexOf(precision)) return value;
  return value.slice(0, precision === 'year' ? 4 : 7);
}
