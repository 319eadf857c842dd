import { localizedName } from '../../../shared/domain/names';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import type { Locale } from '../../../shared/i18n/locales';
import { formatSort, sortRows, type ListSort } from '../../../shared/tables/list';

/** The timeline's sortable columns; the store keeps it newest first. */
export const TIMELINE_SORT_KEYS = ['date', 'title'] as const;

/** The store's own order, which costs nothing to show. */
export const NEWEST_FIRST: ListSort = { key: 'date', direction: 'descending' };

/** Orders already computed, per snapshot of the store and per sort and language. */
const orders = new WeakMap<readonly TimelineEntry[], Map<string, readonly TimelineEntry[]>>();

/**
 * The timeline's entries in the order asked for. Newest first is the store's own order; oldest
 * first is its reverse; by title sorts once per snapshot and language (100,000 collated titles take
 * a moment), so filters and typing then only filter an order already made, never sort again.
 */
export function orderTimeline(entries: readonly TimelineEntry[], sort: ListSort | null, locale: Locale, collator: Intl.Collator): readonly TimelineEntry[] {
  if (!sort || (sort.key === NEWEST_FIRST.key && sort.direction === NEWEST_FIRST.direction)) return entries;
  const cacheKey = `${formatSort(sort)}:${locale}`;
  let cached = orders.get(entries);
  if (!cached) orders.set(entries, (cached = new Map()));
  const known = cached.get(cacheKey);
  if (known) return known;
  const ordered =
    sort.key === 'title'
      ? sortRows(entries, { key: 'title', label: '', value: (entry) => localizedName(entry.title, locale) }, sort.direction, collator)
      : [...entries].reverse();
  cached.set(cacheKey, ordered);
  return ordered;
}
