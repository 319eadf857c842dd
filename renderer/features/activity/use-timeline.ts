import { useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import { filterTimeline, type TimelineEntry, type TimelineFilter } from '../../../shared/domain/timeline';
import type { ListSort } from '../../../shared/tables/list';
import type { NearDatabase } from '../../db/database';
import { useDatabase } from '../../db/database-context';
import { useFormat } from '../../i18n/use-format';
import { orderTimeline } from './timeline-order';
import { TimelineStore } from './timeline-store';

const stores = new WeakMap<NearDatabase, TimelineStore>();

/**
 * The one timeline store of this database, started on first use and kept for the app's life. The
 * dashboard counts visits from it too, so 100,000 visits are read from IndexedDB once, not twice.
 */
export function timelineStore(db: NearDatabase): TimelineStore {
  let store = stores.get(db);
  if (!store) {
    store = new TimelineStore(db);
    store.start();
    stores.set(db, store);
  }
  return store;
}

/**
 * Timeline entries matching `filter`, newest first unless `sort` says otherwise. The text query is
 * deferred, so typing in the search box never waits for the list; a click on a filter applies in
 * the same render. The order is made once per load and sort (see `orderTimeline`), then filtered.
 */
export function useTimeline(filter: TimelineFilter, sort: ListSort | null = null): { entries: TimelineEntry[]; complete: boolean } {
  const { db } = useDatabase();
  const { locale, collator } = useFormat();
  const store = timelineStore(db);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const ordered = useMemo(() => orderTimeline(snapshot.entries, sort, locale, collator), [snapshot.entries, sort, locale, collator]);
  const query = useDeferredValue(filter.query);
  const { from, to, country, memberId, committeeId, kinds, direction, staff } = filter;
  const entries = useMemo(
    () => filterTimeline(ordered, { from, to, country, memberId, committeeId, kinds, direction, staff, query }),
    [ordered, from, to, country, memberId, committeeId, kinds, direction, staff, query],
  );
  return { entries, complete: snapshot.complete };
}
