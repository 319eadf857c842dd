import Dexie, { type Table } from 'dexie';
import type { ContactRecord, FollowUpRecord, MeetingRecord, VisitRecord } from '../../shared/domain/activity';
import type { CommitteeRecord } from '../../shared/domain/committee';
import type { DuesPostponementRecord, DuesRecord } from '../../shared/domain/dues';
import type { MemberRecord } from '../../shared/domain/member';
import type { TallyPlace, TallySlot } from '../../shared/dashboard/visit-tally';
import type { ReportTextRecord, StaffRecord } from '../../shared/domain/secretariat';
import type { OfficeRole } from '../../shared/sync/collections';
import type { ConflictRecord, PartialRow, PeerRecord, SegmentMeta, SyncLogEntry } from '../../shared/sync/store';
import { MIGRATIONS } from './migrations';

/** Key-value rows about this installation: its id, its clock, first-run choices. */
export type MetaRow =
  | { key: 'installation'; id: string; createdAt: string }
  | { key: 'clock'; hlc: string }
  | { key: 'firstRun'; choice: 'sample' | 'empty'; at: string }
  | { key: 'profile'; office: string; person: string; role?: OfficeRole }
  /** The installation's Ed25519 key; the private half is a non-extractable CryptoKey. */
  | { key: 'signingKey'; publicKey: string; fingerprint: string; privateKey: CryptoKey; createdAt: string }
  /** Up to where this installation has sealed its own changes into signed segments (see shared/sync/seal.ts). */
  | { key: 'seal'; seq: number; clock: string }
  /** How often backups are made and how many are kept (see shared/backup). */
  | { key: 'backupSettings'; everyHours: number; keep: number }
  /** The last backup written, and this installation's clock and seal at the time: if neither moved, no new one is needed. */
  | { key: 'lastBackup'; at: string; name: string; clock?: string; sealSeq?: number }
  /** Up to which `localSeq` the visit tally has counted the visits (see visit-tally.ts); none: rebuild it. */
  | { key: 'visitTally'; seq: number };

/** Local bookkeeping on any synced row: the bundle that last changed it here (never synced). */
export type SyncedFrom = { syncedFrom?: string };

/** Tables whose rows carry `localSeq`, so the timeline picks up what any write (or import) changed. */
export const LOCAL_SEQ_TABLES: ReadonlySet<string> = new Set(['meetings', 'visits']);

/** Local bookkeeping on activity rows: when this laptop last wrote them (never synced). */
export type LocalSeq = { localSeq: number };

/** A half-filled form, kept until it is saved or discarded. */
export type DraftRow = { key: string; values: unknown; savedAt: string };

export const DATABASE_NAME = 'near-desk';

/** The registry as stored in IndexedDB on this laptop. */
export class NearDatabase extends Dexie {
  members!: Table<MemberRecord & SyncedFrom, string>;
  committees!: Table<CommitteeRecord & SyncedFrom, string>;
  meta!: Table<MetaRow, string>;
  meetings!: Table<MeetingRecord & LocalSeq & SyncedFrom, string>;
  visits!: Table<VisitRecord & LocalSeq & SyncedFrom, string>;
  contacts!: Table<ContactRecord & SyncedFrom, string>;
  followUps!: Table<FollowUpRecord & SyncedFrom, string>;
  dues!: Table<DuesRecord & SyncedFrom, string>;
  duesPostponements!: Table<DuesPostponementRecord & SyncedFrom, string>;
  staff!: Table<StaffRecord & SyncedFrom, string>;
  reportTexts!: Table<ReportTextRecord & SyncedFrom, string>;
  drafts!: Table<DraftRow, string>;
  peers!: Table<PeerRecord, string>;
  syncLog!: Table<SyncLogEntry, string>;
  conflicts!: Table<ConflictRecord, string>;
  segments!: Table<SegmentMeta, string>;
  segmentTexts!: Table<{ id: string; text: string }, string>;
  partials!: Table<PartialRow & { key: string }, string>;
  visitTally!: Table<TallySlot, string>;
  visitTallyPlaces!: Table<TallyPlace & { id: string }, string>;

  /** The newest schema version this build knows. */
  readonly schemaVersion: number;

  constructor(name: string = DATABASE_NAME, migrations = MIGRATIONS) {
    super(name, { autoOpen: false });
    for (const migrate of migrations) migrate(this);
    this.schemaVersion = this.verno;
  }
}
