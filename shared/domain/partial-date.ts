/**
 * Dates as precise as their source (ISO 8601's reduced precision): a day "2018-10-28", a month
 * "2018-10" or a year "2018". A record whose source gives only the month stores the month, so no
 * screen or report can print a day nobody wrote down. Strings of the three shapes sort by the start
 * of their period, a month before the days in it and a year before its months.
 */

/** How precisely a date is known: a day (2026-12-06), a month (2026-12) or a year (2026). */
export type DatePrecision = 'day' | 'month' | 'year';

/** From the coarsest to the finest. */
export const DATE_PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day'];

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The precision of a partial ISO date, or undefined when the text is not one that exists. */
export function precisionOf(value: string): DatePrecision | undefined {
  const match = SHAPE.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const y = Number(year);
  if (y < 1000) return undefined;
  if (month === undefined) return 'year';
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  if (day === undefined) return 'month';
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(y, m) ? 'day' : undefined;
}

/** Whether a value is a date of at least the `coarsest` precision ('year' allows all three shapes). */
export function isPartialIsoDate(value: string, coarsest: DatePrecision = 'year'): boolean {
  const precision = precisionOf(value);
  return precision !== undefined && DATE_PRECISIONS.indexOf(precision) >= DATE_PRECISIONS.indexOf(coarsest);
}

/** The first day of the period: "2018-10" → "2018-10-01", "2018" → "2018-01-01". */
export function periodStart(value: string): string {
  const precision = precisionOf(value);
  if (precision === 'year') return `${value}-01-01`;
  if (precision === 'month') return `${value}-01`;
  return value;
}

/** The last day of the period: "2018-10" → "2018-10-31", "2018" → "2018-12-31". */
export function periodEnd(value: string): string {
  const precision = precisionOf(value);
  if (precision === 'year') return `${value}-12-31`;
  if (precision === 'month') {
    const [year, month] = value.split('-').map(Number);
    return `${value}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
  }
  return value;
}

/**
 * Whether the span from `start` to `end` (partial dates; `end` absent for a single period) overlaps
 * the days `from`..`to` (whole ISO days, either absent for an open side).
 */
export function overlaps(start: string, end: string | undefined, from?: string, to?: string): boolean {
  if (to !== undefined && periodStart(start) > to) return false;
  if (from !== undefined && periodEnd(end ?? start) < from) return false;
  return true;
}

/**
 * The later of two partial dates by the end of their periods ("2018-10" is later than "2018-10-05":
 * the month may have reached its last day), for "the latest meeting" questions; `a` when they tie.
 */
export function laterDate(a: string | undefined, b: string): string {
  return a === undefined || periodEnd(b) > periodEnd(a) ? b : a;
}

/** Whether the span from `start` to `end` (partial dates) overlaps the calendar year `year`. */
export function overlapsYear(start: string, end: string | undefined, year: number): boolean {
  return overlaps(start, end, `${year}-01-01`, `${year}-12-31`);
}

/** Every calendar year the span from `start` to `end` (partial dates) touches, oldest first. */
export function yearsOfSpan(start: string, end?: string): number[] {
  const years: number[] = [];
  for (let year = yearOfDate(start); year <= yearOfDate(end ?? start); year += 1) years.push(year);
  return years;
}

/** The year of a partial ISO date. */
export function yearOfDate(value: string): number {
  return Number(value.slice(0, 4));
}

/**
 * The lowest partial date a range query on a date index must start at to find every period that
 * reaches `from`: a month or a year stored as "2018-10" or "2018" sorts before the day "2018-10-15".
 */
export function indexLowerBound(from: string): string {
  return from.slice(0, 4);
}
