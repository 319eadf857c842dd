import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { DashboardInput } from '../../../shared/dashboard/dashboard';
import type { AnyNames } from '../../../shared/domain/names';
import type { NearDatabase } from '../../db/database';
import { useDatabase } from '../../db/database-context';
import { VisitRowsStore } from './visit-rows-store';

const stores = new WeakMap<NearDatabase, VisitRowsStore>();

/** The one visit-rows store of this database, kept for the app's life so the dashboard reopens at once. */
function storeFor(db: NearDatabase): VisitRowsStore {
  let store = stores.get(db);
  if (!store) {
    store = new VisitRowsStore(db);
    stores.set(db, store);
  }
  return store;
}

/** The small tables the dashboard reads whole, live: members, committees, meetings, follow-ups, the dues ledger. */
function useRegistry(db: NearDatabase) {
  return useLiveQuery(async () => {
    const [members, committees, meetings, followUps, dues, duesPostponements] = await Promise.all([
      db.members.where('deleted').equals(0).toArray(),
      db.committees.where('deleted').equals(0).toArray(),
      db.meetings.where('deleted').equals(0).toArray(),
      db.followUps.where('deleted').equals(0).toArray(),
      db.dues.where('deleted').equals(0).toArray(),
      db.duesPostponements.where('deleted').equals(0).toArray(),
    ]);
    // Only the visits that follow-ups point to, for their title and countries.
    const visits = await db.visits.bulkGet([...new Set(followUps.map((followUp) => followUp.visitId))]);
    const followUpVisits = new Map(visits.flatMap((visit) => (visit && !visit.deleted ? [[visit.id, visit] as const] : [])));
    return { members, committees, meetings, followUps, dues, duesPostponements, followUpVisits };
  }, [db]);
}

export type DashboardData = {
  input: DashboardInput;
  /** Titles of the visits that follow-ups come from, for the overdue list. */
  visitTitles: ReadonlyMap<string, AnyNames>;
  /** Whether every visit has been read (the activity charts wait for it). */
  visitsComplete: boolean;
};

/** Everything the dashboard counts, from IndexedDB; undefined until the small tables have been read. */
export function useDashboardData(): DashboardData | undefined {
  const { db } = useDatabase();
  const store = storeFor(db);
  useEffect(() => store.start(), [store]);
  const visits = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const registry = useRegistry(db);
  return useMemo(() => {
    if (!registry) return undefined;
    const { followUpVisits, ...records } = registry;
    return {
      input: {
        ...records,
        visits: visits.rows,
        followUpVisits: new Map([...followUpVisits].map(([id, visit]) => [id, visit.memberIds])),
      },
      visitTitles: new Map([...followUpVisits].map(([id, visit]) => [id, visit.title])),
      visitsComplete: visits.complete,
    };
  }, [registry, visits]);
}
