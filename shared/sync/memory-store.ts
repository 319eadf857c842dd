import { SYNC_COLLECTIONS, type CollectionName } from './collections';
import type { SyncRecord } from './merge';
import { segmentTextOf } from './segments';
import type { ConflictRecord, PartialRow, PeerRecord, SealState, SegmentRow, SyncLogEntry, SyncReader, SyncStore, SyncWriter } from './store';

/** The whole state of an in-memory replica; plain data, so it can be saved as JSON. */
export type MemoryState = {
  clock?: string;
  seal: SealState;
  peers: PeerRecord[];
  records: Record<CollectionName, SyncRecord[]>;
  partials: PartialRow[];
  segments: SegmentRow[];
  conflicts: ConflictRecord[];
  log: SyncLogEntry[];
};

type Tables = {
  clock?: string;
  seal: SealState;
  peers: Map<string, PeerRecord>;
  records: Record<CollectionName, Map<string, SyncRecord>>;
  partials: Map<string, PartialRow>;
  segments: Map<string, SegmentRow>;
  conflicts: Map<string, ConflictRecord>;
  log: SyncLogEntry[];
};

const partialKeyOf = (row: PartialRow) => `${row.collection}/${row.record.id}`;

function metaOf(row: SegmentRow) {
  const { text: _text, ...meta } = row;
  return meta;
}

function reader(tables: Tables): SyncReader {
  return {
    clock: async () => tables.clock,
    seal: async () => tables.seal,
    peers: async () => [...tables.peers.values()],
    segments: async () => [...tables.segments.values()].map(metaOf),
    segmentTexts: async (ids) => ids.map((id) => tables.segments.get(id)?.text ?? ''),
    heldSegments: async () => [...tables.segments.values()].filter((row) => row.status === 'held'),
    ids: async (collection) => new Set(tables.records[collection].keys()),
    get: async (collection, ids) => ids.map((id) => tables.records[collection].get(id)),
    changedSince: async (collection, after) =>
      [...tables.records[collection].values()]
        .filter((record) => record.hlc > after)
        .map((record) => ({ ...record, fieldClocks: { ...record.fieldClocks } })),
    countLive: async (collection) => [...tables.records[collection].values()].filter((record) => !record.deleted).length,
    partials: async () => new Map(tables.partials),
    openConflicts: async () => [...tables.conflicts.values()].filter((entry) => entry.status === 'open'),
    importsOf: async (bundleId) =>
      tables.log.filter((entry) => entry.direction === 'import' && entry.bundleId === bundleId).sort((a, b) => a.at.localeCompare(b.at)).map((entry) => structuredClone(entry)),
  };
}

/**
 * A replica held in memory: the same sync core as the app's IndexedDB store, for the
 * command-line tool and for tests. `write` works on a copy and swaps it in only on success,
 * so a failure half-way leaves the state as it was.
 */
export class MemoryStore implements SyncStore {
  private tables: Tables;

  constructor(state?: Partial<MemoryState>) {
    this.tables = {
      clock: state?.clock,
      seal: state?.seal ?? { seq: 0, clock: '' },
      peers: new Map((state?.peers ?? []).map((peer) => [peer.installationId, peer])),
      records: Object.fromEntries(
        SYNC_COLLECTIONS.map((name) => [name, new Map((state?.records?.[name] ?? []).map((record) => [record.id, record]))]),
      ) as Tables['records'],
      partials: new Map((state?.partials ?? []).map((row) => [partialKeyOf(row), row])),
      segments: new Map((state?.segments ?? []).map((row) => [row.id, row])),
      conflicts: new Map((state?.conflicts ?? []).map((entry) => [entry.id, entry])),
      log: [...(state?.log ?? [])],
    };
  }

  async read<T>(work: (reader: SyncReader) => Promise<T>): Promise<T> {
    return work(reader(this.tables));
  }

  async write<T>(work: (writer: SyncWriter) => Promise<T>): Promise<T> {
    const draft: Tables = {
      clock: this.tables.clock,
      seal: this.tables.seal,
      peers: new Map(this.tables.peers),
      records: Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, new Map(this.tables.records[name])])) as Tables['records'],
      partials: new Map(this.tables.partials),
      segments: new Map(this.tables.segments),
      conflicts: new Map(this.tables.conflicts),
      log: [...this.tables.log],
    };
    const writer: SyncWriter = {
      ...reader(draft),
      setClock: async (hlc) => {
        draft.clock = hlc;
      },
      setSeal: async (seal) => {
        draft.seal = { ...seal };
      },
      putPeer: async (peer) => {
        draft.peers.set(peer.installationId, peer);
      },
      put: async (collection, records) => {
        for (const record of records) draft.records[collection].set(record.id, record);
      },
      putPartials: async (rows) => {
        for (const row of rows) draft.partials.set(partialKeyOf(row), row);
      },
      deletePartials: async (keys) => {
        for (const key of keys) draft.partials.delete(key);
      },
      putSegments: async (rows) => {
        for (const row of rows) draft.segments.set(row.id, { ...row, text: segmentTextOf(row.text) });
      },
      putConflicts: async (conflicts) => {
        for (const entry of conflicts) draft.conflicts.set(entry.id, entry);
      },
      addLog: async (entry) => {
        draft.log.push(entry);
      },
    };
    const result = await work(writer);
    this.tables = draft;
    return result;
  }

  /** A plain copy of the state (for saving, and for comparing replicas in tests). */
  snapshot(): MemoryState {
    return {
      clock: this.tables.clock,
      seal: { ...this.tables.seal },
      peers: [...this.tables.peers.values()],
      records: Object.fromEntries(
        SYNC_COLLECTIONS.map((name) => [name, [...this.tables.records[name].values()].sort((a, b) => (a.id < b.id ? -1 : 1))]),
      ) as MemoryState['records'],
      partials: [...this.tables.partials.values()],
      segments: [...this.tables.segments.values()],
      conflicts: [...this.tables.conflicts.values()],
      log: [...this.tables.log],
    };
  }
}
