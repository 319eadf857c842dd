/// <reference lib="webworker" />
import '../../shared/zod-jitless';
import { BackupRefused, decodeBackup, encodeBackup, type BackupDocument } from '../../shared/backup/backup-format';
import { BundleRefused } from '../../shared/sync/bundle-errors';
import { APP_VERSION } from '../../shared/version';
import { planRestore, restoreSnapshot, takeSnapshot } from '../backup/snapshot';
import { BundleTooLarge } from '../../shared/sync/bundle-errors';
import { exportBundle } from '../../shared/sync/export';
import { applyImport, applyImportedAgain, countLive, planImport, recogniseImported, releaseHeld, type ImportPlan, type ImportSession } from '../../shared/sync/import';
import { MAX_BUNDLE_BYTES } from '../../shared/sync/limits';
import { openContent, openEnvelope, senderStatus, type Envelope, type OpenedBundle } from '../../shared/sync/open-bundle';
import { NearDatabase } from '../db/database';
import { isQuotaError } from '../domain/errors';
import { DexieSyncStore } from './dexie-store';
import { loadIdentity } from './identity';
import type { BundleBytes, PreviewReply, SyncFailure, SyncReplies, SyncRequest, WorkerMessage } from './protocol';

/**
 * Bundle import and export run here, off the window's thread: parsing, signature checks,
 * decryption and merging 100,000 records would otherwise freeze the window for seconds.
 * The worker has its own connection to the same IndexedDB database; the window's live queries
 * see its writes when the transaction commits.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let db: NearDatabase | null = null;
/** Bundles being previewed: the envelope (checked), and the content once it is read. */
const bundles = new Map<string, { envelope: Envelope; opened?: OpenedBundle; again?: ImportPlan }>();
/** Import sessions: the bundles opened together, measured against the data as it was before the first. */
const sessions = new Map<string, ImportSession>();
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
    case 'preview':
      return preview(request, store, database_);
    case 'apply': {
      const entry = bundles.get(request.token);
      if (!entry) throw new Error('The bundle is no longer open; open it again.');
      const identity = await identityOf(database_);
      const session = await sessionOf(request.session, store);
      // A bundle recognised as imported before in full: logged again, its content still unread,
      // unless something changed since the preview (then it is opened and applied as any other).
      const again = entry.again ? await applyImportedAgain(store, entry.envelope, identity, { session }) : null;
      if (again) {
        bundles.delete(request.token);
        return again;
      }
      // (An encrypted one then asks for its passphrase again: the refusal says so.)
      entry.opened ??= await openContent(entry.envelope);
      const bundle = entry.opened;
      const summary = await applyImport(store, bundle, identity, {
        trustSender: request.trustSender,
        trustAuthors: request.trustAuthors,
        allowMassDelete: request.allowMassDelete,
        session,
        onProgress: progress,
      });
      bundles.delete(request.token);
      return summary;
    }
    case 'discard':
      bundles.delete(request.token);
      return null;
    case 'endSession':
      sessions.delete(request.session);
      return null;
    case 'release': {
      const loaded = await loadIdentity(database_);
      if ('missing' in loaded) return 0;
      if ((await database_.segments.where('status').equals('held').count()) === 0) return 0;
      return store.write((writer) => releaseHeld(writer, loaded.identity, new Date()));
    }
    case 'export': {
      const identity = await identityOf(database_);
      return exportBundle(store, identity, { recipient: request.recipient, full: request.full, passphrase: request.passphrase || undefined });
    }
    case 'backup': {
      const snapshot = await takeSnapshot(database_, request.reason);
      const data = await encodeBackup(snapshot);
      return { data, clock: snapshot.clock, sealSeq: snapshot.seal?.seq ?? 0, createdAt: snapshot.createdAt };
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

/**
 * A bundle's checked envelope, from the file's bytes: over the size limit it is refused before it
 * is read; only its header is decoded here (the content is read from the bytes, segment by segment).
 */
async function envelopeOf(source: BundleBytes): Promise<Envelope> {
  if (typeof source === 'string') return openEnvelope(source);
  if (source instanceof Blob && source.size > MAX_BUNDLE_BYTES) throw new BundleRefused('tooLarge', { size: source.size, limit: MAX_BUNDLE_BYTES });
  return openEnvelope(source instanceof Blob ? new Uint8Array(await source.arrayBuffer()) : source);
}

async function sessionOf(id: string, store: DexieSyncStore): Promise<ImportSession> {
  let session = sessions.get(id);
  if (!session) {
    session = { liveBefore: await store.read(countLive), deleted: 0 };
    sessions.set(id, session);
  }
  return session;
}

/**
 * The preview, cheap refusals first: the envelope and its signature, then who sent it (a sender met
 * for the first time stops here until a person trusts it: nothing inside is decrypted or read for
 * a stranger), then the passphrase and the content, then what the import would do.
 */
async function preview(request: Extract<SyncRequest, { type: 'preview' }>, store: DexieSyncStore, database_: NearDatabase): Promise<PreviewReply> {
  const identity = await identityOf(database_);
  let token = request.token;
  let entry = token ? bundles.get(token) : undefined;
  if (!entry) {
    if (request.source === undefined) throw new Error('The bundle is no longer open; open it again.');
    entry = { envelope: await envelopeOf(request.source) };
    token = crypto.randomUUID();
    bundles.set(token, entry);
  }
  const { file } = entry.envelope;
  const status = senderStatus(file, await database_.peers.toArray(), identity);
  if (status === 'new' && !request.trustSender) {
    return {
      token: token!,
      stage: 'firstContact',
      firstContact: { sender: file.sender, fingerprint: entry.envelope.fingerprint, createdAt: file.createdAt, full: file.full, encrypted: file.encryption !== null, formatVersion: file.formatVersion },
    };
  }
  const session = await sessionOf(request.session, store);
  if (!entry.opened && status === 'trusted') {
    // The same file imported before in full is recognised by its signature: nothing in it is read again.
    entry.again = (await recogniseImported(store, entry.envelope, identity, session)) ?? undefined;
    if (entry.again) return { token: token!, stage: 'plan', plan: entry.again };
  }
  entry.opened ??= await openContent(entry.envelope, request.passphrase || undefined);
  const plan = await planImport(store, entry.opened, identity, { trustAuthors: request.trustAuthors, session });
  return { token: token!, stage: 'plan', plan };
}

function failureOf(error: unknown): SyncFailure {
  if (error instanceof BundleRefused) return { kind: 'refused', reason: error.reason, details: error.details };
  if (error instanceof MissingIdentity) return error.missing;
  if (error instanceof BackupRefused) return { kind: 'backupRefused', reason: error.reason, details: error.details };
  if (error instanceof BundleTooLarge) return { kind: 'tooLarge', bytes: error.bytes, limit: error.limit };
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
    // A bundle's bytes are handed over, not copied (hundreds of megabytes for a large one).
    (result) => scope.postMessage({ id, result } satisfies WorkerMessage, request.type === 'export' ? [(result as SyncReplies['export']).file.buffer] : []),
    (error: unknown) => post({ id, failure: failureOf(error) }),
  );
};
