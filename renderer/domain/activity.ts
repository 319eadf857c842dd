import {
  contactFieldsSchema,
  followUpFieldsSchema,
  meetingFieldsSchema,
  rollCallSchema,
  visitFieldsSchema,
  type ContactRecord,
  type FollowUpRecord,
  type MeetingFields,
  type MeetingRecord,
  type VisitFields,
  type VisitRecord,
} from '../../shared/domain/activity';
import { meetingElectorate, summariseRollCall, votesExceedAttending } from '../../shared/governance/assembly';
import { domainFields } from '../../shared/sync/record-stamp';
import type { NearDatabase } from '../db/database';
import { ValidationError, validate } from './errors';
import { assertLive, getLive, insertRecord, removeRecord, replaceRecord } from './records';

const activity = { withLocalSeq: true };

/** A follow-up typed together with a visit. */
export type NewFollowUp = { text: string; dueOn: string; owner: string };

async function assertVisitReferences(db: NearDatabase, visit: VisitFields): Promise<void> {
  await assertLive(db.members, visit.memberIds, 'memberIds');
  await assertLive(db.contacts, visit.contactIds, 'contactIds');
  await assertLive(db.committees, visit.committeeId ? [visit.committeeId] : [], 'committeeId');
}

async function assertMeetingReferences(db: NearDatabase, meeting: MeetingFields): Promise<void> {
  await assertLive(db.members, [...meeting.participantIds, ...(meeting.hostMemberId ? [meeting.hostMemberId] : [])], 'participantIds');
  await assertLive(db.committees, meeting.committeeId ? [meeting.committeeId] : [], 'committeeId');
  await assertLive(db.contacts, meeting.contactIds, 'contactIds');
}

/**
 * Logs a visit with its follow-ups in one transaction, and drops the form's draft in the same
 * step, so a crash leaves either the draft or the saved visit, never both and never neither.
 */
export async function logVisit(
  db: NearDatabase,
  input: unknown,
  followUps: readonly unknown[] = [],
  draftKey?: string,
): Promise<VisitRecord> {
  const fields = validate(visitFieldsSchema, input);
  return db.transaction('rw', [db.visits, db.followUps, db.members, db.contacts, db.committees, db.meta, db.drafts], async () => {
    await assertVisitReferences(db, fields);
    const visit = await insertRecord(db, db.visits, fields, activity);
    for (const [index, followUp] of followUps.entries()) {
      const parsed = followUpFieldsSchema.safeParse({ ...(followUp as object), visitId: visit.id });
      if (!parsed.success) {
        throw new ValidationError(parsed.error.issues.map((issue) => ({ path: `followUps.${index}.${issue.path.join('.')}`, message: issue.message })));
      }
      await insertRecord(db, db.followUps, parsed.data);
    }
    if (draftKey) await db.drafts.delete(draftKey);
    return visit;
  });
}

/** Saves an edited visit. */
export async function updateVisit(db: NearDatabase, id: string, input: unknown): Promise<VisitRecord> {
  const fields = validate(visitFieldsSchema, input);
  return db.transaction('rw', [db.visits, db.members, db.contacts, db.committees, db.meta], async () => {
    await assertVisitReferences(db, fields);
    return replaceRecord(db, db.visits, id, fields, activity);
  });
}

/** Deletes a visit and its open follow-ups (tombstones, so the deletion travels). */
export async function deleteVisit(db: NearDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.visits, db.followUps, db.meta], async () => {
    await removeRecord(db, db.visits, id, activity);
    const followUps = await db.followUps.where('visitId').equals(id).filter((row) => !row.deleted).primaryKeys();
    for (const followUpId of followUps) await removeRecord(db, db.followUps, followUpId);
  });
}

/** Records a meeting or event. */
export async function createMeeting(db: NearDatabase, input: unknown): Promise<MeetingRecord> {
  const fields = validate(meetingFieldsSchema, input);
  return db.transaction('rw', [db.meetings, db.members, db.committees, db.contacts, db.meta], async () => {
    await assertMeetingReferences(db, fields);
    return insertRecord(db, db.meetings, fields, activity);
  });
}

