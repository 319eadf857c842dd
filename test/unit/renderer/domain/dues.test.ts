import { describe, expect, it } from 'vitest';
import { duesEntryId } from '../../../../shared/domain/dues';
import { rightsOn } from '../../../../shared/governance/assembly';
import { addPostponement, clearDues, endPostponement, recordDues, removePostponement, reopenPostponement } from '../../../../renderer/domain/dues';
import { ValidationError } from '../../../../renderer/domain/errors';
import { createMember } from '../../../../renderer/domain/members';
import { freshDatabase, hyogo } from '../fixtures';

const payment = (memberId: string, fiscalYear = 2019) => ({
  memberId,
  fiscalYear,
  status: 'paid',
  amount: 1_180_000,
  currency: 'KRW',
  receivedOn: `${fiscalYear}-04-12`,
});

async function setup() {
  const db = await freshDatabase();
  const member = await createMember(db, { ...hyogo, admittedYear: 1996 });
  return { db, member };
}

const rightsOf = async (db: Awaited<ReturnType<typeof freshDatabase>>, memberId: string, asOf: string) =>
  rightsOn(await db.members.toArray(), await db.dues.toArray(), await db.duesPostponements.toArray(), asOf).get(memberId);

describe('dues ledger', () => {
  it('records a payment once per member and year: recording again corrects the same entry', async () => {
    const { db, member } = await setup();
    await recordDues(db, payment(member.id));
    await recordDues(db, { ...payment(member.id), amount: 1_200_000 });
    const rows = await db.dues.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: duesEntryId(member.id, 2019), amount: 1_200_000, currency: 'KRW', deleted: 0 });
  });

  it('turns the vote back on when a member with two unpaid years pays', async () => {
    const { db, member } = await setup();
    expect(await rightsOf(db, member.id, '2019-05-01')).toMatchObject({ votes: false, unpaidYears: [2018, 2019] });
    await recordDues(db, payment(member.id, 2019));
    // 2018 remains owed; one year unpaid keeps the vote.
    expect(await rightsOf(db, member.id, '2019-05-01')).toMatchObject({ votes: true, unpaidYears: [2018] });
  });

  it('clears an entry by tombstone, and a later payment brings the same entry back', async () => {
    const { db, member } = await setup();
    const entry = await recordDues(db, payment(member.id));
    await clearDues(db, entry.id);
    expect(await db.dues.get(entry.id)).toMatchObject({ deleted: 1 });
    expect(await rightsOf(db, member.id, '2020-05-01')).toMatchObject({ votes: false });
    await recordDues(db, { ...payment(member.id), status: 'waived', amount: undefined, currency: undefined, receivedOn: undefined });
    expect(await db.dues.get(entry.id)).toMatchObject({ deleted: 0, status: 'waived' });
    expect(await db.dues.count()).toBe(1);
  });

  it('refuses a payment without amount, currency and date, or before 2018, and writes nothing', async () => {
    const { db, member } = await setup();
    const error = await recordDues(db, { memberId: member.id, fiscalYear: 2019, status: 'paid' }).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path).sort()).toEqual(['amount', 'currency', 'receivedOn']);
    await expect(recordDues(db, payment(member.id, 2017))).rejects.toMatchObject({ issues: [{ path: 'fiscalYear', message: 'validation.duesYear' }] });
    expect(await db.dues.count()).toBe(0);
  });

  it('is Pohang’s alone: a branch office can neither record nor postpone', async () => {
    const { db, member } = await setup();
    await db.meta.put({ key: 'profile', office: 'Hyogo branch', person: 'Tanaka', role: 'branch' });
    await expect(recordDues(db, payment(member.id))).rejects.toMatchObject({ issues: [{ message: 'validation.secretariatOnly' }] });
    await expect(addPostponement(db, { fiscalYears: [2020], decidedOn: '2019-09-01' })).rejects.toMatchObject({
      issues: [{ message: 'validation.secretariatOnly' }],
    });
    expect(await db.dues.count()).toBe(0);
    expect(await db.duesPostponements.count()).toBe(0);
  });

  it('respects a postponement until it is withdrawn', async () => {
    const { db, member } = await setup();
    const decision = await addPostponement(db, { fiscalYears: [2019, 2018], decidedOn: '2018-10-29' });
    expect(decision.fiscalYears).toEqual([2018, 2019]);
    expect(await rightsOf(db, member.id, '2019-05-01')).toMatchObject({ votes: true, unpaidYears: [] });
    await removePostponement(db, decision.id);
    expect(await rightsOf(db, member.id, '2019-05-01')).toMatchObject({ votes: false, unpaidYears: [2018, 2019] });
  });

  it('refuses a postponement that names a meeting not on record', async () => {
    const { db } = await setup();
    await expect(
      addPostponement(db, { fiscalYears: [2020], decidedOn: '2019-09-01', meetingId: '7b0c1a34-2d5e-4f60-8a7b-9c0d1e2f3a4b' }),
    ).rejects.toMatchObject({ issues: [{ path: 'meetingId' }] });
  });
});

