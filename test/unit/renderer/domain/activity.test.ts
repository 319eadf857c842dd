import { describe, expect, it } from 'vitest';
import { addFollowUp, createContact, createMeeting, deleteVisit, logVisit, setFollowUpDone } from '../../../../renderer/domain/activity';
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
