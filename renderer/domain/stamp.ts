import { formatHlc, lastClock, tick } from '../../shared/sync/hlc';
import { stampOf, type Stamp } from '../../shared/sync/record-stamp';
import type { NearDatabase } from '../db/database';

/**
 * The next change stamp of this installation. Must run inside a read-write transaction that
 * includes `meta`, so the clock advances together with the change it stamps.
 */
export async function nextStamp(db: NearDatabase, now: Date = new Date()): Promise<Stamp> {
  const installation = await db.meta.get('installation');
  if (installation?.key !== 'installation') throw new Error('The installation has no id yet');
  const clock = await db.meta.get('clock');
  const last = lastClock(clock?.key === 'clock' ? clock.hlc : undefined, installation.id);
  const hlc = formatHlc(tick(last, now.getTime()));
  await db.meta.put({ key: 'clock', hlc });
  return stampOf(hlc);
}
