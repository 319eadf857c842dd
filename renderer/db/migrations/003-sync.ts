import type Dexie from 'dexie';
import type { RecordMeta } from '../../../shared/domain/record-meta';
import { parseHlc } from '../../../shared/sync/hlc';

const SYNCED_TABLES = ['members', 'committees', 'meetings', 'visits', 'contacts', 'followUps'] as const;

/** A record's version vector as far as its own clocks tell (records made before sync kept none). */
function versionsFromClocks(record: RecordMeta): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const clock of [record.hlc, ...Object.values(record.fieldClocks)]) {
    const { node } = parseHlc(clock);
    if (!versions[node] || versions[node] < clock) versions[node] = clock;
  }
  return versions;
}

/**
 * Version 3: sync by bundles. Every synced table gets an index on `hlc` (its latest change), so an
 * incremental export reads only records changed since what the recipient has. Records get their
 * version vector, tombstones a clock on `deleted`, and loses the clock earlier builds
 * wrongly kept for the local `localSeq`. New tables: the offices this installation
 * trusts (`peers`), the sync history (`syncLog`) and conflicts kept for review (`conflicts`).
 */
export function migration003(db: Dexie): void {
  db.version(3)
    .stores({
      members: 'id, country, kind, deleted, [deleted+country], hlc',
      committees: 'id, deleted, regulationNumber, hlc',
      meetings: 'id, deleted, [startDate+id], committeeId, localSeq, hlc',
      visits: 'id, deleted, [date+id], *memberIds, committeeId, localSeq, hlc',
      contacts: 'id, deleted, memberId, hlc',
      followUps: 'id, deleted, visitId, [deleted+dueOn], hlc',
      peers: 'installationId',
      syncLog: 'id, at',
      conflicts: 'id, status',
    })
    .upgrade(async (tx) => {
      for (const name of SYNCED_TABLES) {
        await tx
          .table(name)
          .toCollection()
          .modify((record: RecordMeta) => {
            if (!record.versions) record.versions = versionsFromClocks(record);
            if (record.deleted && !record.fieldClocks.deleted) record.fieldClocks = { ...record.fieldClocks, deleted: record.hlc };
            // Earlier builds stamped the local `localSeq` like a domain field; it must not travel.
            if ('localSeq' in record.fieldClocks) {
              const { localSeq: _local, ...clocks } = record.fieldClocks;
              record.fieldClocks = clocks;
            }
          });
      }
    });
}
