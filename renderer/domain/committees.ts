import { committeeFieldsSchema, type CommitteeFields, type CommitteeRecord } from '../../shared/domain/committee';
import { domainFields, createRecord, editRecord } from '../../shared/sync/record-stamp';
import type { NearDatabase } from '../db/database';
import { assertMayChange } from './authority';
import { ValidationError, validate } from './errors';
import { nextStamp } from './stamp';

/** Rules that need the rest of the registry: coordinators must exist, article numbers are unique. */
async function assertConsistent(db: NearDatabase, fields: CommitteeFields, ownId?: string): Promise<void> {
  const coordinators = await db.members.bulkGet(fields.coordinatorIds);
  if (coordinators.some((member) => !member || member.deleted)) {
    throw new ValidationError([{ path: 'coordinatorIds', message: 'validation.coordinatorDeleted' }]);
  }
  // Charter Art. 5-2: associate members cannot hold office, coordinating a committee included.
  if (coordinators.some((member) => member?.kind === 'associate')) {
    throw new ValidationError([{ path: 'coordinatorIds', message: 'validation.coordinatorAssociate' }]);
  }
  if (fields.regulationNumber !== undefined && !fields.retiredOn) {
    const taken = await db.committees
      .where('regulationNumber')
      .equals(fields.regulationNumber)
      .filter((other) => other.id !== ownId && !other.deleted && !other.retiredOn)
      .first();
    if (taken) throw new ValidationError([{ path: 'regulationNumber', message: 'validation.regulationTaken' }]);
  }
}

async function getLive(db: NearDatabase, id: string): Promise<CommitteeRecord> {
  const committee = await db.committees.get(id);
  if (!committee || committee.deleted) throw new ValidationError([{ path: '', message: 'common.notFound' }]);
  return committee;
}

/** Adds a specialised committee. */
export async function createCommittee(db: NearDatabase, input: unknown): Promise<CommitteeRecord> {
  const fields = validate(committeeFieldsSchema, input);
  return db.transaction('rw', db.committees, db.members, db.meta, async () => {
    await assertMayChange(db, 'committees', ['coordinatorIds']);
    await assertConsistent(db, fields);
    const record = createRecord(fields, await nextStamp(db), crypto.randomUUID()) as CommitteeRecord;
    await db.committees.add(record);
    return record;
  });
}

/** Saves an edited committee; only the fields that changed get a new clock. */
export async function updateCommittee(db: NearDatabase, id: string, input: unknown): Promise<CommitteeRecord> {
  const fields = validate(committeeFieldsSchema, input);
  return db.transaction('rw', db.committees, db.members, db.meta, async () => {
    const existing = await getLive(db, id);
    await assertConsistent(db, fields, id);
    const { record, changed } = editRecord(existing, fields, await nextStamp(db));
    await assertMayChange(db, 'committees', changed);
    if (changed.length > 0) await db.committees.put(record);
    return record;
  });
}

/** Retires (abolishes) a committee on `retiredOn`; it stays on record and can be reinstated. */
export async function retireCommittee(db: NearDatabase, id: string, retiredOn: string): Promise<CommitteeRecord> {
  const existing = await db.committees.get(id);
  if (!existing) throw new ValidationError([{ path: '', message: 'common.notFound' }]);
  return updateCommittee(db, id, { ...domainFields(existing), retiredOn });
}

/** Puts a retired committee back into service. */
export async function reinstateCommittee(db: NearDatabase, id: string): Promise<CommitteeRecord> {
  const existing = await db.committees.get(id);
  if (!existing) throw new ValidationError([{ path: '', message: 'common.notFound' }]);
  const { retiredOn: _retired, ...fields } = domainFields(existing);
  return updateCommittee(db, id, fields);
}
