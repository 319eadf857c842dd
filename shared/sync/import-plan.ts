import { isSignedFormat, type BundleFile } from './bundle-format';
import { SYNC_COLLECTIONS, type CollectionName } from './collections';
import { holesIn, inRanges, rangesOf } from './knowledge';
import { senderStatus, type Envelope, type OpenedBundle, type SenderStatus } from './open-bundle';
import { reconcile } from './reconcile';
import type { Batch, Reconciliation, TrustContext, Unattributed } from './reconcile-types';
import type { ChangeCounts, LocalIdentity, PeerRecord, SyncReader, SyncStore } from './store';

/**
 * What an import would do (the preview) or did (the summary): who sent the bundle, counts per
 * record type, and the changes held back or left out, each list as the reconciliation made it
 * (`Reconciliation` in reconcile.ts says what each holds).
 */
export type ImportPlan = Pick<Reconciliation, 'perCollection' | 'refusals' | 'unattributed' | 'held' | 'invalid' | 'pending' | 'forks'> & {
  sender: BundleFile['sender'];
  senderStatus: SenderStatus;
  fingerprint: string;
  createdAt: string;
  bundleId: string;
  /** 1: an older app's bundle, whose changes count only where its sender made them. */
  formatVersion: number;
  full: boolean;
  encrypted: boolean;
  /** The bundle was made for another installation than this one. */
  forOtherInstallation: boolean;
  counts: ChangeCounts;
  conflicts: number;
  /** Installations of which the sender holds changes this laptop still lacks after the import. */
  gaps: string[];
  segments: { total: number; new: number; alreadyHeld: number };
  /**
   * Offices the bundle passes on that the person chose to trust with this import (their changes
   * are then applied, and the offices recorded as trusted), listed so the choice stays visible.
   */
  introduced: Unattributed[];
  /** The import would delete more than half of what was here when the session began: ask first. */
  massDelete: boolean;
  /** Records the session's imports delete, this one included. */
  sessionDeleted: number;
  /** This bundle was imported before (importing it again changes nothing). */
  importedBefore?: string;
};

/**
 * What the bundles imported together (one `merge` command, or the files opened together in the
 * app) share: the data they are measured against for a mass deletion, and what they deleted so far.
 */
export type ImportSession = { liveBefore: number; deleted: number };

export type ImportOptions = {
  /** The person agreed to trust a sender seen for the first time. */
  trustSender?: boolean;
  /** Offices whose segments another office passed on, trusted now: installation id to public key (as compared by fingerprint). */
  trustAuthors?: ReadonlyArray<{ installationId: string; publicKey: string }>;
  /** The person agreed to an import that deletes most of the data. */
  allowMassDelete?: boolean;
  /** Bundles imported together; a mass deletion is measured across them. */
  session?: ImportSession;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
};

/** The live records now: what a mass deletion is measured against. */
export async function countLive(reader: SyncReader): Promise<number> {
  let live = 0;
  for (const name of SYNC_COLLECTIONS) live += await reader.countLive(name);
  return live;
}

/** Starts an import session: the data as it is before its first bundle. */
export async function startSession(store: SyncStore): Promise<ImportSession> {
  return { liveBefore: await store.read(countLive), deleted: 0 };
}

/** Who this laptop trusts without being asked: itself and its trusted offices. */
export function localTrust(identity: Pick<LocalIdentity, 'installationId' | 'role' | 'publicKey'>, peers: readonly PeerRecord[], now: Date): TrustContext {
  const trusted: TrustContext['trusted'] = new Map([[identity.installationId, { publicKey: identity.publicKey, role: identity.role }]]);
  for (const peer of peers) if (peer.status === 'trusted') trusted.set(peer.installationId, { publicKey: peer.publicKey, role: peer.role });
  return { self: identity, trusted, peers: new Map(peers.map((peer) => [peer.installationId, peer])), fingerprints: new Map(), now: now.getTime() };
}

/** Who this laptop trusts: itself, its trusted offices, and any it agrees to trust with this import. */
export function trustContext(
  identity: Pick<LocalIdentity, 'installationId' | 'role' | 'publicKey'>,
  peers: readonly PeerRecord[],
  opened: OpenedBundle,
  options: ImportOptions,
  now: Date,
): TrustContext {
  const context = localTrust(identity, peers, now);
  const { trusted } = context;
  const sender = opened.file.sender;
  if (options.trustSender && !trusted.has(sender.installationId)) trusted.set(sender.installationId, { publicKey: sender.publicKey, role: sender.role });
  for (const { installationId, publicKey } of options.trustAuthors ?? []) {
    // Only offices this laptop has no record of: a revoked one is trusted again on the Sync page, not here.
    if (trusted.has(installationId) || peers.some((peer) => peer.installationId === installationId)) continue;
    const statement = opened.segments.find((segment) => segment.valid && segment.body.author.installationId === installationId && segment.body.author.publicKey === publicKey);
    if (statement) trusted.set(installationId, { publicKey, role: statement.body.author.role });
  }
  return { ...context, fingerprints: opened.fingerprints };
}

/** The batches a bundle brings: its segments, or a format 1 bundle's changes in its sender's name. */
export function batchesOf(opened: OpenedBundle): Batch[] {
  if (opened.legacy) return opened.legacy.changes.length > 0 ? [{ author: opened.file.sender, changes: opened.legacy.changes }] : [];
  return opened.segments.map((segment) => ({ author: segment.body.author, changes: segment.body.changes, segment }));
}

