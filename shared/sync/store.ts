import type { BundleSender } from './bundle-format';
import type { CollectionName } from './collections';
import type { FieldConflict, SyncRecord } from './merge';
import type { Versions } from './versions';

/** An installation as bundles name it (office, person, role, public key), with its key's fingerprint. */
export type Installation = BundleSender & { fingerprint: string };

/** Another office's installation, as this one knows it. */
export type PeerRecord = Installation & {
  /** Revoked offices' bundles are refused, and their changes to secretariat-only data too. */
  status: 'trusted' | 'revoked';
  trustedAt: string;
  revokedAt?: string;
  /** What the office had when it last made a bundle this installation imported. */
  knowledge: Versions;
  lastImportAt?: string;
  lastExportAt?: string;
};

export type ChangeCounts = { added: number; changed: number; deleted: number; unchanged: number };

/** One line of the sync history: a bundle exported or imported. */
export type SyncLogEntry = {
  id: string;
  bundleId: string;
  direction: 'export' | 'import';
  at: string;
  /** The other office: the recipient of an export (if any), the sender of an import. */
  peerId?: string;
  office?: string;
  person?: string;
  full: boolean;
  encrypted: boolean;
  bytes: number;
  records: number;
  changes?: ChangeCounts;
  conflicts?: number;
  refused?: number;
  /** Installations whose changes the bundle skipped over, so what this laptop has was not advanced. */
  gaps?: string[];
};

/** A conflict kept for a person to review (local to this installation). */
export type ConflictRecord = FieldConflict & {
  id: string;
  collection: CollectionName;
  recordId: string;
  bundleId: string;
  /** Office and person that sent the bundle that revealed the conflict. */
  office: string;
  person: string;
  detectedAt: string;
  status: 'open' | 'resolved';
  resolution?: 'kept' | 'other' | 'restored' | 'superseded';
  resolvedAt?: string;
};

/** Read access to one replica's data, inside one read transaction. */
export type SyncReader = {
  /** This installation's clock (latest local or received change). */
  clock(): Promise<string | undefined>;
  /** Per installation, the clock up to which this replica has every change ('' = known to exist). */
  knowledge(): Promise<Versions>;
  peers(): Promise<PeerRecord[]>;
  /** Ids of every record in a collection, tombstones included. */
  ids(collection: CollectionName): Promise<Set<string>>;
  get(collection: CollectionName, ids: string[]): Promise<Array<SyncRecord | undefined>>;
  /** Records whose latest change is after `after` ('' = all), as copies the caller may change. */
  changedSince(collection: CollectionName, after: string): Promise<SyncRecord[]>;
  countLive(collection: CollectionName): Promise<number>;
  openConflicts(): Promise<ConflictRecord[]>;
  /** When a bundle with this id was imported before, if it was. */
  importedAt(bundleId: string): Promise<string | undefined>;
}

/** Write access inside one transaction: everything or nothing is kept. */
export type SyncWriter = {
  setClock(hlc: string): Promise<void>;
  setKnowledge(knowledge: Versions): Promise<void>;
  putPeer(peer: PeerRecord): Promise<void>;
  /** Stores records (they may carry `syncedFrom`; the store adds its own local bookkeeping). */
  put(collection: CollectionName, records: SyncRecord[]): Promise<void>;
  putConflicts(conflicts: ConflictRecord[]): Promise<void>;
  addLog(entry: SyncLogEntry): Promise<void>;
} & SyncReader

/** One replica. `write` runs its function in one atomic transaction; a throw leaves no trace. */
export type SyncStore = {
  read<T>(work: (reader: SyncReader) => Promise<T>): Promise<T>;
  write<T>(work: (writer: SyncWriter) => Promise<T>): Promise<T>;
}

/** This installation as the sync core needs it: what bundles say about it, and its signing key. */
export type LocalIdentity = Installation & { privateKey: CryptoKey };
