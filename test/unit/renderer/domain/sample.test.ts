import { describe, expect, it } from 'vitest';
import { createMember, deleteMember } from '../../../../renderer/domain/members';
import { loadSampleData, startEmpty } from '../../../../renderer/domain/sample';
import { sampleActivity } from '../../../../shared/sample/activity';
import { freshDatabase, hyogo } from '../fixtures';

describe('loading the NEAR sample data', () => {
  it('loads the 79 governments, 17 committees and the 2018 activity in one go and records the choice', async () => {
    const db = await freshDatabase();
    expect(await loadSampleData(db)).toEqual({ members: 79, committees: 17, meetings: 9, contacts: 39, visits: 40, followUps: 18, dues: 0, duesPostponements: 1, staff: 17, reportTexts: 6 });
    expect(await db.members.count()).toBe(79);
    expect(await db.members.where('[deleted+country]').equals([0, 'MN']).count()).toBe(22);
    expect(await db.committees.count()).toBe(17);
    expect(await db.meta.get('firstRun')).toMatchObject({ choice: 'sample' });
  });

  it('never duplicates and never brings back what a user deleted', async () => {
    const db = await freshDatabase();
    await loadSampleData(db);
    const akita = await db.members.filter((member) => member.names.en.startsWith('Akita')).first();
    await deleteMember(db, akita?.id ?? '');
    expect(await loadSampleData(db)).toEqual({ members: 0, committees: 0, meetings: 0, contacts: 0, visits: 0, followUps: 0, dues: 0, duesPostponements: 0, staff: 0, reportTexts: 0 });
    expect(await db.members.count()).toBe(79);
    expect((await db.members.get(akita?.id ?? ''))?.deleted).toBe(1);
  });

  it('gives every laptop the same ids, so two offices that load it hold the same records', async () => {
    const [a, b] = await Promise.all([freshDatabase(), freshDatabase()]);
    await loadSampleData(a);
    await loadSampleData(b);
    expect(await a.members.toCollection().primaryKeys()).toEqual(await b.members.toCollection().primaryKeys());
  });

  it("enters meetings and visits in the report's order, each after the one before, and later edits after them all", async () => {
    const db = await freshDatabase();
    await loadSampleData(db);
    const { meetings, visits } = sampleActivity();
    const entered = [...(await db.meetings.bulkGet(meetings.map((meeting) => meeting.id))), ...(await db.visits.bulkGet(visits.map((visit) => visit.id)))];
    const times = entered.map((record) => record!.createdAt);
    expect(times).toEqual([...times].sort());
    expect(new Set(times).size).toBe(times.length);
    // The clock has moved on with them: what a person enters next is never entered before the sample.
    const added = await createMember(db, { ...hyogo, names: { en: 'Newcomer Province', native: 'Newcomer' }, founding: false });
    expect(added.hlc > entered.at(-1)!.hlc).toBe(true);
    expect(added.createdAt >= times.at(-1)!).toBe(true);
  });

  it('remembers a choice to start empty', async () => {
    const db = await freshDatabase();
    await startEmpty(db);
    expect(await db.meta.get('firstRun')).toMatchObject({ choice: 'empty' });
    expect(await db.members.count()).toBe(0);
  });
});
