import Dexie, { RangeSet, type Table } from 'dexie';
import { SYNC_COLLECTIONS, type CollectionName } from '../../shared/sync/collections';
import type { SyncRecord } from '../../shared/sync/merge';
import { segmentTextOf } from '../../shared/sync/segments';
import { partialKey, type SyncReader, type SyncStore, type SyncWriter } from '../../shared/sync/store';
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
    seal: async () => {
      const row = await db.meta.get('seal');
      return row?.key === 'seal' ? { seq: row.seq, clock: row.clock } : { seq: 0, clock: '' };
    },
    peers: () => db.peers.toArray(),
    segments: () => db.segments.toArray(),
    segmentTexts: async (ids) => (await db.segmentTexts.bulkGet([...ids])).map((row) => row?.text ?? ''),
    heldSegments: async () => {
      const held = await db.segments.where('status').equals('held').toArray();
      const texts = await db.segmentTexts.bulkGet(held.map((row) => row.id));
      return held.map((row, index) => ({ ...row, text: texts[index]?.text ?? '' }));
    },
    ids: async (collection) => new Set(await table(db, collection).toCollection().primaryKeys()),
    get: (collection, ids) => table(db, collection).bulkGet(ids),
    changedSince: (collection, after) =>
      after === '' ? table(db, collection).toArray() : table(db, collection).where('hlc').above(after).toArray(),
    countLive: (collection) => table(db, collection).where('deleted').equals(0).count(),
    partials: async () => new Map((await db.partials.toArray()).map(({ key, collection, record }) => [key, { collection, record }])),
    openConflicts: () => db.conflicts.where('status').equals('open').toArray(),
    importsOf: async (bundleId) =>
      (await db.syncLog.filter((entry) => entry.direction === 'import' && entry.bundleId === bundleId).toArray()).sort((a, b) => a.at.localeCompare(b.at)),
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
/** Segment texts stored per request while an import writes (see `putSegments`). */
const SEGMENTS_PER_PUT = 8;

export class DexieSyncStore implements SyncStore {
  constructor(private readonly db: NearDatabase) {}

  private tables() {
    const db = this.db;
    return [...SYNC_COLLECTIONS.map((name) => db[name]), db.meta, db.peers, db.syncLog, db.conflicts, db.segments, db.segmentTexts, db.partials];
  }

  read<T>(work: (reader: SyncReader) => Promise<T>): Promise<T> {
    return this.db.transaction('r', this.tables(), async () => await work(reader(this.db)));
  }

  async write<T>(work: (writer: SyncWriter) => Promise<T>): Promise<T> {
    const db = this.db;
    const written = new Set<CollectionName>();
    const writer: SyncWriter = {
      ...reader(db),
      setClock: async (hlc) => {
        await db.meta.put({ key: 'clock', hlc });
      },
      setSeal: async (seal) => {
        await db.meta.put({ key: 'seal', ...seal });
      },
      putPeer: async (peer) => {
        await db.peers.put(peer);
      },
      put: (collection, records) => {
        // The records are the caller's own fresh objects: this laptop's bookkeeping is added in place (no copy of 100,000).
        if (LOCAL_SEQ_TABLES.has(collection)) for (const record of records) record.localSeq = localSeq();
        // Straight into IndexedDB, inside Dexie's own transaction (all or nothing still): Dexie's
        // per-record bookkeeping for live queries costs a third on top of the writes themselves.
        // Windows are told once, after the commit, that these tables changed (see below). Nothing
        // waits for the writes: the engine stores them while the next records are merged, later
        // reads in the transaction see them, and a failure aborts the whole transaction.
        const store = (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans.objectStore(collection);
        for (const record of records) store.put(record);
        written.add(collection);
        // Dexie's own promise, so the transaction's zone carries on across the caller's await.
        return Dexie.Promise.resolve();
      },
      putPartials: async (rows) => {
        await db.partials.bulkPut(rows.map((row) => ({ key: partialKey(row.collection, row.record.id), ...row })));
      },
      deletePartials: async (keys) => {
        await db.partials.bulkDelete(keys);
      },
      putSegments: async (rows) => {
        await db.segments.bulkPut(rows.map(({ text: _text, ...meta }) => meta));
        // A few at a time: a segment read from a file is its bytes until here, and its text is
        // made only to be stored (100 segments of a large bundle are hundreds of megabytes of text).
        for (let start = 0; start < rows.length; start += SEGMENTS_PER_PUT) {
          await db.segmentTexts.bulkPut(rows.slice(start, start + SEGMENTS_PER_PUT).map(({ id, text }) => ({ id, text: segmentTextOf(text) })));
        }
      },
      putConflicts: async (conflicts) => {
        await db.conflicts.bulkPut(conflicts);
      },
      addLog: async (entry) => {
        await db.syncLog.add(entry);
      },
    };
    const result = await db.transaction('rw', this.tables(), async () => await work(writer));
    if (written.size > 0) Dexie.on('storagemutated').fire(everythingIn(db.name, [...written].map((name) => db.table(name))));
    return result;
  }
}

/** The parts of the database live queries watch for the given tables: all of them changed. */
function everythingIn(dbName: string, tables: ReadonlyArray<Table>): Record<string, RangeSet> {
  const parts: Record<string, RangeSet> = {};
  for (const table of tables) {
    const prefix = `idb://${dbName}/${table.name}/`;
    for (const index of table.schema.indexes) if (index.name) parts[`${prefix}${index.name}`] = new RangeSet(-Infinity, [[[]]]);
    parts[prefix] = new RangeSet(-Infinity, [[[]]]);
    parts[`${prefix}:dels`] = new RangeSet(-Infinity, [[[]]]);
  }
  return parts;
}
