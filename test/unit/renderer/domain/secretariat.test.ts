import { describe, expect, it } from 'vitest';
import { staffOfYear } from '../../../../shared/domain/secretariat';
import { createMember, deleteMember } from '../../../../renderer/domain/members';
import {
  addReportText,
  addStaff,
  removeReportText,
  removeStaff,
  retireStaff,
  updateReportText,
  updateStaff,
} from '../../../../renderer/domain/secretariat';
import { freshDatabase, hyogo } from '../fixtures';

const person = { name: { chinese: '宾惠英' }, role: { en: 'NEAR Secretariat, Hyogo branch office' }, office: 'branch', order: 9 };
const foreword = { year: 2018, kind: 'foreword', order: 1, author: { name: { en: 'Hong Jong-kyung' }, title: {} }, text: { zh: '值此新春佳节来临之际' } };

async function setup() {
  const db = await freshDatabase();
  const member = await createMember(db, hyogo);
  return { db, member };
}

describe('the staff list', () => {
  it('adds a person working at a member government’s branch office, and refuses one whose government is not in the registry', async () => {
    const { db, member } = await setup();
    const added = await addStaff(db, { ...person, memberId: member.id });
    expect(await db.staff.get(added.id)).toMatchObject({ name: { chinese: '宾惠英' }, office: 'branch', memberId: member.id, deleted: 0 });
    await expect(addStaff(db, person)).rejects.toMatchObject({ issues: [{ path: 'memberId', message: 'validation.secondingMember' }] });
    await expect(addStaff(db, { ...person, memberId: crypto.randomUUID() })).rejects.toMatchObject({ issues: [{ path: 'memberId', message: 'validation.referenceDeleted' }] });
    await deleteMember(db, member.id);
    await expect(addStaff(db, { ...person, memberId: member.id })).rejects.toMatchObject({ issues: [{ path: 'memberId' }] });
    expect(await db.staff.count()).toBe(1);
  });

  it('records a leaving date as precise as known: the person stays in the years they served', async () => {
    const { db, member } = await setup();
    const added = await addStaff(db, { ...person, memberId: member.id, from: '2016' });
    const retired = await retireStaff(db, added.id, '2018-10');
    expect(retired).toMatchObject({ from: '2016', to: '2018-10' });
    expect(Object.keys(retired.fieldClocks).filter((field) => retired.fieldClocks[field] !== added.fieldClocks[field])).toEqual(['to']);
    const staff = await db.staff.toArray();
    expect(staffOfYear(staff, 2018)).toHaveLength(1);
    expect(staffOfYear(staff, 2019)).toHaveLength(0);
    await expect(retireStaff(db, added.id, '2015')).rejects.toMatchObject({ issues: [{ path: 'to', message: 'validation.endBeforeStart' }] });
  });

  it('edits an entry, clearing a leaving date entered by mistake', async () => {
    const { db, member } = await setup();
    const added = await addStaff(db, { ...person, memberId: member.id, to: '2018' });
    const { to: _to, ...rest } = { ...person, memberId: member.id, to: '2018' };
    const edited = await updateStaff(db, added.id, { ...rest, name: { chinese: '宾惠英', latin: 'Bin Hye-young' } });
    expect(edited.to).toBeUndefined();
    expect(edited.name).toEqual({ chinese: '宾惠英', latin: 'Bin Hye-young' });
  });

  it('deletes an entry by tombstone', async () => {
    const { db, member } = await setup();
    const added = await addStaff(db, { ...person, memberId: member.id });
    await removeStaff(db, added.id);
    expect(await db.staff.get(added.id)).toMatchObject({ deleted: 1 });
    await expect(updateStaff(db, added.id, { ...person, memberId: member.id })).rejects.toMatchObject({ issues: [{ message: 'common.notFound' }] });
  });

  it('is Pohang’s alone: a branch office or a seconded official can change neither staff nor texts', async () => {
    const { db, member } = await setup();
    const added = await addStaff(db, { ...person, memberId: member.id });
    const text = await addReportText(db, foreword);
    for (const role of ['branch', 'seconded'] as const) {
      await db.meta.put({ key: 'profile', office: 'Hyogo branch', person: 'Tanaka', role });
      const refused = { issues: [{ message: 'validation.secretariatOnly' }] };
      await expect(addStaff(db, { ...person, memberId: member.id })).rejects.toMatchObject(refused);
      await expect(updateStaff(db, added.id, { ...person, memberId: member.id, order: 1 })).rejects.toMatchObject(refused);
      await expect(retireStaff(db, added.id, '2019')).rejects.toMatchObject(refused);
      await expect(removeStaff(db, added.id)).rejects.toMatchObject(refused);
      await expect(addReportText(db, foreword)).rejects.toMatchObject(refused);
      await expect(updateReportText(db, text.id, { ...foreword, order: 2 })).rejects.toMatchObject(refused);
      await expect(removeReportText(db, text.id)).rejects.toMatchObject(refused);
    }
    expect(await db.staff.toArray()).toEqual([added]);
    expect(await db.reportTexts.toArray()).toEqual([text]);
  });
});

describe('the texts of the report', () => {
  it('adds, edits and deletes a foreword, found by year', async () => {
    const { db } = await setup();
    const text = await addReportText(db, foreword);
    const edited = await updateReportText(db, text.id, { ...foreword, text: { ...foreword.text, en: 'New Year greetings.' }, summarised: ['en'] });
    expect(edited).toMatchObject({ text: { zh: '值此新春佳节来临之际', en: 'New Year greetings.' }, summarised: ['en'] });
    expect(await db.reportTexts.where('year').equals(2018).count()).toBe(1);
    await removeReportText(db, text.id);
    expect(await db.reportTexts.get(text.id)).toMatchObject({ deleted: 1 });
  });

  it('refuses a foreword without author or text, and writes nothing', async () => {
    const { db } = await setup();
    await expect(addReportText(db, { ...foreword, author: undefined })).rejects.toMatchObject({ issues: [{ message: 'validation.authorRequired' }] });
    await expect(addReportText(db, { ...foreword, text: {} })).rejects.toMatchObject({ issues: [{ path: 'text.en', message: 'validation.textRequired' }] });
    expect(await db.reportTexts.count()).toBe(0);
  });
});
