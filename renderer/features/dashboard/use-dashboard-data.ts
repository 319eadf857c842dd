import { useMemo, useSyncExternalStore } from 'react';
import type { DashboardInput } from '../../../shared/dashboard/dashboard';
import type { AnyNames } from '../../../shared/domain/names';
import { useDatabase } from '../../db/database-context';
import { dashboardSources } from './dashboard-sources';

export type DashboardData = {
  input: DashboardInput;
  /** Titles of the visits that follow-ups come from, for the overdue list. */
  visitTitles: ReadonlyMap<string, AnyNames>;
  /** Whether every visit has been counted (the activity charts wait for it). */
  visitsComplete: boolean;
};

/** Everything the dashboard counts, from IndexedDB; undefined until the small tables have been read. */
export function useDashboardData(): DashboardData | undefined {
  const { db } = useDatabase();
  const { tally, registry: tables } = dashboardSources(db);
  const visits = useSyncExternalStore(tally.subscribe, tally.getSnapshot);
  const registry = useSyncExternalStore(tables.subscribe, tables.getSnapshot);
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
