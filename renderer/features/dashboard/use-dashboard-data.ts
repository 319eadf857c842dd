import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { VisitRow } from '../../../shared/dashboard/activity';
import type { DashboardInput } from '../../../shared/dashboard/dashboard';
import { tallyRows } from '../../../shared/dashboard/visit-tally';
import type { AnyNames } from '../../../shared/domain/names';
import type { NearDatabase } from '../../db/database';
import { useDatabase } from '../../db/database-context';
import { refreshVisitTally } from '../../db/visit-tally';

type Tally = { rows: VisitRow[]; complete: boolean };
const NOT_COUNTED: Tally = { rows: [], complete: false };

/**
 * The visits as the activity charts count them: the visit tally, brought up to date whenever a
 * visit is written here or by an import (its `localSeq` moves) or the tally is dropped (a restore).
 */
function useVisitTally(db: NearDatabase): Tally {
  const [tally, setTally] = useState<Tally>(NOT_COUNTED);
  const changed = useLiveQuery(async () => {
    const [latest, mark] = await Promise.all([db.visits.orderBy('localSeq').lastKey(), db.meta.get('visitTally')]);
    return `${String(latest)} ${mark?.key === 'visitTally' ? mark.seq : 'none'}`;
  }, [db]);
  useEffect(() => {
    if (changed === undefined) return;
    let current = true;
    void refreshVisitTally(db).then((slots) => {
      if (current) setTally({ rows: tallyRows(slots), complete: true });
    });
    return () => {
      current = false;
    };
  }, [db, changed]);
  return tally;
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
  /** Whether every visit has been counted (the activity charts wait for it). */
  visitsComplete: boolean;
};

/** Everything the dashboard counts, from IndexedDB; undefined until the small tables have been read. */
export function useDashboardData(): DashboardData | undefined {
  const { db } = useDatabase();
  const visits = useVisitTally(db);
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
