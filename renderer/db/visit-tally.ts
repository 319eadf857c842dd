import { applyVisits, type TallySlot } from '../../shared/dashboard/visit-tally';
import type { NearDatabase } from './database';

/**
 * Brings the visit tally up to date and returns it, oldest slot first. Every write of a visit on this laptop or by an
 * import stamps it with a higher `localSeq` (the timeline follows changes the same way), so only
 * the visits stamped since the last count are read: none, usually. Without a tally (first use, an
 * upgrade, a restored backup) every visit is counted again. One read-write transaction: the tally
 * and the mark of how far it has counted never disagree.
 */
export function refreshVisitTally(db: NearDatabase): Promise<TallySlot[]> {
  return db.transaction('rw', [db.visits, db.visitTally, db.visitTallyPlaces, db.meta], async () => {
    const mark = await db.meta.get('visitTally');
    const counted = mark?.key === 'visitTally' ? mark.seq : undefined;
    if (counted === undefined) await Promise.all([db.visitTally.clear(), db.visitTallyPlaces.clear()]);
    const visits = counted === undefined ? await db.visits.toArray() : await db.visits.where('localSeq').above(counted).toArray();
    const slots = await db.visitTally.toArray();
    if (visits.length === 0 && counted !== undefined) return slots;

    const tally = new Map(slots.map((slot) => [slot.slot, slot]));
    const ids = visits.map((visit) => visit.id);
    const previous = counted === undefined ? [] : await db.visitTallyPlaces.bulkGet(ids);
    const { places, changed } = applyVisits(tally, visits, previous);
    const lines = [...changed].map((slot) => tally.get(slot)!);
    await Promise.all([
      db.visitTally.bulkPut(lines.filter((line) => Object.keys(line.counts).length > 0)),
      db.visitTally.bulkDelete(lines.filter((line) => Object.keys(line.counts).length === 0).map((line) => line.slot)),
      db.visitTallyPlaces.bulkPut(places.flatMap((place, index) => (place ? [{ id: ids[index], ...place }] : []))),
      db.visitTallyPlaces.bulkDelete(ids.filter((_, index) => !places[index])),
    ]);
    const seq = visits.reduce((highest, visit) => Math.max(highest, visit.localSeq ?? 0), counted ?? 0);
    await db.meta.put({ key: 'visitTally', seq });
    // In slot order, oldest first, as the table reads them.
    return [...tally.values()].filter((line) => Object.keys(line.counts).length > 0).sort((a, b) => (a.slot < b.slot ? -1 : 1));
  });
}
