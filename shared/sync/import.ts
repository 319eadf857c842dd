import { BundleRefused } from './bundle-errors';
import { isSignedFormat, type BundleFile, type BundleHeader } from './bundle-format';
import { SYNC_COLLECTIONS, type CollectionName } from './collections';
import { aheadOf, formatHlc, lastClock, parseHlc, receive } from './hlc';
import { batchesOf, buildPlan, bundleFacts, countLive, localTrust, trustContext, type ImportOptions, type ImportPlan, type ImportSession } from './import-plan';
import { MAX_AHEAD_MS } from './limits';
import { senderStatus, type Envelope, type OpenedBundle } from './open-bundle';
import { emptyReconciliation, reconcile } from './reconcile';
import type { Batch, Reconciliation } from './reconcile-types';
import { segmentShapeProblem, type Segment } from './segments';
import type { SyncRecord } from './merge';
import type { ConflictRecord, LocalIdentity, SyncLogEntry, SyncReader, SyncStore, SyncWriter } from './store';

export { openBundle, openContent, openEnvelope, senderStatus, type Envelope, type OpenedBundle, type SenderStatus } from './open-bundle';
export type { HeldBack, InvalidChange, Refusal, Unattributed } from './reconcile-types';
export { countLive, planImport, startSession, type ImportOptions, type ImportPlan, type ImportSession } from './import-plan';

export type ImportSummary = ImportPlan & { logId: string };

/** Moves this laptop's clock past the latest change it applied (never past the time bound). */
async function advanceClock(writer: SyncWriter, identity: Pick<LocalIdentity, 'installationId'>, latest: string, now: Date): Promise<void> {
  if (!latest || aheadOf(latest, now.getTime()) > MAX_AHEAD_MS) return;
  const last = lastClock(await writer.clock(), identity.installationId);
  await writer.setClock(formatHlc(receive(last, parseHlc(latest), now.getTime())));
}

/** The writer functions a reconciliation stores its records through, marked with the bundle they came from. */
function storeThrough(writer: SyncWriter, bundleId: string | undefined) {
  return {
    records: (collection: CollectionName, records: SyncRecord[]) => {
      // Freshly merged records, owned by the import: marked in place.
      if (bundleId) for (const record of records) record.syncedFrom = bundleId;
      return writer.put(collection, records);
    },
    partials: async (rows: Parameters<SyncWriter['putPartials']>[0], completed: string[]) => {
      if (rows.length > 0) await writer.putPartials(rows);
      if (completed.length > 0) await writer.deletePartials(completed);
    },
  };
}

/** Conflicts as kept for review, and those a later change has settled. */
async function keepConflicts(writer: SyncWriter, reconciliation: Reconciliation, file: BundleFile | null, at: string): Promise<void> {
  const rows: ConflictRecord[] = reconciliation.conflicts.map(({ collection, recordId, conflict }) => ({
    ...conflict,
    id: crypto.randomUUID(),
    collection,
    recordId,
    bundleId: file?.bundleId ?? '',
    office: file?.sender.office ?? '',
    person: file?.sender.person ?? '',
    detectedAt: at,
    status: 'open',
  }));
  const superseded = reconciliation.superseded.map((entry) => ({ ...entry, status: 'resolved' as const, resolution: 'superseded' as const, resolvedAt: at }));
  if (rows.length + superseded.length > 0) await writer.putConflicts([...superseded, ...rows]);
}

/**
 * Applies segments held back earlier whose time has come (their clocks are no longer too far
 * ahead), inside the caller's transaction. Returns how many were applied.
 */
export async function releaseHeld(writer: SyncWriter, identity: Pick<LocalIdentity, 'installationId' | 'role' | 'publicKey'>, now: Date): Promise<number> {
  const due = (await writer.heldSegments()).filter((row) => aheadOf(row.last, now.getTime()) <= MAX_AHEAD_MS);
  if (due.length === 0) return 0;
  const batches: Batch[] = [];
  for (const row of due) {
    const segment = JSON.parse(row.text) as Segment;
    // Checked when it arrived; checked again, as nothing read back from storage is trusted blindly.
    if (segmentShapeProblem(segment, 'held')) continue;
    batches.push({ author: segment.body.author, changes: segment.body.changes, segment: { ...segment, text: row.text, valid: true, last: row.last } });
  }
  const context = localTrust(identity, await writer.peers(), now);
  const reconciliation = await reconcile(writer, batches, context, new WeakMap(), { write: storeThrough(writer, undefined), releasing: true });
  const applied = reconciliation.newSegments.filter((row) => row.status === 'applied');
  const original = new Map(due.map((row) => [row.id, row]));
  await writer.putSegments(applied.map((row) => ({ ...original.get(row.id)!, status: 'applied' })));
  await keepConflicts(writer, reconciliation, null, now.toISOString());
  await advanceClock(writer, identity, reconciliation.latest, now);
  return applied.length;
}