/** Installations of which the sender holds segments this laptop still lacks (other than those it could not attribute). */
async function gapsAfter(reader: SyncReader, opened: OpenedBundle, reconciliation: Reconciliation): Promise<string[]> {
  const held = new Map<string, number[]>();
  for (const key of await reader.segments()) held.set(key.author, [...(held.get(key.author) ?? []), key.seq]);
  for (const row of reconciliation.newSegments) held.set(row.author, [...(held.get(row.author) ?? []), row.seq]);
  const leftOut = new Set(reconciliation.unattributed.map((entry) => entry.installationId));
  const gaps: string[] = [];
  for (const [author, theirs] of Object.entries(opened.upTo)) {
    if (leftOut.has(author)) continue;
    const mine = rangesOf(held.get(author) ?? []);
    const lacking = theirs.seqs.some(([from, to]) => {
      for (let seq = from; seq <= to; seq += 1) if (!inRanges(mine, seq)) return true;
      return false;
    });
    if (lacking || holesIn(mine).length > 0) gaps.push(author);
  }
  return gaps;
}

function sumCounts(perCollection: Record<CollectionName, ChangeCounts>): ChangeCounts {
  const total: ChangeCounts = { added: 0, changed: 0, deleted: 0, unchanged: 0 };
  for (const counts of Object.values(perCollection)) {
    total.added += counts.added;
    total.changed += counts.changed;
    total.deleted += counts.deleted;
    total.unchanged += counts.unchanged;
  }
  return total;
}

/** The offices trusted with this import that the bundle only passes on (not the sender, not offices already known). */
function introducedBy(opened: OpenedBundle, context: TrustContext): Unattributed[] {
  const introduced = new Map<string, Unattributed>();
  for (const segment of opened.segments) {
    const { author } = segment.body;
    if (!segment.valid || author.installationId === opened.file.sender.installationId || context.peers.has(author.installationId)) continue;
    if (author.installationId === context.self.installationId || context.trusted.get(author.installationId)?.publicKey !== author.publicKey) continue;
    const entry = introduced.get(author.installationId) ?? {
      reason: 'unknown' as const,
      installationId: author.installationId,
      office: author.office,
      person: author.person,
      role: author.role,
      publicKey: author.publicKey,
      fingerprint: opened.fingerprints.get(author.publicKey),
      segments: 0,
      changes: 0,
    };
    entry.segments += 1;
    entry.changes += segment.body.changes.length;
    introduced.set(author.installationId, entry);
  }
  return [...introduced.values()];
}

/** What a plan says of the bundle itself: who sent it, when, and how. */
export function bundleFacts(envelope: Envelope, identity: Pick<LocalIdentity, 'installationId'>, status: SenderStatus) {
  const { file } = envelope;
  return {
    sender: file.sender,
    senderStatus: status,
    fingerprint: envelope.fingerprint,
    createdAt: file.createdAt,
    bundleId: file.bundleId,
    formatVersion: file.formatVersion,
    full: file.full,
    encrypted: file.encryption !== null,
    forOtherInstallation: file.recipient !== undefined && file.recipient !== identity.installationId,
  };
}

export async function buildPlan(
  reader: SyncReader,
  opened: OpenedBundle,
  identity: Pick<LocalIdentity, 'installationId'>,
  status: SenderStatus,
  reconciliation: Reconciliation,
  session: ImportSession,
  context: TrustContext,
): Promise<ImportPlan> {
  const { file } = opened;
  const counts = sumCounts(reconciliation.perCollection);
  const sessionDeleted = session.deleted + counts.deleted;
  const unattributed = [...reconciliation.unattributed];
  if (opened.legacy) {
    for (const [installationId, changes] of opened.legacy.unprovable) unattributed.push({ reason: 'unprovable', installationId, segments: 0, changes });
  }
  const importedBefore = (await reader.importsOf(file.bundleId))[0]?.at;
  return {
    ...bundleFacts(opened, identity, status),
    counts,
    perCollection: reconciliation.perCollection,
    conflicts: reconciliation.conflicts.length,
    refusals: reconciliation.refusals,
    unattributed,
    held: reconciliation.held,
    invalid: reconciliation.invalid,
    pending: reconciliation.pending,
    forks: reconciliation.forks,
    gaps: isSignedFormat(file.formatVersion) ? await gapsAfter(reader, opened, reconciliation) : [],
    segments: { total: opened.segments.length, new: reconciliation.newSegments.length, alreadyHeld: reconciliation.alreadyHeld },
    introduced: introducedBy(opened, context),
    massDelete: sessionDeleted > 10 && sessionDeleted * 2 > session.liveBefore,
    sessionDeleted,
    ...(importedBefore ? { importedBefore } : {}),
  };
}

/** Previews an import without changing anything: who sent it and what it would add, change, delete, hold back and leave out. */
export async function planImport(
  store: SyncStore,
  opened: OpenedBundle,
  identity: Pick<LocalIdentity, 'installationId' | 'role' | 'publicKey'>,
  options: Omit<ImportOptions, 'allowMassDelete' | 'onProgress'> = {},
): Promise<ImportPlan> {
  const now = options.now ?? new Date();
  return store.read(async (reader) => {
    const peers = await reader.peers();
    const status = senderStatus(opened.file, peers, identity);
    const context = trustContext(identity, peers, opened, { ...options, trustSender: true }, now);
    const reconciliation = await reconcile(reader, batchesOf(opened), context, opened.validated);
    const session = options.session ?? { liveBefore: await countLive(reader), deleted: 0 };
    return buildPlan(reader, opened, identity, status, reconciliation, session, context);
  });
}

