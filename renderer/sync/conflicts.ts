import type { Table } from 'dexie';
import { RECORD_SCHEMAS } from '../../shared/sync/collections';
import type { SyncRecord } from '../../shared/sync/merge';
import { domainFields, editRecord, restoreRecord } from '../../shared/sync/record-stamp';
import { LOCAL_SEQ_TABLES, type NearDatabase } from '../db/database';
import { assertMayChange } from '../domain/authority';
import { ValidationError } from '../domain/errors';
import { localSeq } from '../domain/records';
import { nextStamp } from '../domain/stamp';

/** How a person settles a conflict: keep what won, take the other office's value, or restore a deleted record. */
export type ConflictChoice = 'kept' | 'other' | 'restored';

/**
 * Settles a conflict. Taking the other value (or restoring) is a new local edit with a new clock,
 * so it travels to the other offices in the next bundle and wins there too.
 */
export async function resolveConflict(db: NearDatabase, conflictId: string, choice: ConflictChoice): Promise<void> {
  const conflict = await db.conflicts.get(conflictId);
  if (!conflict) throw new ValidationError([{ path: '', message: 'common.notFound' }]);
  const table = db[conflict.collection] as unknown as Table<SyncRecord, string>;
  await db.transaction('rw', [db.conflicts, db.meta, table], async () => {
    const current = await db.conflicts.get(conflictId);
    if (!current || current.status !== 'open') return;
    if (choice !== 'kept') {
      const record = await table.get(conflict.recordId);
      if (!record) throw new ValidationError([{ path: '', message: 'common.notFound' }]);
      await assertMayChange(db, conflict.collection, [conflict.field]);
      let next: SyncRecord;
      if (choice === 'restored') {
        next = restoreRecord(record, await nextStamp(db));
      } else {
        if (record.deleted) throw new ValidationError([{ path: '', message: 'common.notFound' }]);
        const fields: Record<string, unknown> = { ...domainFields(record), [conflict.field]: conflict.other };
        if (conflict.other === undefined) delete fields[conflict.field];
        next = editRecord(record, fields, await nextStamp(db)).record;
        const checked = RECORD_SCHEMAS[conflict.collection].safeParse(next);
        if (!checked.success) throw ValidationError.fromZod(checked.error);
      }
      await table.put(LOCAL_SEQ_TABLES.has(conflict.collection) ? { ...next, localSeq: localSeq() } : next);
    }
    await db.conflicts.put({ ...current, status: 'resolved', resolution: choice, resolvedAt: new Date().toISOString() });
  });
}