/**
 * Applies a bundle in one transaction: applies what its authors' trusted keys prove (field by
 * field), holds back what is stamped too far ahead, leaves out and lists what is not attributable
 * or not the author's to change, keeps conflicts for review, stores each new segment to relay it,
 * records what the sender says it holds (for incremental bundles to it), and logs the import.
 * Refuses (changing nothing) an untrusted sender, a revoked or changed key, or an unconfirmed
 * mass deletion.
 */
export async function applyImport(
  store: SyncStore,
  opened: OpenedBundle,
  identity: Pick<LocalIdentity, 'installationId' | 'role' | 'publicKey'>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const now = options.now ?? new Date();
  const { file } = opened;
  const summary = await store.write(async (writer: SyncWriter) => {
    const peers = await writer.peers();
    const status = senderStatus(file, peers, identity);
    if (status === 'new' && !options.trustSender) throw new BundleRefused('untrusted', { office: file.sender.office });
    const session = options.session ?? { liveBefore: await countLive(writer), deleted: 0 };
    await releaseHeld(writer, identity, now);
    const context = trustContext(identity, peers, opened, options, now);
    const via = { installationId: file.sender.installationId, office: file.sender.office };
    const reconciliation = await reconcile(writer, batchesOf(opened), context, opened.validated, {
      write: storeThrough(writer, file.bundleId),
      onProgress: options.onProgress,
      bundleId: file.bundleId,
      via,
    });
    const plan = await buildPlan(writer, opened, identity, status, reconciliation, session, context);
    if (plan.massDelete && !options.allowMassDelete) throw new BundleRefused('massDelete', { deleted: plan.sessionDeleted });
    await writer.putSegments(reconciliation.newSegments);
    await advanceClock(writer, identity, reconciliation.latest, now);

    const at = now.toISOString();
    for (const [installationId, { publicKey, role }] of context.trusted) {
      if (installationId === identity.installationId || context.peers.has(installationId)) continue;
      const isSender = installationId === file.sender.installationId;
      const statement = isSender ? file.sender : opened.segments.find((segment) => segment.body.author.installationId === installationId)!.body.author;
      await writer.putPeer({
        installationId,
        office: statement.office,
        person: statement.person,
        role,
        publicKey,
        fingerprint: opened.fingerprints.get(publicKey) ?? '',
        status: 'trusted',
        trustedAt: at,
        knowledge: {},
        ...(isSender ? {} : { introducedBy: file.sender.installationId }),
      });
    }
    const existing = (await writer.peers()).find((entry) => entry.installationId === file.sender.installationId)!;
    await writer.putPeer({
      ...existing,
      office: file.sender.office,
      person: file.sender.person,
      // What the office says it holds: its own statement, used only for what to send it next.
      knowledge: isSignedFormat(file.formatVersion) ? opened.upTo : {},
      lastImportAt: at,
    });
    await keepConflicts(writer, reconciliation, file, at);
    const records = opened.legacy ? opened.legacy.changes.length : opened.segments.reduce((sum, segment) => sum + segment.body.changes.length, 0);
    const entry = importLog(file, at, opened.bytes, records, plan);
    await writer.addLog(entry);
    return { ...plan, logId: entry.id };
  });
  if (options.session) options.session.deleted = summary.sessionDeleted;
  return summary;
}

/** The sync history's line for an import: what the plan did, and the file's signature, which recognises it if it comes again. */
function importLog(file: BundleFile, at: string, bytes: number, records: number, plan: ImportPlan): SyncLogEntry {
  return {
    id: crypto.randomUUID(),
    bundleId: file.bundleId,
    direction: 'import',
    at,
    peerId: file.sender.installationId,
    office: file.sender.office,
    person: file.sender.person,
    full: file.full,
    encrypted: file.encryption !== null,
    bytes,
    records,
    changes: plan.counts,
    conflicts: plan.conflicts,
    // Changes left out: out of scope, invalid, or not attributable.
    refused: plan.refusals.length + plan.invalid.length + plan.unattributed.reduce((sum, entry) => sum + entry.changes, 0),
    held: plan.held.length,
    gaps: plan.gaps,
    signature: file.signature,
    ...(plan.pending === 0 ? { touched: touchedOf(plan.perCollection) } : {}),
  };
}

