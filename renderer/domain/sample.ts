import { committeeFieldsSchema, type CommitteeRecord } from '../../shared/domain/committee';
import { memberFieldsSchema, type MemberRecord } from '../../shared/domain/member';
import { sampleData } from '../../shared/sample';
import { createRecord } from '../../shared/sync/record-stamp';
import type { NearDatabase } from '../db/database';
import { validate } from './errors';
import { nextStamp } from './stamp';

/**
 * Loads the 2018 sample in one transaction: all of it or nothing. Records already present (same
 * fixed id, even as a tombstone) are left alone, so loading twice never duplicates or resurrects.
 */
export async function loadSampleData(db: NearDatabase): Promise<{ members: number; committees: number }> {
  const sample = sampleData();
  const members = sample.members.map((entry) => ({ ...entry, fields: validate(memberFieldsSchema, entry.fields) }));
  const committees = sample.committees.map((entry) => ({
    ...entry,
    fields: validate(committeeFieldsSchema, entry.fields),
  }));
  return db.transaction('rw', db.members, db.committees, db.meta, async () => {
    const stamp = await nextStamp(db);
    const haveMembers = new Set(await db.members.toCollection().primaryKeys());
    const haveCommittees = new Set(await db.committees.toCollection().primaryKeys());
    const newMembers = members
      .filter((entry) => !haveMembers.has(entry.id))
      .map((entry) => createRecord(entry.fields, stamp, entry.id) as MemberRecord);
    const newCommittees = committees
      .filter((entry) => !haveCommittees.has(entry.id))
      .map((entry) => createRecord(entry.fields, stamp, entry.id) as CommitteeRecord);
    await db.members.bulkAdd(newMembers);
    await db.committees.bulkAdd(newCommittees);
    await db.meta.put({ key: 'firstRun', choice: 'sample', at: stamp.at });
    return { members: newMembers.length, committees: newCommittees.length };
  });
}

/** Remembers that the user chose to start with an empty registry, so the offer does not return. */
export async function startEmpty(db: NearDatabase): Promise<void> {
  await db.meta.put({ key: 'firstRun', choice: 'empty', at: new Date().toISOString() });
}