describe('ending an open-ended postponement', () => {
  const TODAY = '2026-12-07';
  const awaited = { en: 'the 12th executive committee (2019)', zh: '2019年第十二次事务委员会' };
  const open = async () => {
    const { db, member } = await setup();
    const decision = await addPostponement(db, { fromFiscalYear: 2018, awaiting: awaited, decidedOn: '2017', confirmedOn: '2018-10-29' });
    return { db, member, decision };
  };
  // The first message of each field, as the form shows it beside the field.
  const issuesOf = (failure: unknown) =>
    Object.fromEntries((failure as ValidationError).issues.reverse().map((issue) => [issue.path, [issue.message, issue.values?.year].filter(Boolean).join(' ')]));

  it('records the last year and the decision, and the years after are owed again', async () => {
    const { db, member, decision } = await open();
    expect(await rightsOf(db, member.id, '2021-05-01')).toMatchObject({ votes: true, unpaidYears: [] });
    const ended = await endPostponement(db, decision.id, { untilFiscalYear: 2019, endedOn: '2019-09', endedBy: awaited }, TODAY);
    expect(ended).toMatchObject({ fromFiscalYear: 2018, untilFiscalYear: 2019, endedOn: '2019-09', endedBy: awaited, awaiting: awaited, confirmedOn: '2018-10-29' });
    expect(await rightsOf(db, member.id, '2021-05-01')).toMatchObject({ votes: false, unpaidYears: [2020, 2021] });
    // Only the fields of the end took the new clock, so another office's edit of the note still merges.
    expect(ended.fieldClocks.untilFiscalYear).toBe(ended.hlc);
    expect(ended.fieldClocks.decidedOn).toBe(decision.hlc);
  });

  it('refuses an end before the start, after the ledger’s last year or without its date, all at once, and writes nothing', async () => {
    const { db, decision } = await open();
    const before = await db.duesPostponements.get(decision.id);
    const early = await endPostponement(db, decision.id, { untilFiscalYear: 2017 }, TODAY).catch((failure: unknown) => failure);
    expect(issuesOf(early)).toEqual({ untilFiscalYear: 'validation.duesYear', endedOn: 'validation.required' });
    const late = await endPostponement(db, decision.id, { untilFiscalYear: 2027, endedOn: '2019' }, TODAY).catch((failure: unknown) => failure);
    expect(issuesOf(late)).toEqual({ untilFiscalYear: 'validation.endAfterLedger 2026' });
    const undated = await endPostponement(db, decision.id, {}, TODAY).catch((failure: unknown) => failure);
    expect(issuesOf(undated)).toEqual({ untilFiscalYear: 'validation.required', endedOn: 'validation.required' });
    const ahead = await endPostponement(db, decision.id, { untilFiscalYear: 2019, endedOn: '2016' }, TODAY).catch((failure: unknown) => failure);
    expect(issuesOf(ahead)).toEqual({ endedOn: 'validation.endedBeforeDecided' });
    expect(await db.duesPostponements.get(decision.id)).toEqual(before);
  });

  it('reaches a later year once the ledger has it: a year already paid in advance', async () => {
    const { db, member, decision } = await open();
    await recordDues(db, payment(member.id, 2027));
    await expect(endPostponement(db, decision.id, { untilFiscalYear: 2027, endedOn: '2026-11' }, TODAY)).resolves.toMatchObject({ untilFiscalYear: 2027 });
  });

  it('is corrected by ending it again, and taken back by reopening it, which waits for a later decision again', async () => {
    const { db, member, decision } = await open();
    await endPostponement(db, decision.id, { untilFiscalYear: 2019, endedOn: '2019', endedBy: awaited }, TODAY);
    const moved = await endPostponement(db, decision.id, { untilFiscalYear: 2020, endedOn: '2019-09-04' }, TODAY);
    expect(moved).toMatchObject({ untilFiscalYear: 2020, endedOn: '2019-09-04' });
    expect(moved.endedBy).toBeUndefined();
    const reopened = await reopenPostponement(db, decision.id);
    for (const field of ['untilFiscalYear', 'endedOn', 'endedBy', 'endedByMeetingId']) expect(reopened).not.toHaveProperty(field);
    expect(reopened).toMatchObject({ fromFiscalYear: 2018, awaiting: awaited });
    expect(await rightsOf(db, member.id, '2026-12-07')).toMatchObject({ votes: true, unpaidYears: [] });
  });

  it('ends only a postponement from a year, names only a meeting on record, and is Pohang’s alone', async () => {
    const { db, decision } = await open();
    const listed = await addPostponement(db, { fiscalYears: [2020], decidedOn: '2019-09-01' });
    await expect(endPostponement(db, listed.id, { untilFiscalYear: 2020, endedOn: '2020' }, TODAY)).rejects.toMatchObject({ issues: [{ message: 'validation.notOpenEnded' }] });
    await expect(
      endPostponement(db, decision.id, { untilFiscalYear: 2019, endedOn: '2019', endedByMeetingId: '7b0c1a34-2d5e-4f60-8a7b-9c0d1e2f3a4b' }, TODAY),
    ).rejects.toMatchObject({ issues: [{ path: 'endedByMeetingId' }] });
    await db.meta.put({ key: 'profile', office: 'Hyogo branch', person: 'Tanaka', role: 'branch' });
    await expect(endPostponement(db, decision.id, { untilFiscalYear: 2019, endedOn: '2019' }, TODAY)).rejects.toMatchObject({
      issues: [{ message: 'validation.secretariatOnly' }],
    });
    expect(await db.duesPostponements.get(decision.id)).not.toHaveProperty('untilFiscalYear');
  });
});
