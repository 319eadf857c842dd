import { describe, expect, it } from 'vitest';
import { activityCharts, memberCountryBits, type VisitRow } from '../../../../shared/dashboard/activity';
import { tallyRows, type TallySlot } from '../../../../shared/dashboard/visit-tally';
import type { NearDatabase } from '../../../../renderer/db/database';
import { refreshVisitTally } from '../../../../renderer/db/visit-tally';
import { deleteVisit, logVisit, updateVisit } from '../../../../renderer/domain/activity';
import { createMember } from '../../../../renderer/domain/members';
import { freshDatabase, hyogo } from '../fixtures';
import { office, send } from '../sync/offices';

const FILTERS = [{ fromYear: 2000, toYear: 2030 }, { fromYear: 2018, toYear: 2018, country: 'JP' as const }];

/** The activity charts counted from the tally, and counted from every live visit read one by one. */
async function bothWays(db: NearDatabase, slots: readonly TallySlot[]) {
  const members = await db.members.toArray();
  const visits: VisitRow[] = (await db.visits.toArray()).filter((visit) => !visit.deleted);
  const bits = memberCountryBits(members);
  return {
    fromTally: FILTERS.map((filter) => activityCharts(tallyRows(slots), [], bits, filter)),
    fromVisits: FILTERS.map((filter) => activityCharts(visits, [], bits, filter)),
    total: tallyRows(slots).reduce((sum, row) => sum + (row.count ?? 1), 0),
  };
}

async function withVisits() {
  const db = await freshDatabase();
  const member = await createMember(db, hyogo);
  const korean = await createMember(db, { ...hyogo, names: { en: 'Gyeongbuk', ko: '경상북도', native: '경상북도' }, country: 'KR' });
  const visit = (date: string, memberIds: string[]) => ({
    date,
    direction: 'inbound',
    office: 'Pohang secretariat',
    staff: ['洪钟庆'],
    counterpartType: 'member',
    memberIds,
    contactIds: [],
    title: { en: `Visit of ${date}` },
    topics: [],
  });
  const first = await logVisit(db, visit('2018-01-23', [member.id]));
  const second = await logVisit(db, visit('2018-10', [member.id, korean.id]));
  const third = await logVisit(db, visit('2019', [korean.id]));
  return { db, member, korean, visit, ids: [first.id, second.id, third.id] };
}

describe('the visit tally', () => {
  it('counts what the charts count from the visits themselves, after adding, editing and deleting', async () => {
    const { db, ids, visit, korean } = await withVisits();
    let counted = await bothWays(db, await refreshVisitTally(db));
    expect(counted.total).toBe(3);
    expect(counted.fromTally).toEqual(counted.fromVisits);

    // Moved to another month and another member government, then one deleted.
    await updateVisit(db, ids[0], visit('2019-03-02', [korean.id]));
    await deleteVisit(db, ids[2]);
    counted = await bothWays(db, await refreshVisitTally(db));
    expect(counted.total).toBe(2);
    expect(counted.fromTally).toEqual(counted.fromVisits);
    expect(counted.fromTally[1].byCountry.values.flat().reduce((sum, value) => sum + value, 0)).toBe(1);
  });

  it('reads only what changed: a second refresh with no new write gives the same tally', async () => {
    const { db } = await withVisits();
    const first = await refreshVisitTally(db);
    const again = await refreshVisitTally(db);
    expect(again).toEqual(first);
  });

  it('is rebuilt from every visit when it is missing, as after an upgrade or a restore', async () => {
    const { db, ids } = await withVisits();
    await refreshVisitTally(db);
    await deleteVisit(db, ids[1]);
    const followed = await refreshVisitTally(db);
    await db.meta.delete('visitTally');
    await db.visitTally.put({ slot: '2001-01', counts: { 'inbound stale': 7 } });
    const rebuilt = await refreshVisitTally(db);
    expect(rebuilt).toEqual(followed);
    expect((await bothWays(db, rebuilt)).total).toBe(2);
  });

  it('counts the visits an import brings, and the ones it deletes', async () => {
    const secretariat = await office('Pohang', 'secretariat', true);
    const branch = await office('Hyogo', 'branch');
    await refreshVisitTally(branch.db);
    await send(secretariat, branch, { full: true });
    let counted = await bothWays(branch.db, await refreshVisitTally(branch.db));
    const live = await secretariat.db.visits.filter((visit) => !visit.deleted).count();
    expect(live).toBeGreaterThan(0);
    expect(counted.total).toBe(live);
    expect(counted.fromTally).toEqual(counted.fromVisits);

    const gone = await secretariat.db.visits.filter((visit) => !visit.deleted).first();
    await deleteVisit(secretariat.db, gone!.id);
    await send(secretariat, branch);
    counted = await bothWays(branch.db, await refreshVisitTally(branch.db));
    expect(counted.total).toBe(live - 1);
    expect(counted.fromTally).toEqual(counted.fromVisits);
  });
});
