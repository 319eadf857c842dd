import { admissionYear, memberFieldsSchema, type MemberFields, type MemberRecord } from '../../shared/domain/member';
import { normalizeForSearch } from '../../shared/domain/names';
import { createRecord, editRecord, tombstoneRecord } from '../../shared/sync/record-stamp';
import type { NearDatabase } from '../db/database';
import { assertMayChange } from './authority';
import { ValidationError, validate } from './errors';
import { nextStamp } from './stamp';

/** The same government entered twice is the commonest registry mistake; refuse it by name and country. */
async function assertUnique(db: NearDatabase, fields: MemberFields, ownId?: string): Promise<void> {
  const english = normalizeForSearch(fields.names.en);
  const clash = await db.members
    .where('[deleted+country]')
    .equals([0, fields.country])
    .filter((member) => member.id !== ownId && normalizeForSearch(member.names.en) === english)
    .first();
  if (clash) throw new ValidationError([{ path: 'names.en', message: 'validation.duplicateName' }]);
}

/**
 * The fields as stored: an admission date also writes its year to `admittedYear`, so versions that
 * read only the year (0.4 and older, in offices not yet updated) keep counting the member right.
 */
function withAdmissionYear(fields: MemberFields): MemberFields {
  return fields.admittedOn !== undefined ? { ...fields, admittedYear: admissionYear(fields) } : fields;
}

/** The meeting said to have admitted a member must be a General Assembly or executive committee on record. */
async function assertAdmissionMeeting(db: NearDatabase, fields: MemberFields): Promise<void> {
  if (fields.admissionMeetingId === undefined) return;
  const meeting = await db.meetings.get(fields.admissionMeetingId);
  if (!meeting || meeting.deleted || !['generalAssembly', 'executiveCommittee'].includes(meeting.kind)) {
    throw new ValidationError([{ path: 'admissionMeetingId', message: 'validation.referenceDeleted' }]);
  }
}

/** The meetings table, read only when a member names the meeting that admitted it. */
function admissionTables(db: NearDatabase, fields: MemberFields) {
  return fields.admissionMeetingId === undefined ? [] : [db.meetings];
}

async function getLive(db: NearDatabase, id: string): Promise<MemberRecord> {
  const member = await db.members.get(id);
  if (!member || member.deleted) throw new ValidationError([{ path: '', message: 'common.notFound' }]);
  return member;
}

/** Committees still running that this member coordinates. */
function runningCommitteesOf(db: NearDatabase, id: string) {
  return db.committees
    .where('deleted')
    .equals(0)
    .filter((committee) => !committee.retiredOn && committee.coordinatorIds.includes(id))
    .toArray();
}

/** Adds a member government; the input is validated with the shared schema first. */
export async function createMember(db: NearDatabase, input: unknown): Promise<MemberRecord> {
  const fields = withAdmissionYear(validate(memberFieldsSchema, input));
  return db.transaction('rw', [db.members, db.meta, ...admissionTables(db, fields)], async () => {
    await assertMayChange(db, 'members', ['names']);
    await assertUnique(db, fields);
    await assertAdmissionMeeting(db, fields);
    const record = createRecord(fields, await nextStamp(db), crypto.randomUUID()) as MemberRecord;
    await db.members.add(record);
    return record;
  });
}

/** Saves an edited member; only the fields that changed get a new clock. */
export async function updateMember(db: NearDatabase, id: string, input: unknown): Promise<MemberRecord> {
  const fields = withAdmissionYear(validate(memberFieldsSchema, input));
  return db.transaction('rw', [db.members, db.committees, db.meta, ...admissionTables(db, fields)], async () => {
    const existing = await getLive(db, id);
    await assertUnique(db, fields, id);
    await assertAdmissionMeeting(db, fields);
    if (fields.kind === 'associate' && (await runningCommitteesOf(db, id)).length > 0) {
      throw new ValidationError([{ path: 'kind', message: 'validation.coordinatorAssociate' }]);
    }
    const { record, changed } = editRecord(existing, fields, await nextStamp(db));
    await assertMayChange(db, 'members', changed);
    if (changed.length > 0) await db.members.put(record);
    return record;
  });
}

/**
 * Deletes a member by leaving a tombstone. A member that coordinates a running committee cannot
 * be deleted until the committee has another coordinator: a committee must always have one.
 */
export async function deleteMember(db: NearDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.members, db.committees, db.meta, async () => {
    const existing = await getLive(db, id);
    await assertMayChange(db, 'members', ['deleted']);
    const coordinated = await runningCommitteesOf(db, id);
    if (coordinated.length > 0) {
      throw new ValidationError([
        {
          path: '',
          message: 'validation.memberCoordinates',
          values: { name: existing.names.en, committees: coordinated.map((c) => c.names.en).join(', ') },
        },
      ]);
    }
    await db.members.put(tombstoneRecord(existing, await nextStamp(db)));
  });
}
