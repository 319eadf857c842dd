import { BundleRefused } from './bundle-errors';
import { parseBundleFile, readBundleContent, validateRecord, verifyBundleFile, type BundleContent, type BundleFile } from './bundle-format';
import { isSecretariatOnly, SYNC_COLLECTIONS, type CollectionName, type OfficeRole } from './collections';
import { fingerprintOf } from './signing';
import { utf8Length } from './encoding';
import { formatHlc, lastClock, MAX_DRIFT_MS, parseHlc, receive } from './hlc';
import { mergeRecords, recordTitle, type FieldConflict, type SyncRecord } from './merge';
import type {
  ChangeCounts,
  ConflictRecord,
  LocalIdentity,
  PeerRecord,
  SyncLogEntry,
  SyncReader,
  SyncStore,
  SyncWriter,
} from './store';
import { covers, hasSeen, mergeVersions, type Versions } from './versions';

/** A bundle that passed every check that needs no database: well-formed, signed, decrypted, valid. */
export type OpenedBundle = {
  file: BundleFile;
  content: BundleContent;
  fingerprint: string;
  bytes: number;
  /** Whether every record was validated on opening; otherwise the import validates what it merges. */
  recordsValidated: boolean;
};

/**
 * Reads and checks a bundle file. Throws `BundleRefused` for a truncated, malformed, newer,
 * tampered, passphrase-protected (without or with a wrong passphrase) or invalid bundle.
 */
export async function openBundle(
  text: string,
  passphrase?: string,
  options: { records: 'all' | 'whenMerged' } = { records: 'all' },
): Promise<OpenedBundle> {
  const file = parseBundleFile(text);
  if (!(await verifyBundleFile(file))) throw new BundleRefused('badSignature');
  const content = await readBundleContent(file, passphrase, options);
  return {
    file,
    content,
    fingerprint: await fingerprintOf(file.sender.publicKey),
    bytes: utf8Length(text),
    recordsValidated: options.records === 'all',
  };
}

export type SenderStatus = 'trusted' | 'new';

/** Whether this installation already trusts the sender; refuses revoked, changed-key and own bundles. */
export function senderStatus(file: BundleFile, peers: readonly PeerRecord[], self: string): SenderStatus {
  const sender = file.sender;
  if (sender.installationId === self) throw new BundleRefused('ownBundle');
  const peer = peers.find((entry) => entry.installationId === sender.installationId);
  if (!peer) return 'new';
  if (peer.status === 'revoked') throw new BundleRefused('revoked', { office: peer.office });
  if (peer.publicKey !== sender.publicKey) throw new BundleRefused('keyChanged', { office: peer.office });
  return 'trusted';
}

/** A change the sender may not make (secretariat-only data changed by another office). */
export type Refusal = { collection: CollectionName; recordId: string; label: string; fields: string[]; origin: string };

/** A record's title in English (the language every office reads), for the list of refusals. */
function labelOf(record: SyncRecord): string {
  const title = recordTitle(record);
  return typeof title === 'string' ? title : (title.en ?? record.id);
}

export type ImportPlan = {
  sender: BundleFile['sender'];
  senderStatus: SenderStatus;
  fingerprint: string;
  createdAt: string;
  bundleId: string;
  full: boolean;
  encrypted: boolean;
  /** The bundle was made for another installation than this one. */
  forOtherInstallation: boolean;
  counts: ChangeCounts;
  perCollection: Record<CollectionName, ChangeCounts>;
  conflicts: number;
  refusals: Refusal[];
  /** Installations whose changes this bundle skips over (it was made for someone who had more). */
  gaps: string[];
  /** The import would delete more than half of what is here: ask before going on. */
  massDelete: boolean;
  /** How far ahead of this laptop's clock the sender's clock is, when more than a day. */
  clockAheadMs: number;
  /** This bundle was imported before (importing it again changes nothing). */
  importedBefore?: string;
};

export type ImportSummary = ImportPlan & { logId: string };

export type ImportOptions = {
  /** The person agreed to trust a sender seen for the first time. */
  trustSender?: boolean;
  /** The person agreed to an import that deletes most of the data. */
  allowMassDelete?: boolean;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
  /** Records merged per read/write round trip. */
  chunkSize?: number;
};

