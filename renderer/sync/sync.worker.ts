/// <reference lib="webworker" />
import { backupFileName, BackupRefused, decodeBackup, encodeBackup, type BackupDocument } from '../../shared/backup/backup-format';
import { BundleRefused } from '../../shared/sync/bundle-errors';
import { APP_VERSION } from '../../shared/version';
import { planRestore, restoreSnapshot, takeSnapshot } from '../backup/snapshot';
import { exportBundle } from '../../shared/sync/export';
import { applyImport, openBundle, planImport, type OpenedBundle } from '../../shared/sync/import';
import { NearDatabase } from '../db/database';
import { isQuotaError } from '../domain/errors';
import { DexieSyncStore } from './dexie-store';
import { loadIdentity } from './identity';
import type { SyncFailure, SyncReplies, SyncRequest, WorkerMessage } from './protocol';

/**
 * Bundle import and export run here, off the window's thread: parsing, signature checks,
 * decryption and merging 100,000 records would otherwise freeze the window for seconds.
 * The worker has its own connection to the same IndexedDB database; the window's live queries
 * see its writes when the transaction commits.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let db: NearDatabase | null = null;
const opened = new Map<string, OpenedBundle>();
const backups = new Map<string, BackupDocument>();

async function database(name: string): Promise<NearDatabase> {
  if (!db || db.name !== name) {
    db?.close();
    db = new NearDatabase(name);
    await db.open();
  }
  return db;
}

class MissingIdentity extends Error {
  constructor(readonly missing: SyncFailure & { kind: 'identity' }) {
    super(`Sync needs ${missing.missing}`);
  }
}

async function identityOf(database: NearDatabase) {
  const result = await loadIdentity(database);
  if ('missing' in result) throw new MissingIdentity({ kind: 'identity', missing: result.missing });
  return result.identity;
}

async function handle(request: SyncRequest, dbName: string, progress: (done: number, total: number) => void): Promise<SyncReplies[SyncRequest['type']]> {
  const database_ = await database(dbName);
  const store = new DexieSyncStore(database_);
  switch (request.type) {
    case 'warm':
      return null;
    case 'preview': {
      const identity = await identityOf(database_);
      const text = typeof request.source === 'string' ? request.source : await request.source.text();
      // Records are validated as they are merged: a repeated import does not pay for it.
      const bundle = await openBundle(text, request.passphrase || undefined, { records: 'whenMerged' });
      const plan = await planImport(store, bundle, identity);
      const token = crypto.randomUUID();
      opened.set(token, bundle);
      return { token, plan };
    }
    case 'apply': {
      const bundle = opened.get(request.token);
      if (!bundle) throw new Error('The bundle is no longer open; open it again.');
      const identity = await identityOf(database_);
      const summary = await applyImport(store, bundle, identity, {
        trustSender: request.trustSender,
        allowMassDelete: request.allowMassDelete,
        onProgress: progress,
      });
      opened.delete(request.token);
      return summary;
    }
    case 'discard':
      opened.delete(request.token);
      return null;
    case 'export': {
      const identity = await identityOf(database_);
      return exportBundle(store, identity, { recipient: request.recipient, full: request.full, passphrase: request.passphrase || undefined });
    }
    case 'backup': {
      const snapshot = await takeSnapshot(database_, request.reason);
      const data = encodeBackup(snapshot);
      return { name: backupFileName(new Date(snapshot.createdAt), request.reason), data, clock: snapshot.clock, createdAt: snapshot.createdAt };
    }
    case 'restorePreview': {
      const backup = decodeBackup(request.data, { appVersion: APP_VERSION, schemaVersion: database_.schemaVersion });
      const plan = await planRestore(database_, backup);
      const token = crypto.randomUUID();
      backups.clear();
      backups.set(token, backup);
      return { token, plan };
    }
    case 'restore': {
      const backup = backups.get(request.token);
      if (!backup) throw new Error('The backup is no longer open; open it again.');
      await restoreSnapshot(database_, backup);
      backups.delete(request.token);
      return null;
    }
  }
}

function failureOf(error: unknown): SyncFailure {
  if (error instanceof BundleRefused) return { kind: 'refused', reason: error.reason, details: error.details };
  if (error instanceof MissingIdentity) return error.missing;
  if (error instanceof BackupRefused) return { kind: 'backupRefused', reason: error.reason, details: error.details };
  if (isQuotaError(error)) return { kind: 'quota' };
  return { kind: 'error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

scope.onmessage = (event: MessageEvent<{ id: number; dbName: string; request: SyncRequest }>) => {
  const { id, dbName, request } = event.data;
  const post = (message: WorkerMessage) => scope.postMessage(message);
  let lastProgress = 0;
  const progress = (done: number, total: number) => {
    const now = performance.now();
    if (done < total && now - lastProgress < 100) return;
    lastProgress = now;
    post({ id, progress: { done, total } });
  };
  handle(request, dbName, progress).then(
    (result) => post({ id, result }),
    (error: unknown) => post({ id, failure: failureOf(error) }),
  );
};
