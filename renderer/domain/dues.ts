import {
  duesEntryId,
  duesFieldsSchema,
  duesPostponementFieldsSchema,
  type DuesPostponementRecord,
  type DuesRecord,
} from '../../shared/domain/dues';
import { createRecord, editRecord, restoreRecord } from '../../shared/sync/record-stamp';
import type { NearDatabase } from '../db/database';
import { assertMayChange } from './authority';
import { validate } from './errors';
import { assertLive, removeRecord, insertRecord } from './records';
import { nextStamp } from './stamp';

const LEDGER_FIELDS = ['memberId', 'fiscalYear', 'status', 'amount', 'currency', 'receivedOn', 'note'];

/**
 * Records a member's dues for a fiscal year as paid or waived. The ledger keeps one record per
 * member and year (its id is derived from both), so recording again corrects the entry, and a
 * year cleared earlier (a tombstone) comes back with the new facts. Pohang only.
 */
export async function recordDues(db: NearDatabase, input: unknown): Promise<DuesRecord> {
  const fields = validate(duesFieldsSchema, input);
  return db.transaction('rw', [db.dues, db.members, db.meta], async () => {
    await assertMayChange(db, 'dues', LEDGER_FIELDS);
    await assertLive(db.members, [fields.memberId], 'memberId');
    const id = duesEntryId(fields.memberId, fields.fiscalYear);
    const existing = await db.dues.get(id);
    const stamp = await nextStamp(db);
    const live = existing?.deleted ? restoreRecord(existing, stamp) : existing;
    const record = live ? editRecord(live, fields, stamp).record : (createRecord(fields, stamp, id) as DuesRecord);
    await db.dues.put(record);
    return record;
  });
}

/** Clears a year's entry (it reads as unpaid again); the tombstone travels so every office clears it. */
export async function clearDues(db: NearDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.dues, db.meta], async () => {
    await assertMayChange(db, 'dues', ['deleted']);
    await removeRecord(db, db.dues, id);
  });
}

/** Records a decision postponing dues for some fiscal years, or from a year until a later decision. Pohang only. */
export async function addPostponement(db: NearDatabase, input: unknown): Promise<DuesPostponementRecord> {
  const fields = validate(duesPostponementFieldsSchema, input);
  return db.transaction('rw', [db.duesPostponements, db.meetings, db.meta], async () => {
    await assertMayChange(db, 'duesPostponements', ['fiscalYears']);
    await assertLive(db.meetings, fields.meetingId ? [fields.meetingId] : [], 'meetingId');
    await assertLive(db.meetings, fields.confirmedByMeetingId ? [fields.confirmedByMeetingId] : [], 'confirmedByMeetingId');
    return insertRecord(db, db.duesPostponements, fields.fiscalYears ? { ...fields, fiscalYears: [...fields.fiscalYears].sort() } : fields);
  });
}

/** Withdraws a postponement recorded by mistake. Pohang only. */
export async function removePostponement(db: NearDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.duesPostponements, db.meta], async () => {
    await assertMayChange(db, 'duesPostponements', ['deleted']);
    await removeRecord(db, db.duesPostponements, id);
  });
}
