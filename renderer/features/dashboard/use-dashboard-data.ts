import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useSyncExternalStore } from 'react';
import type { VisitRow } from '../../../shared/dashboard/activity';
import type { DashboardInput } from '../../../shared/dashboard/dashboard';
import type { AnyNames } from '../../../shared/domain/names';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import type { NearDatabase } from '../../db/database';
import { useDatabase } from '../../db/database-context';
import { timelineStore } from '../activity/use-timeline';

/** The visits among the timeline's rows, as the few fields the activity charts count. */
function visitRows(entries: readonly TimelineEntry[]): VisitRow[] {
  const rows: VisitRow[] = [];
  for (const entry of entries) {
    if (entry.type === 'visit' && entry.direction) rows.push({ id: entry.id, date: entry.date, direction: entry.direction, memberIds: entry.memberIds });
  }
  return rows;
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
  // The timeline already holds every visit in memory (and follows edits and imports): count from it.
  const store = timelineStore(db);
  const timeline = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const visits = useMemo(() => ({ rows: visitRows(timeline.entries), complete: timeline.complete }), [timeline]);
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
