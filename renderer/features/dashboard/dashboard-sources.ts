import { liveQuery } from 'dexie';
import type { VisitRow } from '../../../shared/dashboard/activity';
import { tallyRows } from '../../../shared/dashboard/visit-tally';
import type { NearDatabase } from '../../db/database';
import { refreshVisitTally } from '../../db/visit-tally';

/**
 * A value the dashboard reads from IndexedDB, kept live from its first use for the app's life, so
 * that the dashboard opened again shows its charts in its first render instead of reading (and
 * showing a loader) first. Shaped for useSyncExternalStore.
 */
export type KeptSource<T> = { subscribe(listener: () => void): () => void; getSnapshot(): T };

function keptSource<T>(initial: T, follow: (set: (value: T) => void) => void): KeptSource<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  follow((next) => {
    value = next;
    for (const listener of listeners) listener();
  });
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => value,
  };
}

export type Tally = { rows: VisitRow[]; complete: boolean };
const NOT_COUNTED: Tally = { rows: [], complete: false };

/**
 * The visits as the activity charts count them: the visit tally, brought up to date whenever a
 * visit is written here or by an import (its `localSeq` moves) or the tally is dropped (a restore).
 */
function visitTally(db: NearDatabase): KeptSource<Tally> {
  const changed = liveQuery(async () => {
    const [latest, mark] = await Promise.all([db.visits.orderBy('localSeq').lastKey(), db.meta.get('visitTally')]);
    return `${String(latest)} ${mark?.key === 'visitTally' ? mark.seq : 'none'}`;
  });
  return keptSource(NOT_COUNTED, (set) => {
    // Counts run one after another, and only the newest change's count is shown.
    let latest = 0;
    let counting = Promise.resolve();
    changed.subscribe({
      next: () => {
        const change = ++latest;
        counting = counting.then(() =>
          refreshVisitTally(db).then(
            (slots) => {
              if (change === latest) set({ rows: tallyRows(slots), complete: true });
            },
            (error: unknown) => console.error('visit tally', error),
          ),
        );
      },
      error: (error: unknown) => console.error('visit tally', error),
    });
  });
}

/** The small tables the dashboard reads whole: members, committees, meetings, follow-ups, the dues ledger. */
async function readRegistry(db: NearDatabase) {
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
}

export type Registry = Awaited<ReturnType<typeof readRegistry>>;

function registry(db: NearDatabase): KeptSource<Registry | undefined> {
  const tables = liveQuery(() => readRegistry(db));
  return keptSource<Registry | undefined>(undefined, (set) => {
    tables.subscribe({ next: set, error: (error: unknown) => console.error('dashboard registry', error) });
  });
}

const sources = new WeakMap<NearDatabase, { tally: KeptSource<Tally>; registry: KeptSource<Registry | undefined> }>();

/** The dashboard's live sources of this database, started on first use and kept for the app's life. */
export function dashboardSources(db: NearDatabase) {
  let known = sources.get(db);
  if (!known) {
    known = { tally: visitTally(db), registry: registry(db) };
    sources.set(db, known);
  }
  return known;
}
