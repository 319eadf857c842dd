import type Dexie from 'dexie';
import type { RecordMeta } from '../../../shared/domain/record-meta';
import type { SyncRecord } from '../../../shared/sync/merge';
import { repairOwnClock, repairRecordClocks } from '../../../shared/sync/repair';

/**
 * Version 5: changes signed by their authors (bundle format 2). New tables: the segments this
 * laptop holds (`segments`, without their text, and `segmentTexts`, the text as signed, which is
 * what it relays), and records still waiting for the fields they cannot be without (`partials`).
 * `meta.seal` says up to where this installation has sealed its own changes (from nothing: the
 * first export after the upgrade seals its whole own history). What this laptop believed it had of
 * each office (`meta.knowledge`) and what each office said it had (`peers.knowledge`) were written
 * in terms a relay could inflate; they are dropped, and come back from segments and the next
 * bundles (the next bundle to each office is a full one).
 *
 * A store an older version let a far-future clock into is repaired here: see `repair.ts`.
 */
/**
 * The synced tables as they were at version 5. Collections added later do not exist yet when an
 * older database passes through this upgrade on its way to the current version.
 */
const COLLECTIONS_AT_5 = ['members', 'committees', 'meetings', 'contacts', 'visits', 'followUps', 'dues', 'duesPostponements'] as const;

export function migration005(db: Dexie): void {
  db.version(5)
    .stores({
      segments: 'id, author, [author+seq], status',
      segmentTexts: 'id',
      partials: 'key',
    })
    .upgrade(async (tx) => {
      const now = Date.now();
      for (const name of COLLECTIONS_AT_5) {
        await tx
          .table(name)
          .toCollection()
          .modify((record: RecordMeta) => {
            repairRecordClocks(record as SyncRecord, now);
          });
      }
      const meta = tx.table('meta');
      const installation = (await meta.get('installation')) as { id: string } | undefined;
      const clock = (await meta.get('clock')) as { hlc: string } | undefined;
      if (installation && clock) {
        const fixed = repairOwnClock(clock.hlc, installation.id, now);
        if (fixed && fixed !== clock.hlc) await meta.put({ key: 'clock', hlc: fixed });
      }
      await meta.delete('knowledge');
      await meta.put({ key: 'seal', seq: 0, clock: '' });
      await tx
        .table('peers')
        .toCollection()
        .modify((peer: { knowledge: unknown }) => {
          peer.knowledge = {};
        });
    });
}