const emptyCounts = (): ChangeCounts => ({ added: 0, changed: 0, deleted: 0, unchanged: 0 });

type Reconciliation = {
  perCollection: Record<CollectionName, ChangeCounts>;
  conflicts: Array<{ collection: CollectionName; recordId: string; conflict: FieldConflict }>;
  superseded: ConflictRecord[];
  refusals: Refusal[];
  nodes: Set<string>;
  latest: string;
  /** Live records here before the bundle: what a mass deletion is measured against. */
  liveBefore: number;
  /** Installations with changes in records that were left out (refused). */
  heldBack: Set<string>;
};

/** Roles by installation id: this one, the trusted offices, and the sender if it is being trusted now. */
function rolesOf(identity: Pick<LocalIdentity, 'installationId' | 'role'>, peers: readonly PeerRecord[], file: BundleFile, trustSender: boolean) {
  const roles = new Map<string, OfficeRole>([[identity.installationId, identity.role]]);
  for (const peer of peers) if (peer.status === 'trusted') roles.set(peer.installationId, peer.role);
  if (trustSender) roles.set(file.sender.installationId, file.sender.role);
  return roles;
}

const conflictKey = (collection: string, recordId: string, field: string) => `${collection}\u0000${recordId}\u0000${field}`;

/**
 * Merges every record of the bundle with what the replica has, chunk by chunk. With `write`,
 * each chunk's changed records are stored as they are merged (inside the caller's transaction).
 */
async function reconcile(
  reader: SyncReader,
  opened: OpenedBundle,
  roles: ReadonlyMap<string, OfficeRole>,
  options: { self: string; write?: (collection: CollectionName, records: SyncRecord[]) => Promise<void>; onProgress?: ImportOptions['onProgress']; chunkSize?: number },
): Promise<Reconciliation> {
  const sender = opened.file.sender.installationId;
  const clock = await reader.clock();
  const knowledge: Versions = { ...(await reader.knowledge()), ...(clock ? { [options.self]: clock } : {}) };
  const openConflicts = new Map((await reader.openConflicts()).map((entry) => [conflictKey(entry.collection, entry.recordId, entry.field), entry]));
  // Counted before any chunk is written, so the plan and the import measure against the same total.
  let liveBefore = 0;
  for (const name of SYNC_COLLECTIONS) liveBefore += await reader.countLive(name);
  const result: Reconciliation = {
    perCollection: Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, emptyCounts()])) as Record<CollectionName, ChangeCounts>,
    conflicts: [],
    superseded: [],
    refusals: [],
    nodes: new Set(),
    latest: '',
    liveBefore,
    heldBack: new Set(),
  };
  const total = SYNC_COLLECTIONS.reduce((sum, name) => sum + opened.content.records[name].length, 0);
  const chunkSize = options.chunkSize ?? 2000;
  let done = 0;
  for (const collection of SYNC_COLLECTIONS) {
    const incoming = opened.content.records[collection];
    const counts = result.perCollection[collection];
    const existing = incoming.length > 0 ? await reader.ids(collection) : new Set<string>();
    for (let start = 0; start < incoming.length; start += chunkSize) {
      const chunk = incoming.slice(start, start + chunkSize);
      // Records whose every change is already known here need no read at all.
      let pending = chunk.filter((record) => {
        for (const node of Object.keys(record.versions)) result.nodes.add(node);
        if (record.hlc > result.latest) result.latest = record.hlc;
        if (covers(knowledge, record.versions)) {
          counts.unchanged += 1;
          return false;
        }
        return true;
      });
      // Every record about to be merged is checked against its schema (a refusal aborts the import).
      if (!opened.recordsValidated) {
        pending = pending.map((record, index) => validateRecord(collection, record, start + index));
      }
      const known = pending.filter((record) => existing.has(record.id));
      const locals = new Map<string, SyncRecord>();
      (await reader.get(collection, known.map((record) => record.id))).forEach((row) => row && locals.set(row.id, row));
      const writes: SyncRecord[] = [];
      for (const record of pending) {
        const local = locals.get(record.id);
        const merge = mergeRecords(local, record);
        if (!merge.changed) {
          counts.unchanged += 1;
          continue;
        }
        const outOfScope = new Map<string, string[]>();
        for (const change of merge.changes) {
          if (!isSecretariatOnly(collection, change.field)) continue;
          // A field with no clock of its own (a new record's `deleted: 0`) was set by whoever created the record.
          const origin = change.clock ? parseHlc(change.clock).node : local ? sender : record.createdBy;
          if (roles.get(origin) !== 'secretariat') outOfScope.set(origin, [...(outOfScope.get(origin) ?? []), change.field]);
        }
        if (outOfScope.size > 0) {
          for (const [origin, fields] of outOfScope) result.refusals.push({ collection, recordId: record.id, label: labelOf(record), fields, origin });
          // The whole record was left out, the allowed changes in it too: this replica must not
          // believe it has any of them, or the secretariat's own copy would later look known.
          for (const node of Object.keys(record.versions)) result.heldBack.add(node);
          continue;
        }
        if (!local) counts[merge.record.deleted ? 'unchanged' : 'added'] += 1;
        else if (merge.record.deleted && !local.deleted) counts.deleted += 1;
        // Only bookkeeping moved (the same values, newly known to come from another office too).
        else if (merge.changes.length === 0) counts.unchanged += 1;
        else counts.changed += 1;
        for (const conflict of merge.conflicts) result.conflicts.push({ collection, recordId: record.id, conflict });
        for (const change of merge.changes) {
          const open = openConflicts.get(conflictKey(collection, record.id, change.field));
          if (open && hasSeen(record.versions, open.keptClock) && hasSeen(record.versions, open.otherClock)) {
            result.superseded.push(open);
          }
        }
        writes.push(merge.record);
      }
      if (options.write && writes.length > 0) await options.write(collection, writes);
      done += chunk.length;
      options.onProgress?.(done, total);
    }
  }
  return result;
}

