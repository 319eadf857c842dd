import type { Table } from 'dexie';
import type { RecordMeta } from '../../shared/domain/record-meta';
import { createRecord, editRecord, tombstoneRecord } from '../../shared/sync/record-stamp';
import type { LocalSeq, NearDatabase } from '../db/database';
import { ValidationError } from './errors';
import { nextStamp } from './stamp';

/** A fresh local write stamp: increases across the session and across restarts (wall-clock based). */
export function localSeq(): number {
  return performance.timeOrigin + performance.now();
}

/** The live (not deleted) row, or a "not found" validation error. */
export async function getLive<R extends RecordMeta>(table: Table<R, string>, id: string): Promise<R> {
  const row = await table.get(id);
  if (!row || row.deleted) throw new ValidationError([{ path: '', message: 'common.notFound' }]);
  return row;
}

/** Rows referenced by id must exist and not be deleted; otherwise the field gets `message`. */
export async function assertLive(
  table: Table<RecordMeta, string>,
  ids: readonly string[],
  path: string,
  message = 'validation.referenceDeleted',
): Promise<void> {
  if (ids.length === 0) return;
  const rows = await table.bulkGet([...ids]);
  if (rows.some((row) => !row || row.deleted)) throw new ValidationError([{ path, message }]);
}

/** Inserts a new record (stamped, with an offline UUID). Call inside a transaction that includes `meta`. */
export async function insertRecord<F extends object, R extends F & RecordMeta>(
  db: NearDatabase,
  table: Table<R, string>,
  fields: F,
  options: { withLocalSeq?: boolean; id?: string } = {},
): Promise<R> {
  const record = createRecord(fields, await nextStamp(db), options.id ?? crypto.randomUUID()) as R;
  const row = options.withLocalSeq ? ({ ...record, localSeq: localSeq() } as R & LocalSeq) : record;
  await table.add(row);
  return row;
}

/** Saves edited fields of a live record; only changed fields get a new clock. */
export async function replaceRecord<F extends object, R extends F & RecordMeta>(
  db: NearDatabase,
  table: Table<R, string>,
  id: string,
  fields: F,
  options: { withLocalSeq?: boolean } = {},
): Promise<R> {
  const existing = await getLive(table, id);
  const { record, changed } = editRecord(existing, fields, await nextStamp(db));
  if (changed.length === 0) return existing;
  const row = options.withLocalSeq ? ({ ...record, localSeq: localSeq() } as R & LocalSeq) : record;
  await table.put(row);
  return row;
}

/** Deletes a live record by tombstone. */
export async function removeRecord<R extends RecordMeta>(
  db: NearDatabase,
  table: Table<R, string>,
  id: string,
  options: { withLocalSeq?: boolean } = {},
): Promise<void> {
  const dead = tombstoneRecord(await getLive(table, id), await nextStamp(db));
  await table.put(options.withLocalSeq ? ({ ...dead, localSeq: localSeq() } as R & LocalSeq) : dead);
}
