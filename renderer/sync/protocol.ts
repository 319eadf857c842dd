import type { BackupReason, BackupRefusalReason } from '../../shared/backup/backup-format';
import type { RestorePlan } from '../backup/snapshot';
import type { RefusalReason } from '../../shared/sync/bundle-errors';
import type { CollectionName } from '../../shared/sync/collections';
import type { ImportPlan, ImportSummary } from '../../shared/sync/import';
import type { IdentityGap } from './identity';

/** What the window asks the sync worker to do. */
export type SyncRequest =
  /** Starts the worker and opens its database connection ahead of the first real request. */
  | { type: 'warm' }
  | { type: 'preview'; source: string | Blob; passphrase?: string }
  | { type: 'apply'; token: string; trustSender: boolean; allowMassDelete: boolean }
  | { type: 'discard'; token: string }
  | { type: 'export'; recipient?: string; full: boolean; passphrase?: string }
  /** A whole copy of the data, compressed, for the window to hand to the backups folder. */
  | { type: 'backup'; reason: BackupReason }
  /** Reads and checks a backup file and compares it with the data now; nothing changes yet. */
  | { type: 'restorePreview'; data: Uint8Array }
  | { type: 'restore'; token: string };

export type ExportReply = { text: string; bundleId: string; full: boolean; counts: Record<CollectionName, number>; bytes: number };

export type SyncReplies = {
  warm: null;
  preview: { token: string; plan: ImportPlan };
  apply: ImportSummary;
  discard: null;
  export: ExportReply;
  backup: BackupReply;
  restorePreview: { token: string; plan: RestorePlan };
  restore: null;
};

export type BackupReply = { name: string; data: Uint8Array; clock?: string; createdAt: string };

/** A failure as it crosses the worker boundary. */
export type SyncFailure =
  | { kind: 'refused'; reason: RefusalReason; details: Record<string, string | number> }
  | { kind: 'identity'; missing: IdentityGap }
  | { kind: 'quota' }
  | { kind: 'backupRefused'; reason: BackupRefusalReason; details: Record<string, string | number> }
  | { kind: 'error'; message: string };

export type WorkerMessage =
  | { id: number; progress: { done: number; total: number } }
  | { id: number; result: unknown }
  | { id: number; failure: SyncFailure };
