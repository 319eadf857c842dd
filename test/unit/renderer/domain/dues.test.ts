import { describe, expect, it } from 'vitest';
import { duesEntryId } from '../../../../shared/domain/dues';
import { rightsOn } from '../../../../shared/governance/assembly';
import { addPostponement, clearDues, recordDues, removePostponement } from '../../../../renderer/domain/dues';
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