/** Records a plan touches per collection (added, changed, deleted or unchanged), leaving out the zeros. */
function touchedOf(perCollection: ImportPlan['perCollection']): Partial<Record<CollectionName, number>> {
  const touched: Partial<Record<CollectionName, number>> = {};
  for (const name of SYNC_COLLECTIONS) {
    const { added, changed, deleted, unchanged } = perCollection[name];
    if (added + changed + deleted + unchanged > 0) touched[name] = added + changed + deleted + unchanged;
  }
  return touched;
}

/**
 * The import this exact bundle had here before (its id and its signature, which covers every byte
 * of it), when that import took in everything: nothing left out, nothing held back, no gap. Then
 * importing it again can change nothing (every segment in it is held here and merges are
 * idempotent), and with a trusted sender it is recognised from its envelope alone.
 */
async function completeImportOf(reader: SyncReader, envelope: Envelope): Promise<SyncLogEntry | undefined> {
  const { file } = envelope;
  if (!isSignedFormat(file.formatVersion)) return undefined;
  return (await reader.importsOf(file.bundleId)).find(
    (entry) => entry.signature === file.signature && entry.peerId === file.sender.installationId && (entry.refused ?? 1) === 0 && (entry.held ?? 1) === 0 && (entry.gaps ?? ['?']).length === 0 && entry.touched !== undefined,
  );
}

/** The plan of a bundle imported before, completely: everything in it is here already. */
function plannedAgain(envelope: Envelope, before: SyncLogEntry, identity: Pick<LocalIdentity, 'installationId'>, session: ImportSession): ImportPlan {
  const header = envelope.file as BundleFile & BundleHeader;
  const { perCollection, refusals, unattributed, held, invalid, pending, forks } = emptyReconciliation();
  for (const name of SYNC_COLLECTIONS) perCollection[name].unchanged = before.touched?.[name] ?? 0;
  const unchanged = Object.values(perCollection).reduce((sum, counts) => sum + counts.unchanged, 0);
  return {
    ...bundleFacts(envelope, identity, 'trusted'),
    counts: { added: 0, changed: 0, deleted: 0, unchanged },
    perCollection,
    conflicts: 0,
    refusals,
    unattributed,
    held,
    invalid,
    pending,
    forks,
    gaps: [],
    segments: { total: header.counts.segments, new: 0, alreadyHeld: 0 },
    introduced: [],
    massDelete: false,
    sessionDeleted: session.deleted,
    importedBefore: before.at,
  };
}

/**
 * Recognises, from its checked envelope alone, a bundle from a trusted office that was imported
 * here before in full: its content is then neither decrypted nor read. Returns what importing it
 * again would do (nothing), or null when the bundle must be opened and planned as usual.
 */
export async function recogniseImported(
  store: SyncStore,
  envelope: Envelope,
  identity: Pick<LocalIdentity, 'installationId' | 'publicKey'>,
  session?: ImportSession,
): Promise<ImportPlan | null> {
  return store.read(async (reader) => {
    if (senderStatus(envelope.file, await reader.peers(), identity) !== 'trusted') return null;
    const before = await completeImportOf(reader, envelope);
    return before ? plannedAgain(envelope, before, identity, session ?? { liveBefore: 0, deleted: 0 }) : null;
  });
}

/**
 * Imports again a bundle `recogniseImported` recognised: checks in the write transaction that it
 * still is what it was, and logs the import (nothing else changes). Returns null when it no longer
 * is (the bundle must then be opened and imported as usual).
 */
export async function applyImportedAgain(
  store: SyncStore,
  envelope: Envelope,
  identity: Pick<LocalIdentity, 'installationId' | 'publicKey'>,
  options: Pick<ImportOptions, 'now' | 'session'> = {},
): Promise<ImportSummary | null> {
  const at = (options.now ?? new Date()).toISOString();
  const { file } = envelope;
  return store.write(async (writer) => {
    const peers = await writer.peers();
    if (senderStatus(file, peers, identity) !== 'trusted') return null;
    const before = await completeImportOf(writer, envelope);
    if (!before) return null;
    const plan = plannedAgain(envelope, before, identity, options.session ?? { liveBefore: 0, deleted: 0 });
    const peer = peers.find((entry) => entry.installationId === file.sender.installationId)!;
    await writer.putPeer({ ...peer, office: file.sender.office, person: file.sender.person, lastImportAt: at });
    const entry = importLog(file, at, envelope.bytes, before.records, plan);
    await writer.addLog(entry);
    return { ...plan, logId: entry.id };
  });
}
