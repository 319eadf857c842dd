/**
 * The order of dated records when dates are as precise as their source (a day, a month or a year;
 * see partial-date.ts). Periods that do not overlap go by time. A month cannot be placed among the
 * days of that month, nor a year among its months, so there the record's own order decides: the
 * order in which the records were entered (createdAt, then id). A month-dated entry stands before
 * the first day of its month entered after it, exactly where a report that lists "October" between
 * "5 October" and "20 October" put it, and the sample, entered in the report's order, reads as the
 * report does.
 */

/** What places a record in time: its date (its start, for a span), when it was entered and its id. */
export type Placed = { date: string; createdAt?: string; id: string };

type Keyed<T> = { item: T; date: string; entered: string; id: string };

const YEAR = 4;
const MONTH = 7;

function enteredBefore<T>(a: Keyed<T>, b: Keyed<T>): boolean {
  return a.entered < b.entered || (a.entered === b.entered && a.id < b.id);
}

/** The records of `coarse` (in entry order) placed among `finer` (in time order) by when each was entered. */
function mergeByEntry<T>(coarse: Array<Keyed<T>>, finer: Array<Keyed<T>>, out: Array<Keyed<T>>): void {
  let i = 0;
  let j = 0;
  while (i < coarse.length && j < finer.length) out.push(enteredBefore(coarse[i], finer[j]) ? coarse[i++] : finer[j++]);
  while (i < coarse.length) out.push(coarse[i++]);
  while (j < finer.length) out.push(finer[j++]);
}

/** The end of the run of `sorted` from `start` whose dates begin with the same `length` characters. */
function runEnd<T>(sorted: Array<Keyed<T>>, start: number, end: number, length: number): number {
  const prefix = sorted[start].date.slice(0, length);
  let index = start;
  while (index < end && sorted[index].date.slice(0, length) === prefix) index += 1;
  return index;
}

/** The end of the run from `start` of dates exactly `length` characters long (a year's or a month's own entries). */
function coarseEnd<T>(sorted: Array<Keyed<T>>, start: number, end: number, length: number): number {
  let index = start;
  while (index < end && sorted[index].date.length === length) index += 1;
  return index;
}

/**
 * Oldest first, as described above. One sort (ISO reduced-precision strings sort a year before its
 * months and a month before its days), then one pass that places each year's and each month's
 * own entries among the finer ones: fast enough for the timeline's 100,000 entries.
 */
export function chronological<T>(items: readonly T[], place: (item: T) => Placed): T[] {
  const sorted: Array<Keyed<T>> = items.map((item) => {
    const { date, createdAt, id } = place(item);
    return { item, date, entered: createdAt ?? '', id };
  });
  sorted.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : enteredBefore(a, b) ? -1 : enteredBefore(b, a) ? 1 : 0));
  const out: Array<Keyed<T>> = [];
  for (let yearStart = 0; yearStart < sorted.length; ) {
    const yearEnd = runEnd(sorted, yearStart, sorted.length, YEAR);
    const monthsStart = coarseEnd(sorted, yearStart, yearEnd, YEAR);
    const months: Array<Keyed<T>> = [];
    for (let monthStart = monthsStart; monthStart < yearEnd; ) {
      const monthEnd = runEnd(sorted, monthStart, yearEnd, MONTH);
      const daysStart = coarseEnd(sorted, monthStart, monthEnd, MONTH);
      mergeByEntry(sorted.slice(monthStart, daysStart), sorted.slice(daysStart, monthEnd), months);
      monthStart = monthEnd;
    }
    mergeByEntry(sorted.slice(yearStart, monthsStart), months, out);
    yearStart = yearEnd;
  }
  return out.map((keyed) => keyed.item);
}

/** Newest first: the exact reverse of `chronological`, so "oldest first" is always the report's order. */
export function newestFirst<T>(items: readonly T[], place: (item: T) => Placed): T[] {
  return chronological(items, place).reverse();
}
