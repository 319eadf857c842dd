import { describe, expect, it } from 'vitest';
import { createCommittee, retireCommittee } from '../../../../renderer/domain/committees';
import { ValidationError } from '../../../../renderer/domain/errors';
import { createMember, deleteMember, updateMember } from '../../../../renderer/domain/members';
import { freshDatabase, hyogo, snapshot } from '../fixtures';

async function rejection(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('member domain functions', () => {
  it('adds a member with an offline UUID and this installation as its author', async () => {
    const db = await freshDatabase();
    const installation = await db.meta.get('installation');
    const member = await createMember(db, hyogo);
    expect(member.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(member).toMatchObject({ createdBy: installation?.key === 'installation' ? installation.id : '', deleted: 0 });
    expect(await db.members.get(member.id)).toEqual(member);
  });

  it('writes nothing when the input is invalid, and says which field is wrong', async () => {
    const db = await freshDatabase();
    const before = await snapshot(db);
    const error = await rejection(createMember(db, { ...hyogo, names: { en: '', native: '兵庫県' }, country: 'VN' }));
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['names.en', 'validation.required'],
      ['country', 'validation.memberCountry'],
    ]);
    expect(await snapshot(db)).toBe(before);
  });

  it('refuses the same government twice in a country', async () => {
    const db = await freshDatabase();
    await createMember(db, hyogo);
    const error = await rejection(createMember(db, { ...hyogo, names: { en: 'hyogo  prefecture', native: '兵庫' } }));
    expect(error.issues[0]).toMatchObject({ path: 'names.en', message: 'validation.duplicateName' });
    expect(await db.members.count()).toBe(1);
  });

  it('stamps only the edited fields with a newer clock', async () => {
    const db = await freshDatabase();
    const member = await createMember(db, hyogo);
    const edited = await updateMember(db, member.id, { ...hyogo, admittedYear: 1996 });
    expect(edited.fieldClocks.admittedYear > member.hlc).toBe(true);
    expect(edited.fieldClocks.names).toBe(member.fieldClocks.names);
    expect(edited.hlc > member.hlc).toBe(true);
  });

  it('stores an admission date with its year for older versions, and refuses an admitting meeting not on record', async () => {
    const db = await freshDatabase();
    const member = await createMember(db, { ...hyogo, admittedOn: '1996-09' });
    expect(member).toMatchObject({ admittedOn: '1996-09', admittedYear: 1996 });
    const cleared = await updateMember(db, member.id, { ...hyogo });
    expect(cleared.admittedYear).toBeUndefined();
    const error = await rejection(updateMember(db, member.id, { ...hyogo, admissionMeetingId: '35883268-9b85-446f-a697-3ed1688f6935' }));
    expect(error.issues).toEqual([{ path: 'admissionMeetingId', message: 'validation.referenceDeleted' }]);
  });

  it('deletes by tombstone so the deletion can travel, and hides the member', async () => {
    const db = await freshDatabase();
    const member = await createMember(db, hyogo);
    await deleteMember(db, member.id);
    const stored = await db.members.get(member.id);
    expect(stored).toMatchObject({ deleted: 1, names: hyogo.names });
    expect(stored?.deletedAt).toBeTruthy();
    expect(await db.members.where('deleted').equals(0).count()).toBe(0);
    await rejection(updateMember(db, member.id, hyogo));
  });

  it('will not delete a member that coordinates a running committee, nor make it an associate', async () => {
    const db = await freshDatabase();
    const member = await createMember(db, hyogo);
    const committee = await createCommittee(db, {
      names: { en: 'Disaster Prevention Committee' },
      coordinatorIds: [member.id],
      foundedYear: 1998,
      meetingsHeld: 16,
      field: {},
    });
    const error = await rejection(deleteMember(db, member.id));
    expect(error.issues[0]).toMatchObject({ message: 'validation.memberCoordinates' });
    await rejection(updateMember(db, member.id, { ...hyogo, kind: 'associate', country: 'VN', founding: undefined }));

    await retireCommittee(db, committee.id, '2020-01-01');
    await deleteMember(db, member.id);
    expect((await db.members.get(member.id))?.deleted).toBe(1);
  });
});
