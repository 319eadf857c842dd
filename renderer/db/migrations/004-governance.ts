import type Dexie from 'dexie';

/**
 * Version 4: the dues ledger (one row per member and fiscal year paid or waived, found by member
 * and by year) and the decisions postponing dues. Meetings gain a roll call and agenda decisions,
 * optional fields that need no index and no change to existing rows.
 */
export function migration004(db: Dexie): void {
  db.version(4).stores({
    dues: 'id, deleted, memberId, fiscalYear, hlc',
    duesPostponements: 'id, deleted, hlc',
  });
}
