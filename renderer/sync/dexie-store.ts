import type { Table } from 'dexie';
import { SYNC_COLLECTIONS, type CollectionName } from '../../shared/sync/collections';
import type { SyncRecord } from '../../shared/sync/merge';
import type { SyncReader, SyncStore, SyncWriter } from '../../shared/sync/store';
import { LOCAL_SEQ_TABLES, type NearDatabase } from '../db/database';
import { localSeq } from '../domain/records';

function table(db: NearDatabase, collection: CollectionName): Table<SyncRecord, string> {
  return db[collection] as unknown as Table<SyncRecord, string>;
}

function reader(db: NearDatabase): SyncReader {
  return {
    clock: async () => {
      const row = await db.meta.get('clock');
      return row?.key === 'clock' ? row.hlc : undefined;
    },
    knowledge: async () => {
      const row = await db.meta.get('knowledge');
      return row?.key === 'knowledge' ? row.versions : {};
    },
    peers: () => db.peers.toArray(),
    ids: async (collection) => new Set(await table(db, collection).toCollection().primaryKeys()),
    get: (collection, ids) => table(db, collection).bulkGet(ids),
    changedSince: (collection, after) =>
      after === '' ? table(db, collection).toArray() : table(db, collection).where('hlc').above(after).toArray(),
    countLive: (collection) => table(db, collection).where('deleted').equals(0).count(),
    openConflicts: () => db.conflicts.where('status').equals('open').toArray(),
    importedAt: async (bundleId) =>
      (await db.syncLog.filter((entry) => entry.direction === 'import' && entry.bundleId === bundleId).first())?.at,
  };
}

/**
 * The sync core's view of this laptop's IndexedDB. `write` is one Dexie read-write transaction
 * over every table an import touches, so a failure anywhere (a bad record, a full disk, a closed
 * window) rolls everything back. The core awaits nothing but these calls inside it.
 * The scope functions are `async` on purpose: Dexie keeps its transaction zone across native
 * awaits only for async scope functions; a plain arrow returning the promise ended the
 * transaction early (PrematureCommitError) once the core's awaits nested a few levels deep.
 */
export class DexieSyncStore implements SyncStore {
  constructor(private readonly db: NearDatabase) {}

  private tables() {
    const db = this.db;
    return [...SYNC_COLLECTIONS.map((name) => db[name]), db.meta, db.peers, db.syncLog, db.conflicts];
  }

  read<T>(work: (reader: SyncReader) => Promise<T>): Promise<T> {
    return this.db.transaction('r', this.tables(), async () => await work(reader(this.db)));
  }

  write<T>(work: (writer: SyncWriter) => Promise<T>): Promise<T> {
    const db = this.db;
    const writer: SyncWriter = {
      ...reader(db),
      setClock: async (hlc) => {
        await db.meta.put({ key: 'clock', hlc });
      },
      setKnowledge: async (versions) => {
        await db.meta.put({ key: 'knowledge', versions: { ...versions } });
      },
      putPeer: async (peer) => {
        await db.peers.put(peer);
      },
      put: async (collection, records) => {
        const rows = LOCAL_SEQ_TABLES.has(collection) ? records.map((record) => ({ ...record, localSeq: localSeq() })) : records;
        await table(db, collection).bulkPut(rows);
      },
      putConflicts: async (conflicts) => {
        await db.conflicts.bulkPut(conflicts);
      },
      addLog: async (entry) => {
        await db.syncLog.add(entry);
      },
    };
    return db.transaction('rw', this.tables(), async () => await work(writer));
  }
}
