import {
  contactFieldsSchema,
  followUpFieldsSchema,
  meetingFieldsSchema,
  visitFieldsSchema,
} from '../../shared/domain/activity';
import { committeeFieldsSchema, type CommitteeRecord } from '../../shared/domain/committee';
import { duesFieldsSchema, duesPostponementFieldsSchema } from '../../shared/domain/dues';
import { memberFieldsSchema, type MemberRecord } from '../../shared/domain/member';
import { reportTextFieldsSchema, staffFieldsSchema } from '../../shared/domain/secretariat';
import { sampleData } from '../../shared/sample';
import { sampleActivity } from '../../shared/sample/activity';
import { sampleDues } from '../../shared/sample/dues-2018';
import { sampleSecretariat } from '../../shared/sample/secretariat-2018';
import { createRecord, successiveStamps, type Stamp } from '../../shared/sync/record-stamp';
import type { Table } from 'dexie';
import type { RecordMeta } from '../../shared/domain/record-meta';
import type { NearDatabase } from '../db/database';
import { validate } from './errors';
import { localSeq } from './records';
import { nextStamp } from './stamp';

/**
 * Loads the 2018 sample in one transaction: all of it or nothing. Records already present (same
 * fixed id, even as a tombstone) are left alone, so loading twice never duplicates or resurrects.
 */
export async function loadSampleData(db: NearDatabase): Promise<SampleCounts> {
  const registry = sampleData();
  const activity = sampleActivity();
  const members = registry.members.map((entry) => ({ ...entry, fields: validate(memberFieldsSchema, entry.fields) }));
  const committees = registry.committees.map((entry) => ({ ...entry, fields: validate(committeeFieldsSchema, entry.fields) }));
  const meetings = activity.meetings.map((entry) => ({ ...entry, fields: validate(meetingFieldsSchema, entry.fields) }));
  const contacts = activity.contacts.map((entry) => ({ ...entry, fields: validate(contactFieldsSchema, entry.fields) }));
  const visits = activity.visits.map((entry) => ({ ...entry, fields: validate(visitFieldsSchema, entry.fields) }));
  const followUps = activity.followUps.map((entry) => ({ ...entry, fields: validate(followUpFieldsSchema, entry.fields) }));
  const ledger = sampleDues();
  const dues = ledger.dues.map((entry) => ({ ...entry, fields: validate(duesFieldsSchema, entry.fields) }));
  const postponements = ledger.duesPostponements.map((entry) => ({ ...entry, fields: validate(duesPostponementFieldsSchema, entry.fields) }));
  const secretariat = sampleSecretariat();
  const staff = secretariat.staff.map((entry) => ({ ...entry, fields: validate(staffFieldsSchema, entry.fields) }));
  const reportTexts = secretariat.reportTexts.map((entry) => ({ ...entry, fields: validate(reportTextFieldsSchema, entry.fields) }));
  const tables = [db.members, db.committees, db.meetings, db.contacts, db.visits, db.followUps, db.dues, db.duesPostponements, db.staff, db.reportTexts, db.meta];
  return db.transaction('rw', tables, async () => {
    const stamp = await nextStamp(db);
    // Meetings and visits are entered in the report's order, a millisecond apart, so entries the
    // report dates by month only keep its order among the dated ones (shared/domain/chronology.ts).
    const entered = successiveStamps(stamp, meetings.length + visits.length);
    await db.meta.put({ key: 'clock', hlc: entered[entered.length - 1].hlc });
    // Only what is not there yet (same fixed id, tombstones included) is added.
    const addMissing = async <F extends object>(
      table: Table<F & RecordMeta, string>,
      entries: ReadonlyArray<{ id: string; fields: F }>,
      extra: object = {},
      stamps: readonly Stamp[] = [],
    ): Promise<number> => {
      const have = new Set(await table.toCollection().primaryKeys());
      const rows = entries
        .map((entry, index) => ({ entry, stamp: stamps[index] ?? stamp }))
        .filter(({ entry }) => !have.has(entry.id))
        .map(({ entry, stamp: made }) => ({ ...createRecord(entry.fields, made, entry.id), ...extra }));
      await table.bulkAdd(rows as Array<F & RecordMeta>);
      return rows.length;
    };
    const seq = { localSeq: localSeq() };
    const counts = {
      members: await addMissing(db.members as Table<MemberRecord, string>, members),
      committees: await addMissing(db.committees as Table<CommitteeRecord, string>, committees),
      meetings: await addMissing(db.meetings, meetings, seq, entered.slice(0, meetings.length)),
      contacts: await addMissing(db.contacts, contacts),
      visits: await addMissing(db.visits, visits, seq, entered.slice(meetings.length)),
      followUps: await addMissing(db.followUps, followUps),
      dues: await addMissing(db.dues, dues),
      duesPostponements: await addMissing(db.duesPostponements, postponements),
      staff: await addMissing(db.staff, staff),
      reportTexts: await addMissing(db.reportTexts, reportTexts),
    };
    await db.meta.put({ key: 'firstRun', choice: 'sample', at: stamp.at });
    return counts;
  });
}

/** How many records of each kind a sample load added. */
export type SampleCounts = {
  members: number;
  committees: number;
  meetings: number;
  contacts: number;
  visits: number;
  followUps: number;
  dues: number;
  duesPostponements: number;
  staff: number;
  reportTexts: number;
};

/** Remembers that the user chose to start with an empty registry, so the offer does not return. */
export async function startEmpty(db: NearDatabase): Promise<void> {
  await db.meta.put({ key: 'firstRun', choice: 'empty', at: new Date().toISOString() });
}
