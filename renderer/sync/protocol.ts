import type { BackupReason, BackupRefusalReason } from '../../shared/backup/backup-format';
import type { BundleFile } from '../../shared/sync/bundle-format';
import type { RestorePlan } from '../backup/snapshot';
import type { RefusalReason } from '../../shared/sync/bundle-errors';
import type { CollectionName } from '../../shared/sync/collections';
import type { ImportPlan, ImportSummary } from '../../shared/sync/import';
import type { IdentityGap } from './identity';

/** A bundle's source as the window has it: a file (read in the worker), its bytes, or its text. */
export type BundleBytes = Blob | Uint8Array | string;

/** What a person sees of a bundle from a sender met for the first time, before anything inside is read. */
export type FirstContact = {
  sender: BundleFile['sender'];
  fingerprint: string;
  createdAt: string;
  full: boolean;
  encrypted: boolean;
  formatVersion: number;
};

/** An office whose segments another office passed on, trusted by the person in the preview. */
export type TrustedAuthor = { installationId: string; publicKey: string };

/** What the window asks the sync worker to do. */
export type SyncRequest =
  /** Starts the worker and opens its database connection ahead of the first real request. */
  | { type: 'warm' }
  /**
   * Reads a bundle (or, with `token`, the one read before) in order: envelope and signature, then
   * the sender; a sender met for the first time stops there until the person trusts it; then the
   * passphrase and the content, and the preview of what it would do. `session` groups the bundles
   * opened together (a mass deletion is measured across them).
   */
  | { type: 'preview'; source?: BundleBytes; token?: string; passphrase?: string; trustSender?: boolean; trustAuthors?: TrustedAuthor[]; session: string }
  | { type: 'apply'; token: string; trustSender: boolean; trustAuthors: TrustedAuthor[]; allowMassDelete: boolean; session: string }
  | { type: 'discard'; token: string }
  | { type: 'endSession'; session: string }
  | { type: 'export'; recipient?: string; full: boolean; passphrase?: string }
  /** Applies changes held back as stamped in the future whose time has come. */
  | { type: 'release' }
  /** A whole copy of the data, compressed, for the window to hand to the backups folder. */
  | { type: 'backup'; reason: BackupReason }
  /** Reads and checks a backup file and compares it with the data now; nothing changes yet. */
  | { type: 'restorePreview'; data: Uint8Array }
  | { type: 'restore'; token: string };

export type ExportReply = { file: Uint8Array<ArrayBuffer>; bundleId: string; full: boolean; counts: Record<CollectionName, number>; segments: number; bytes: number };

export type PreviewReply = { token: string; stage: 'firstContact'; firstContact: FirstContact } | { token: string; stage: 'plan'; plan: ImportPlan };

export type SyncReplies = {
  warm: null;
  preview: PreviewReply;
  apply: ImportSummary;
  discard: null;
  endSession: null;
  export: ExportReply;
  release: number;
  backup: BackupReply;
  restorePreview: { token: string; plan: RestorePlan };
  restore: null;
};

/** A backup's bytes (the shelf names the file), and what it holds up to: the clock and the last sealed segment (an export seals without moving the clock). */
export type BackupReply = { data: Uint8Array; clock?: string; sealSeq: number; createdAt: string };

/** A failure as it crosses the worker boundary. */
export type SyncFailure =
  | { kind: 'refused'; reason: RefusalReason; details: Record<string, string | number> }
  | { kind: 'identity'; missing: IdentityGap }
  | { kind: 'quota' }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'backupRefused'; reason: BackupRefusalReason; details: Record<string, string | number> }
  | { kind: 'error'; message: string };

export type WorkerMessage =
  | { id: number; progress: { done: number; total: number } }
  | { id: number; result: unknown }
  | { id: number; failure: SyncFailure };
