import type { BundleSender } from './bundle-format';
import type { CollectionName } from './collections';
import type { Knowledge, SegmentKey } from './knowledge';
import type { FieldConflict, SyncRecord } from './merge';

/** An installation as bundles name it (office, person, role, public key), with its key's fingerprint. */
export type Installation = BundleSender & { fingerprint: string };

/** Another office's installation, as this one knows it. */
export type PeerRecord = Installation & {
  /** Revoked offices' bundles are refused, and every change they signed is left out. */
  status: 'trusted' | 'revoked';
  trustedAt: string;
  revokedAt?: string;
  /**
   * What the office said it held when it last made a bundle this installation imported (its own
   * signed statement about itself): what an incremental bundle for it leaves out.
   */
  knowledge: Knowledge;
  /** First trusted from a segment another office passed on, rather than from its own bundle. */
  introducedBy?: string;
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
  /** Record changes the bundle carried. */
  records: number;
  changes?: ChangeCounts;
  conflicts?: number;
  /** Changes left out: out of scope, unattributable, invalid. */
  refused?: number;
  /** Segments held back because their clocks are too far ahead. */
  held?: number;
  /** Installations whose changes the bundle skipped over (this laptop still lacks some of them). */
  gaps?: string[];
  /**
   * An imported bundle's signature, which covers its id, header and every byte of its content: the
   * same id with the same signature is the same file, recognised without reading its content.
   */
  signature?: string;
  /**
   * The records an import touched, per collection, when none stayed incomplete: what importing the
   * same bundle again counts as unchanged.
   */
  touched?: Partial<Record<CollectionName, number>>;
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

/**
 * A segment this replica holds. `applied`: its changes are in the records; `held`: stamped too far
 * ahead, kept until its time comes. Its text, exactly as signed (what it relays), is kept apart.
 */
export type SegmentMeta = SegmentKey & {
  status: 'applied' | 'held';
  /** The latest clock in it. */
  last: string;
  changes: number;
  /** Its changes per collection (what a bundle's header counts). */
  collections: Partial<Record<CollectionName, number>>;
  receivedAt: string;
  /** The bundle and the office it came in (for a held segment: whom to ask about its clock). */
  bundleId?: string;
  via?: { installationId: string; office: string };
};

/** A segment with its text. */
export type SegmentRow = SegmentMeta & { text: string };

/**
 * A segment to store, with its text as its author signed it: JSON text, or the UTF-8 bytes it
 * stands as in the file it came in (decoded as it is stored, so a bundle's segments are not held
 * as text on top of their changes during an import).
 */
export type NewSegmentRow = SegmentMeta & { text: string | Uint8Array };

/** A record whose changes arrived before the fields it cannot be without: kept aside until they come. */
export type PartialRow = { collection: CollectionName; record: SyncRecord };

/** Up to where this installation has sealed its own changes into signed segments. */
export type SealState = { seq: number; clock: string };

/** Read access to one replica's data, inside one read transaction. */
export type SyncReader = {
  /** This installation's clock (latest local or received change). */
  clock(): Promise<string | undefined>;
  seal(): Promise<SealState>;
  peers(): Promise<PeerRecord[]>;
  /** Every segment held, applied or held back, without their text. */
  segments(): Promise<SegmentMeta[]>;
  /** The stored text of segments, in the order asked. */
  segmentTexts(ids: readonly string[]): Promise<string[]>;
  heldSegments(): Promise<SegmentRow[]>;
  /** Ids of every record in a collection, tombstones included. */
  ids(collection: CollectionName): Promise<Set<string>>;
  get(collection: CollectionName, ids: string[]): Promise<Array<SyncRecord | undefined>>;
  /** Records whose latest change is after `after` ('' = all), as copies the caller may change. */
  changedSince(collection: CollectionName, after: string): Promise<SyncRecord[]>;
  countLive(collection: CollectionName): Promise<number>;
  /** Incomplete records, keyed `collection/id`. */
  partials(): Promise<Map<string, PartialRow>>;
  openConflicts(): Promise<ConflictRecord[]>;
  /** The imports of a bundle with this id (none if it never was), oldest first. */
  importsOf(bundleId: string): Promise<SyncLogEntry[]>;
};

/** Write access inside one transaction: everything or nothing is kept. */
export type SyncWriter = {
  setClock(hlc: string): Promise<void>;
  setSeal(seal: SealState): Promise<void>;
  putPeer(peer: PeerRecord): Promise<void>;
  /**
   * Stores records, which the caller hands over: they may carry `syncedFrom`, and the store adds
   * its own local bookkeeping to them in place.
   */
  put(collection: CollectionName, records: SyncRecord[]): Promise<void>;
  putPartials(rows: PartialRow[]): Promise<void>;
  deletePartials(keys: string[]): Promise<void>;
  putSegments(rows: NewSegmentRow[]): Promise<void>;
  putConflicts(conflicts: ConflictRecord[]): Promise<void>;
  addLog(entry: SyncLogEntry): Promise<void>;
} & SyncReader;

/** One replica. `write` runs its function in one atomic transaction; a throw leaves no trace. */
export type SyncStore = {
  read<T>(work: (reader: SyncReader) => Promise<T>): Promise<T>;
  write<T>(work: (writer: SyncWriter) => Promise<T>): Promise<T>;
};

/** This installation as the sync core needs it: what bundles say about it, and its signing key. */
export type LocalIdentity = Installation & { privateKey: CryptoKey };

/** The key partial records are stored under. */
export const partialKey = (collection: CollectionName, id: string) => `${collection}/${id}`;
