import { describe, expect, it } from 'vitest';
import { createCommittee, reinstateCommittee, retireCommittee, updateCommittee } from '../../../../renderer/domain/committees';
import { ValidationError } from '../../../../renderer/domain/errors';
import { createMember, deleteMember } from '../../../../renderer/domain/members';
import { freshDatabase, hyogo, snapshot } from '../fixtures';

const hoChiMinh = { names: { en: 'Ho Chi Minh City', native: 'Thành phố Hồ Chí Minh' }, country: 'VN', kind: 'associate' };

async function setup() {
  const db = await freshDatabase();
  const coordinator = await createMember(db, hyogo);
  const committee = {
    names: { en: 'Disaster Prevention Committee', zh: '防灾专门委员会' },
    coordinatorIds: [coordinator.id],
    foundedYear: 1998,
    meetingsHeld: 16,
    field: { zh: '预防灾害、提高防灾能力' },
    regulationNumber: 4,
    lastMeetingOn: '2018-03-05',
  };
  return { db, coordinator, committee };
}

describe('committee domain functions', () => {
  it('adds, edits, retires and reinstates a committee', async () => {
    const { db, committee } = await setup();
    const created = await createCommittee(db, committee);
    const edited = await updateCommittee(db, created.id, { ...committee, meetingsHeld: 17 });
    expect(edited.meetingsHeld).toBe(17);
    expect((await retireCommittee(db, created.id, '2019-01-01')).retiredOn).toBe('2019-01-01');
    expect((await reinstateCommittee(db, created.id)).retiredOn).toBeUndefined();
  });

  it('refuses coordinators that are deleted or associate members, writing nothing', async () => {
    const { db, committee, coordinator } = await setup();
    const associate = await createMember(db, hoChiMinh);
    const before = await snapshot(db);
    await expect(createCommittee(db, { ...committee, coordinatorIds: [associate.id] })).rejects.toThrow(ValidationError);
    expect(await snapshot(db)).toBe(before);

    const other = await createMember(db, { ...hyogo, names: { en: 'Tottori Prefecture', native: '鳥取県' }, founding: undefined });
    await deleteMember(db, other.id);
    await expect(createCommittee(db, { ...committee, coordinatorIds: [coordinator.id, other.id] })).rejects.toMatchObject({
      issues: [{ path: 'coordinatorIds', message: 'validation.coordinatorDeleted' }],
    });
  });

  it('keeps regulation numbers unique among running committees', async () => {
    const { db, committee } = await setup();
    const first = await createCommittee(db, committee);
    await expect(createCommittee(db, { ...committee, names: { en: 'Another' } })).rejects.toMatchObject({
      issues: [{ path: 'regulationNumber', message: 'validation.regulationTaken' }],
    });
    await retireCommittee(db, first.id, '2019-01-01');
    await expect(createCommittee(db, { ...committee, names: { en: 'Successor' } })).resolves.toMatchObject({ regulationNumber: 4 });
  });
});
