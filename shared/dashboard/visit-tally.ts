import { VISIT_DIRECTIONS, type VisitDirection } from '../domain/activity';
import type { VisitRow } from './activity';

/**
 * The visit tally: how many live visits there are per month (or per year, for visits dated by year
 * only), direction and set of member governments, which is all the activity charts count. Kept in
 * IndexedDB, so the dashboard reads a few hundred lines instead of every visit. Member governments
 * are kept as ids, not countries, so the tally stays right when a member's country is corrected.
 */

/** One line per month ("YYYY-MM") or year ("YYYY"): counts by `tallyKey`. */
export type TallySlot = { slot: string; counts: Record<string, number> };

/** What the tally reads of a visit. */
export type TalliedVisit = { id: string; date: string; direction: VisitDirection; memberIds: readonly string[]; deleted: number };

/** Where a visit is counted: its slot and its key within the slot. */
export type TallyPlace = { slot: string; key: string };

/** The slot of a date as precise as its record: "2018-10-28" and "2018-10" count in "2018-10", "2018" in "2018". */
export function slotOf(date: string): string {
  return date.length === 4 ? date : date.slice(0, 7);
}

/** The place a visit counts in: its slot, and its direction with its member governments in a fixed order. */
export function tallyPlace(visit: Pick<TalliedVisit, 'date' | 'direction' | 'memberIds'>): TallyPlace {
  return { slot: slotOf(visit.date), key: [visit.direction, ...[...new Set(visit.memberIds)].sort()].join(' ') };
}

/**
 * Applies changed visits to the tally in place: each visit is taken out of where it was counted
 * (`previous`, in the same order; undefined for a visit not counted yet) and counted where it
 * belongs now, unless it is deleted. Returns where each visit is counted now (undefined: nowhere)
 * and the slots that changed.
 */
export function applyVisits(
  tally: Map<string, TallySlot>,
  visits: readonly TalliedVisit[],
  previous: ReadonlyArray<TallyPlace | undefined>,
): { places: Array<TallyPlace | undefined>; changed: Set<string> } {
  const changed = new Set<string>();
  const move = (place: TallyPlace, by: number) => {
    const line = tally.get(place.slot) ?? { slot: place.slot, counts: {} };
    const count = (line.counts[place.key] ?? 0) + by;
    if (count > 0) line.counts[place.key] = count;
    else delete line.counts[place.key];
    tally.set(place.slot, line);
    changed.add(place.slot);
  };
  const places = visits.map((visit, index) => {
    const before = previous[index];
    if (before) move(before, -1);
    if (visit.deleted || !VISIT_DIRECTIONS.includes(visit.direction)) return undefined;
    const now = tallyPlace(visit);
    move(now, 1);
    return now;
  });
  return { places, changed };
}

/** The tally as rows for the activity charts: one per slot and key, with its count. */
export function tallyRows(slots: readonly TallySlot[]): VisitRow[] {
  const rows: VisitRow[] = [];
  for (const { slot, counts } of slots) {
    for (const [key, count] of Object.entries(counts)) {
      const [direction, ...memberIds] = key.split(' ');
      rows.push({ date: slot, direction: direction as VisitDirection, memberIds, count });
    }
  }
  return rows;
}
