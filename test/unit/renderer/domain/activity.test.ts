import { describe, expect, it } from 'vitest';
import { addFollowUp, createContact, createMeeting, deleteVisit, logVisit, saveRollCall, setFollowUpDone, updateMeeting } from '../../../../renderer/domain/activity';
import { meetingFormSchema, meetingFormValues } from '../../../../renderer/features/activity/meeting-form-values';
import { loadDraft, saveDraft } from '../../../../renderer/domain/drafts';
import { ValidationError } from '../../../../renderer/domain/errors';
import { createMember, deleteMember } from '../../../../renderer/domain/members';
import { freshDatabase, hyogo, snapshot } from '../fixtures';

async function setup() {
  const db = await freshDatabase();
  const member = await createMember(db, hyogo);
  const visit = {
    date: '2018-01-23',
    direction: 'inbound',
    office: 'Pohang secretariat',
    staff: ['洪钟庆'],
    counterpartType: 'member',
    memberIds: [member.id],
    contactIds: [],
    title: { zh: '兵库县国际局水口局长一行访问NEAR秘书处' },
    topics: ['物流', '国际人才'],
  };
  return { db, member, visit };
}

describe('activity domain functions', () => {
  it('logs a visit with its follow-ups and drops the draft in the same transaction', async () => {
    const { db, visit } = await setup();
    await saveDraft(db, 'visit:new', { title: 'half typed' });
    const saved = await logVisit(db, visit, [{ text: 'Send logistics committee invitation', dueOn: '2018-02-28', owner: '洪钟庆' }], 'visit:new');
    expect(await db.visits.get(saved.id)).toMatchObject({ title: visit.title, deleted: 0 });
    expect(saved).toHaveProperty('localSeq');
    expect(await db.followUps.where('visitId').equals(saved.id).count()).toBe(1);
    expect(await loadDraft(db, 'visit:new')).toBeNull();
  });

  it('keeps a follow-up due in a month as the month, and refuses a month no calendar has', async () => {
    const { db, visit } = await setup();
    const saved = await logVisit(db, visit, [{ text: 'Answer by the end of October', dueOn: '2018-10', owner: '洪钟庆' }], 'visit:new');
    const [followUp] = await db.followUps.where('visitId').equals(saved.id).toArray();
    expect(followUp.dueOn).toBe('2018-10');
    const error = await addFollowUp(db, saved.id, { text: 'Later', dueOn: '2018-13', owner: '洪钟庆' }).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ValidationError);
    expect(await db.followUps.where('visitId').equals(saved.id).count()).toBe(1);
  });

  it('writes nothing, and keeps the draft, when a follow-up is invalid', async () => {
    const { db, visit } = await setup();
    await saveDraft(db, 'visit:new', { title: 'half typed' });
    const before = await snapshot(db);
    const error = await logVisit(db, visit, [{ text: 'No date', dueOn: '', owner: 'me' }], 'visit:new').catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]).toMatchObject({ path: 'followUps.0.dueOn', message: 'validation.date' });
    expect(await snapshot(db)).toBe(before);
    expect(await db.visits.count()).toBe(0);
    expect(await loadDraft(db, 'visit:new')).toMatchObject({ values: { title: 'half typed' } });
  });

  it('refuses a visit without counterpart, staff or subject, or one pointing at a deleted member', async () => {
    const { db, visit, member } = await setup();
    const issues = async (input: object) =>
      ((await logVisit(db, input).catch((failure: unknown) => failure)) as ValidationError).issues.map((issue) => `${issue.path}:${issue.message}`);
    expect(await issues({ ...visit, memberIds: [], staff: [], title: {} })).toEqual([
      'staff:validation.staffRequired',
      'title:validation.required',
      'memberIds:validation.counterpartRequired',
    ]);
    expect(await issues({ ...visit, endDate: '2018-01-01' })).toEqual(['endDate:validation.endBeforeStart']);
    await deleteMember(db, member.id);
    expect(await issues(visit)).toEqual(['memberIds:validation.referenceDeleted']);
  });

  it('marks follow-ups done and open again, and deleting a visit retires its follow-ups', async () => {
    const { db, visit } = await setup();
    const saved = await logVisit(db, visit);
    const followUp = await addFollowUp(db, saved.id, { text: 'Reply with agenda', dueOn: '2018-02-01', owner: '朴成敏' });
    expect((await setFollowUpDone(db, followUp.id, '2018-01-30')).doneOn).toBe('2018-01-30');
    expect((await setFollowUpDone(db, followUp.id, undefined)).doneOn).toBeUndefined();
    await deleteVisit(db, saved.id);
    expect((await db.visits.get(saved.id))?.deleted).toBe(1);
    expect((await db.followUps.get(followUp.id))?.deleted).toBe(1);
  });

  it('records a meeting that needs its committee, and contacts by original-script name', async () => {
    const { db, member } = await setup();
    const meeting = {
      kind: 'committeeMeeting',
      title: { en: 'Disaster Prevention Committee' },
      startDate: '2018-03-05',
      hostMemberId: member.id,
      participantIds: [],
      participantCounts: { JP: 4 },
      countUnit: 'members',
      outcomes: [],
      sideEvents: [],
      agendaItems: [],
      contactIds: [],
    };
    await expect(createMeeting(db, meeting)).rejects.toMatchObject({ issues: [{ path: 'committeeId', message: 'validation.committeeRequired' }] });
    await expect(createMeeting(db, { ...meeting, kind: 'forum' })).resolves.toMatchObject({ participantCounts: { JP: 4 } });
    await expect(createContact(db, { name: '水口', latin: 'Mizuguchi', languages: ['ja'], email: 'not-an-address' })).rejects.toMatchObject({
      issues: [{ path: 'email', message: 'validation.email' }],
    });
    await expect(createContact(db, { name: '水口', latin: 'Mizuguchi', languages: ['ja'] })).resolves.toMatchObject({ name: '水口' });
  });
});

