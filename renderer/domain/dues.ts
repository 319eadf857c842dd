import {
  duesEntryId,
  duesFieldsSchema,
  duesPostponementFieldsSchema,
  lastLedgerYear,
  POSTPONEMENT_END_FIELDS,
  type DuesPostponementFields,
  type DuesPostponementRecord,
  type DuesRecord,
  type PostponementEnd,
} from '../../shared/domain/dues';
import { createRecord, domainFields, editRecord, restoreRecord } from '../../shared/sync/record-stamp';
import type { NearDatabase } from '../db/database';
import { assertMayChange } from './authority';
import { validate, ValidationError, type FieldIssue } from './errors';
import { assertLive, getLive, insertRecord, removeRecord, replaceRecord } from './records';
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

/** A postponement's fields without its end: open again, as before the later decision. */
function withoutEnd(decision: DuesPostponementRecord): DuesPostponementFields {
  const fields: Record<string, unknown> = domainFields(decision);
  for (const field of POSTPONEMENT_END_FIELDS) delete fields[field];
  return fields as DuesPostponementFields;
}

/**
 * Records the later decision that ends an open-ended postponement: the last fiscal year it covers,
 * and who ended it when; called again, it corrects that end. Refused, with nothing written, for a
 * postponement of listed years, a last year before the first or after the last fiscal year the
 * ledger has on `today`, or an end without its date. Pohang only.
 */
export async function endPostponement(db: NearDatabase, id: string, end: PostponementEnd, today: string): Promise<DuesPostponementRecord> {
  return db.transaction('rw', [db.duesPostponements, db.dues, db.meetings, db.meta], async () => {
    await assertMayChange(db, 'duesPostponements', POSTPONEMENT_END_FIELDS);
    const existing = await getLive(db.duesPostponements, id);
    if (existing.fromFiscalYear === undefined) throw new ValidationError([{ path: '', message: 'validation.notOpenEnded' }]);
    const picked = Object.fromEntries(POSTPONEMENT_END_FIELDS.filter((field) => end[field] !== undefined).map((field) => [field, end[field]]));
    const parsed = duesPostponementFieldsSchema.safeParse({ ...withoutEnd(existing), ...picked });
    const issues: FieldIssue[] = parsed.success ? [] : ValidationError.fromZod(parsed.error).issues;
    const last = lastLedgerYear(today, await db.dues.where('deleted').equals(0).toArray());
    if (end.untilFiscalYear === undefined) {
      // Without a last year the schema sees an open postponement and asks for nothing else.
      issues.push({ path: 'untilFiscalYear', message: 'validation.required' });
      if (end.endedOn === undefined) issues.push({ path: 'endedOn', message: 'validation.required' });
    } else {
      if (end.untilFiscalYear > last) issues.push({ path: 'untilFiscalYear', message: 'validation.endAfterLedger', values: { year: last } });
      if (end.endedOn === undefined) issues.push({ path: 'endedOn', message: 'validation.required' });
    }
    if (!parsed.success || issues.length > 0) throw new ValidationError(issues);
    await assertLive(db.meetings, parsed.data.endedByMeetingId ? [parsed.data.endedByMeetingId] : [], 'endedByMeetingId');
    return replaceRecord(db, db.duesPostponements, id, parsed.data);
  });
}

/** Takes the end off a postponement (recorded by mistake): it waits for a later decision again. Pohang only. */
export async function reopenPostponement(db: NearDatabase, id: string): Promise<DuesPostponementRecord> {
  return db.transaction('rw', [db.duesPostponements, db.meta], async () => {
    await assertMayChange(db, 'duesPostponements', POSTPONEMENT_END_FIELDS);
    return replaceRecord(db, db.duesPostponements, id, withoutEnd(await getLive(db.duesPostponements, id)));
  });
}