/** Installations whose changes the bundle skips over: it assumed this replica had more than it has. */
function gapsIn(content: BundleContent, knowledge: Versions, clock: string | undefined, self: string): string[] {
  return Object.keys(content.upTo).filter((node) => {
    const assumed = content.since[node] ?? '';
    const have = node === self ? (clock ?? '') : (knowledge[node] ?? '');
    return assumed > have;
  });
}

function sumCounts(perCollection: Record<CollectionName, ChangeCounts>): ChangeCounts {
  const total = emptyCounts();
  for (const counts of Object.values(perCollection)) {
    total.added += counts.added;
    total.changed += counts.changed;
    total.deleted += counts.deleted;
    total.unchanged += counts.unchanged;
  }
  return total;
}

async function buildPlan(
  reader: SyncReader,
  opened: OpenedBundle,
  identity: Pick<LocalIdentity, 'installationId' | 'role'>,
  status: SenderStatus,
  reconciliation: Reconciliation,
  importedBefore: string | undefined,
  now: Date,
): Promise<ImportPlan> {
  const { file, content } = opened;
  const counts = sumCounts(reconciliation.perCollection);
  const ahead = reconciliation.latest ? parseHlc(reconciliation.latest).millis - now.getTime() : 0;
  return {
    sender: file.sender,
    senderStatus: status,
    fingerprint: opened.fingerprint,
    createdAt: file.createdAt,
    bundleId: file.bundleId,
    full: file.full,
    encrypted: file.encryption !== null,
    forOtherInstallation: file.recipient !== undefined && file.recipient !== identity.installationId,
    counts,
    perCollection: reconciliation.perCollection,
    conflicts: reconciliation.conflicts.length,
    refusals: reconciliation.refusals,
    gaps: gapsIn(content, await reader.knowledge(), await reader.clock(), identity.installationId),
    massDelete: counts.deleted > 10 && counts.deleted * 2 > reconciliation.liveBefore,
    clockAheadMs: ahead > MAX_DRIFT_MS ? ahead : 0,
    ...(importedBefore ? { importedBefore } : {}),
  };
}

/** Previews an import without changing anything: who sent it and what it would add, change and delete. */
export async function planImport(
  store: SyncStore,
  opened: OpenedBundle,
  identity: Pick<LocalIdentity, 'installationId' | 'role'>,
  now = new Date(),
): Promise<ImportPlan> {
  return store.read(async (reader) => {
    const peers = await reader.peers();
    const status = senderStatus(opened.file, peers, identity.installationId);
    const reconciliation = await reconcile(reader, opened, rolesOf(identity, peers, opened.file, true), { self: identity.installationId });
    return buildPlan(reader, opened, identity, status, reconciliation, await reader.importedAt(opened.file.bundleId), now);
  });
}