/** Saves an edited meeting. */
export async function updateMeeting(db: NearDatabase, id: string, input: unknown): Promise<MeetingRecord> {
  const fields = validate(meetingFieldsSchema, input);
  return db.transaction('rw', [db.meetings, db.members, db.committees, db.contacts, db.meta], async () => {
    await assertMeetingReferences(db, fields);
    return replaceRecord(db, db.meetings, id, fields, activity);
  });
}

/**
 * Saves a General Assembly's or executive committee's roll call and agenda decisions, leaving the
 * rest of the meeting as it is. Every member named must be on record, every decision must point
 * at an agenda item, and no item can get more votes than members attending.
 */
export async function saveRollCall(db: NearDatabase, id: string, input: { rollCall: unknown; decisions: unknown }): Promise<MeetingRecord> {
  return db.transaction('rw', [db.meetings, db.members, db.committees, db.dues, db.duesPostponements, db.meta], async () => {
    const existing = await getLive(db.meetings, id);
    const rollCall = validate(rollCallSchema, input.rollCall);
    const fields = validate(meetingFieldsSchema, { ...domainFields(existing), rollCall, decisions: input.decisions });
    await assertLive(db.members, [...rollCall.present, ...rollCall.written], 'rollCall');
    const decisions = fields.decisions ?? [];
    await assertLive(db.committees, decisions.flatMap((decision) => decision.replacesCoordinatorOf ?? []), 'decisions');
    await assertLive(db.members, decisions.flatMap((decision) => decision.willingMemberIds ?? []), 'decisions');
    const summary = summariseRollCall(
      rollCall,
      meetingElectorate(await db.members.toArray(), await db.dues.toArray(), await db.duesPostponements.toArray(), { id, startDate: fields.startDate }),
    );
    const issues = decisions.flatMap((decision, index) => [
      ...(decision.item >= fields.agendaItems.length ? [{ path: `decisions.${index}.item`, message: 'validation.invalid' }] : []),
      ...(votesExceedAttending(decision, summary.attending)
        ? [{ path: `decisions.${index}.inFavour`, message: 'validation.votesExceedAttending', values: { attending: summary.attending } }]
        : []),
    ]);
    if (issues.length > 0) throw new ValidationError(issues);
    return replaceRecord(db, db.meetings, id, fields, activity);
  });
}

/** Deletes a meeting (tombstone). */
export async function deleteMeeting(db: NearDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.meetings, db.meta], () => removeRecord(db, db.meetings, id, activity));
}

/** Adds a person met. */
export async function createContact(db: NearDatabase, input: unknown): Promise<ContactRecord> {
  const fields = validate(contactFieldsSchema, input);
  return db.transaction('rw', [db.contacts, db.members, db.meta], async () => {
    await assertLive(db.members, fields.memberId ? [fields.memberId] : [], 'memberId');
    return insertRecord(db, db.contacts, fields);
  });
}

/** Marks a follow-up done on `doneOn`, or open again with `undefined`. */
export async function setFollowUpDone(db: NearDatabase, id: string, doneOn: string | undefined): Promise<FollowUpRecord> {
  return db.transaction('rw', [db.followUps, db.meta], async () => {
    const { doneOn: _previous, ...rest } = domainFields(await getLive(db.followUps, id));
    const fields = validate(followUpFieldsSchema, doneOn ? { ...rest, doneOn } : rest);
    return replaceRecord(db, db.followUps, id, fields);
  });
}

/** Adds a follow-up to an existing visit. */
export async function addFollowUp(db: NearDatabase, visitId: string, input: unknown): Promise<FollowUpRecord> {
  const fields = validate(followUpFieldsSchema, { ...(input as object), visitId });
  return db.transaction('rw', [db.followUps, db.visits, db.meta], async () => {
    await getLive(db.visits, visitId);
    return insertRecord(db, db.followUps, fields);
  });
}
