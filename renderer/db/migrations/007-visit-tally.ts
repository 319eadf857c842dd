import type Dexie from 'dexie';

/**
 * Version 7: the visit tally the dashboard counts from (see renderer/db/visit-tally.ts), a few
 * hundred lines instead of every visit, and where each visit is counted in it. Local, never synced
 * or backed up: it is rebuilt from the visits whenever it is missing.
 */
export function migration007(db: Dexie): void {
  db.version(7).stores({
    visitTally: 'slot',
    visitTallyPlaces: 'id',
  });
}