/**
 * Applies a bundle in one transaction: merges every record, keeps conflicts for review, records
 * where each change came from, advances what this replica knows (never past a gap), and logs it.
 * Refuses (changing nothing) an untrusted sender, a revoked or changed key, or an unconfirmed
 * mass deletion; out-of-scope changes are left out and listed.
 */
export async function applyImport(
  store: SyncStore,
  opened: OpenedBundle,
  identity: Pick<LocalIdentity, 'installationId' | 'role'>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const now = options.now ?? new Date();
  const { file, content } = opened;
  return store.write(async (writer: SyncWriter) => {
    const peers = await writer.peers();
    const status = senderStatus(file, peers, identity.installationId);
    if (status === 'new' && !options.trustSender) throw new BundleRefused('untrusted', { office: file.sender.office });
    const knowledgeBefore = await writer.knowledge();
    const clockBefore = await writer.clock();
    const reconciliation = await reconcile(writer, opened, rolesOf(identity, peers, file, status === 'new'), {
      self: identity.installationId,
      write: (collection, records) => writer.put(collection, records.map((record) => ({ ...record, syncedFrom: file.bundleId }))),
      onProgress: options.onProgress,
      chunkSize: options.chunkSize,
    });
    const plan = await buildPlan(writer, opened, identity, status, reconciliation, undefined, now);
    if (plan.massDelete && !options.allowMassDelete) throw new BundleRefused('massDelete', { deleted: plan.counts.deleted });

    // What this replica now has: advanced per installation only where the bundle left no gap and
    // nothing of that installation's was left out.
    const gaps = gapsIn(content, knowledgeBefore, clockBefore, identity.installationId);
    const knowledge: Record<string, string> = { ...knowledgeBefore };
    for (const node of reconciliation.nodes) knowledge[node] ??= '';
    for (const [node, clock] of Object.entries(content.upTo)) {
      if (node === identity.installationId || gaps.includes(node) || reconciliation.heldBack.has(node)) continue;
      if ((knowledge[node] ?? '') < clock) knowledge[node] = clock;
    }
    await writer.setKnowledge(knowledge);
    if (reconciliation.latest) {
      const last = lastClock(clockBefore, identity.installationId);
      await writer.setClock(formatHlc(receive(last, parseHlc(reconciliation.latest), now.getTime(), Infinity)));
    }

    const at = now.toISOString();
    const existingPeer = peers.find((entry) => entry.installationId === file.sender.installationId);
    const peer: PeerRecord = {
      ...(existingPeer ?? {
        installationId: file.sender.installationId,
        publicKey: file.sender.publicKey,
        fingerprint: opened.fingerprint,
        status: 'trusted' as const,
        trustedAt: at,
        knowledge: {},
      }),
      office: file.sender.office,
      person: file.sender.person,
      role: existingPeer?.role ?? file.sender.role,
      knowledge: mergeVersions(existingPeer?.knowledge ?? {}, content.upTo),
      lastImportAt: at,
    };
    await writer.putPeer(peer);
    const conflictRows: ConflictRecord[] = reconciliation.conflicts.map(({ collection, recordId, conflict }) => ({
      ...conflict,
      id: crypto.randomUUID(),
      collection,
      recordId,
      bundleId: file.bundleId,
      office: file.sender.office,
      person: file.sender.person,
      detectedAt: at,
      status: 'open',
    }));
    const superseded = reconciliation.superseded.map((entry) => ({ ...entry, status: 'resolved' as const, resolution: 'superseded' as const, resolvedAt: at }));
    await writer.putConflicts([...superseded, ...conflictRows]);
    const logId = crypto.randomUUID();
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
      records: SYNC_COLLECTIONS.reduce((sum, name) => sum + content.records[name].length, 0),
      changes: plan.counts,
      conflicts: plan.conflicts,
      refused: plan.refusals.length,
      gaps,
    };
    await writer.addLog(entry);
    return { ...plan, gaps, logId };
  });
}

