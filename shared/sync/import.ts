import { BundleRefused } from './bundle-errors';
import { isSignedFormat, type BundleFile } from './bundle-format';
import { type CollectionName } from './collections';
import { aheadOf, formatHlc, lastClock, parseHlc, receive } from './hlc';
import { batchesOf, buildPlan, countLive, localTrust, trustContext, type ImportOptions, type ImportPlan } from './import-plan';
import { MAX_AHEAD_MS } from './limits';
import { senderStatus, type OpenedBundle } from './open-bundle';
import { reconcile } from './reconcile';
import type { Batch, Reconciliation } from './reconcile-types';
import { segmentShapeProblem, type Segment } from './segments';
import type { SyncRecord } from './merge';
import type { ConflictRecord, LocalIdentity, SyncLogEntry, SyncStore, SyncWriter } from './store';

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
    const logId = crypto.randomUUID();
    const leftOut = plan.refusals.length + plan.invalid.length + plan.unattributed.reduce((sum, entry) => sum + entry.changes, 0);
    const entry: SyncLogEntry = {
      id: logId,
      bundleId: file.bundleId,
      direction: 'import',
      at,
      peerId: file.sender.installationId,
      office: file.sender.office,
      person: file.sender.person,
      full: file.full,
      encrypted: file.encryption !== null,
      bytes: opened.bytes,
      records: opened.legacy ? opened.legacy.changes.length : opened.segments.reduce((sum, segment) => sum + segment.body.changes.length, 0),
      changes: plan.counts,
      conflicts: plan.conflicts,
      refused: leftOut,
      held: plan.held.length,
      gaps: plan.gaps,
    };
    await writer.addLog(entry);
    return { ...plan, logId };
  });
  if (options.session) options.session.deleted = summary.sessionDeleted;
  return summary;
}