describe('General Assembly roll call', () => {
  async function assembly() {
    const { db, member } = await setup();
    const other = await createMember(db, { ...hyogo, names: { en: 'Tottori Prefecture', native: '鳥取県' } });
    const meeting = await createMeeting(db, {
      kind: 'generalAssembly',
      title: { en: '13th General Assembly' },
      startDate: '2018-10-28',
      participantIds: [],
      participantCounts: {},
      countUnit: 'members',
      outcomes: [],
      sideEvents: [],
      agendaItems: [{ en: 'Admission of new members' }, { en: 'Next assembly' }],
      contactIds: [],
    });
    return { db, meeting, present: member.id, written: other.id };
  }

  it('saves the roll call and decisions and leaves the rest of the meeting as it was', async () => {
    const { db, meeting, present, written } = await assembly();
    const rollCall = { present: [present], written: [written], unnamedPresent: 0, unnamedWritten: 0 };
    const saved = await saveRollCall(db, meeting.id, { rollCall, decisions: [{ item: 0, article: 1, inFavour: 2, against: 0, abstaining: 0 }] });
    expect(saved).toMatchObject({ rollCall, decisions: [{ item: 0, article: 1, inFavour: 2 }], title: meeting.title, agendaItems: meeting.agendaItems });
    expect(Object.keys(saved.fieldClocks).filter((field) => saved.fieldClocks[field] !== meeting.fieldClocks[field]).sort()).toEqual([
      'decisions',
      'rollCall',
    ]);
  });

  it('refuses more votes than members attending, a member both present and written, and an item not on the agenda', async () => {
    const { db, meeting, present, written } = await assembly();
    const rollCall = { present: [present], written: [written], unnamedPresent: 0, unnamedWritten: 0 };
    await expect(saveRollCall(db, meeting.id, { rollCall, decisions: [{ item: 1, article: 9, inFavour: 2, against: 1 }] })).rejects.toMatchObject({
      issues: [{ path: 'decisions.0.inFavour', message: 'validation.votesExceedAttending', values: { attending: 2 } }],
    });
    await expect(
      saveRollCall(db, meeting.id, { rollCall: { ...rollCall, written: [present] }, decisions: [] }),
    ).rejects.toMatchObject({ issues: [{ path: 'written', message: 'validation.presentAndWritten' }] });
    await expect(saveRollCall(db, meeting.id, { rollCall, decisions: [{ item: 2, article: 9 }] })).rejects.toMatchObject({
      issues: [{ path: 'decisions.0.item' }],
    });
    expect((await db.meetings.get(meeting.id))?.rollCall).toBeUndefined();
  });

  it('saves an item adopted with its tally not recorded, and refuses a tally beside it', async () => {
    const { db, meeting, present, written } = await assembly();
    const rollCall = { present: [present], written: [written], unnamedPresent: 0, unnamedWritten: 0 };
    const saved = await saveRollCall(db, meeting.id, { rollCall, decisions: [{ item: 0, article: 1, recordedResult: 'adopted' }] });
    expect(saved.decisions).toEqual([{ item: 0, article: 1, recordedResult: 'adopted' }]);
    await expect(saveRollCall(db, meeting.id, { rollCall, decisions: [{ item: 0, article: 1, recordedResult: 'adopted', inFavour: 2 }] })).rejects.toMatchObject({
      issues: [{ path: 'decisions.0.recordedResult', message: 'validation.tallyAndRecordedResult' }],
    });
  });

  it('counts votes against the electorate without the member the assembly admits', async () => {
    const { db, meeting, present, written } = await assembly();
    const admitted = await createMember(db, { ...hyogo, founding: false, names: { en: 'Akita Prefecture', native: '秋田県' }, admittedOn: '2018-10-28', admissionMeetingId: meeting.id });
    expect(admitted.admittedYear).toBe(2018);
    // Three named, but the newcomer does not vote on its own admission: two attend.
    const rollCall = { present: [present, admitted.id], written: [written], unnamedPresent: 0, unnamedWritten: 0 };
    await expect(saveRollCall(db, meeting.id, { rollCall, decisions: [{ item: 0, article: 1, inFavour: 3 }] })).rejects.toMatchObject({
      issues: [{ path: 'decisions.0.inFavour', message: 'validation.votesExceedAttending', values: { attending: 2 } }],
    });
  });

  it('keeps the roll call when the meeting is edited in its form', async () => {
    const { db, meeting, present } = await assembly();
    const rollCall = { present: [present], written: [], unnamedPresent: 3, unnamedWritten: 0 };
    const withCall = await saveRollCall(db, meeting.id, { rollCall, decisions: [{ item: 0, article: 1 }] });
    const values = meetingFormValues('en', withCall);
    const edited = meetingFormSchema('en', withCall).parse({ ...values, title: 'Thirteenth General Assembly' });
    await updateMeeting(db, meeting.id, edited);
    expect(await db.meetings.get(meeting.id)).toMatchObject({ title: { en: 'Thirteenth General Assembly' }, rollCall, decisions: [{ item: 0, article: 1 }] });
  });
});
