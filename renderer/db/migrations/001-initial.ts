import type Dexie from 'dexie';

/**
 * Version 1: members, committees and the installation's own metadata. Indexes serve the
 * registry's filters (country, kind) and hide tombstones (`deleted` is 0 or 1).
 * A shipped migration is never edited; later changes go in a new numbered file.
 */
export function migration001(db: Dexie): void {
  db.version(1).stores({
    members: 'id, country, kind, deleted, [deleted+country]',
    committees: 'id, deleted, regulationNumber',
    meta: 'key',
  });
}
