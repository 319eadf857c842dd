import {
  reportTextFieldsSchema,
  staffFieldsSchema,
  type ReportTextFields,
  type ReportTextRecord,
  type StaffFields,
  type StaffRecord,
} from '../../shared/domain/secretariat';
import { domainFields } from '../../shared/sync/record-stamp';
import type { NearDatabase } from '../db/database';
import { assertMayChange } from './authority';
import { validate } from './errors';
import { assertLive, getLive, insertRecord, removeRecord, replaceRecord } from './records';

/**
 * Writes to the secretariat's own records: the staff list and the texts of each year's report.
 * Both are Pohang's alone (the same rule as the sync scope), so every write checks it first.
 */

/** The seconding or hosting member government must be in the registry. */
async function assertMember(db: NearDatabase, fields: StaffFields): Promise<void> {
  await assertLive(db.members, fields.memberId ? [fields.memberId] : [], 'memberId');
}

/** Adds a person to the staff list. */
export async function addStaff(db: NearDatabase, input: unknown): Promise<StaffRecord> {
  const fields = validate(staffFieldsSchema, input);
  return db.transaction('rw', [db.staff, db.members, db.meta], async () => {
    await assertMayChange(db, 'staff', ['name']);
    await assertMember(db, fields);
    return insertRecord(db, db.staff, fields);
  });
}

/** Saves an edited staff entry; only the fields that changed get a new clock. */
export async function updateStaff(db: NearDatabase, id: string, input: unknown): Promise<StaffRecord> {
  const fields = validate(staffFieldsSchema, input);
  return db.transaction('rw', [db.staff, db.members, db.meta], async () => {
    await assertMayChange(db, 'staff', ['name']);
    await assertMember(db, fields);
    return replaceRecord(db, db.staff, id, fields);
  });
}

/**
 * Records that a person left the staff on `to` (a day, a month or a year). They stay on the list
 * of every year they served in, and the report of a later year leaves them out.
 */
export async function retireStaff(db: NearDatabase, id: string, to: string): Promise<StaffRecord> {
  const existing = await getLive(db.staff, id);
  return updateStaff(db, id, { ...domainFields(existing), to });
}

/** Removes an entry made by mistake (someone who left is retired instead, so past reports keep them). */
export async function removeStaff(db: NearDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.staff, db.meta], async () => {
    await assertMayChange(db, 'staff', ['deleted']);
    await removeRecord(db, db.staff, id);
  });
}

/** Adds a foreword or a part of chapter VI to a year's report. */
export async function addReportText(db: NearDatabase, input: unknown): Promise<ReportTextRecord> {
  const fields: ReportTextFields = validate(reportTextFieldsSchema, input);
  return db.transaction('rw', [db.reportTexts, db.meta], async () => {
    await assertMayChange(db, 'reportTexts', ['text']);
    return insertRecord(db, db.reportTexts, fields);
  });
}

/** Saves an edited report text. */
export async function updateReportText(db: NearDatabase, id: string, input: unknown): Promise<ReportTextRecord> {
  const fields = validate(reportTextFieldsSchema, input);
  return db.transaction('rw', [db.reportTexts, db.meta], async () => {
    await assertMayChange(db, 'reportTexts', ['text']);
    return replaceRecord(db, db.reportTexts, id, fields);
  });
}

/** Removes a report text. */
export async function removeReportText(db: NearDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.reportTexts, db.meta], async () => {
    await assertMayChange(db, 'reportTexts', ['deleted']);
    await removeRecord(db, db.reportTexts, id);
  });
}
