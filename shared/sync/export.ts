import { BundleTooLarge } from './bundle-errors';
import { utf8 } from './encoding';
import { sealBundle, type BundleHeader, type WriteBundleInput } from './bundle-format';
import { SYNC_COLLECTIONS, type CollectionName } from './collections';
import { releaseHeld } from './import';
import { isKnowledge, knowledgeOf, segmentsToSend, type Knowledge } from './knowledge';
import { MAX_BUNDLE_BYTES } from './limits';
import { sealOwnChanges } from './seal';
import type { LocalIdentity, SegmentMeta, SyncLogEntry, SyncStore } from './store';

export type ExportOptions = {
  /** The installation the bundle is for; what it last said it holds decides what is left out. */
  recipient?: string;
  /** Everything, whatever the recipient is known to have. */
  full?: boolean;
  passphrase?: string;
  now?: Date;
  kdfIterations?: number;
};

export type ExportResult = {
  /** The bundle file's bytes: what is saved. */
  file: Uint8Array<ArrayBuffer>;
  /**
   * The same file as text, decoded when asked for (small bundles: the command line, tests). Not
   * enumerable, so neither a copy of the result nor a message to the window decodes it.
   */
  readonly text: string;
  bundleId: string;
  full: boolean;
  /** Record changes per collection in the bundle. */
  counts: Record<CollectionName, number>;
  segments: number;
  bytes: number;
};

/** What this replica holds: every applied segment's key, and the knowledge they make. */
export async function heldKnowledge(store: SyncStore): Promise<{ segments: SegmentMeta[]; knowledge: Knowledge }> {
  const segments = (await store.read((reader) => reader.segments())).filter((segment) => segment.status === 'applied');
  return { segments, knowledge: await knowledgeOf(segments) };
}

/**
 * Makes a signed (and optionally encrypted) bundle and records it in the sync history. First seals
 * this installation's own new changes into a signed segment; then carries, unchanged, every segment
 * the recipient does not hold by its own last statement (all of them for a full bundle). Segments
 * held back as stamped in the future are never passed on.
 */
export async function exportBundle(store: SyncStore, identity: LocalIdentity, options: ExportOptions = {}): Promise<ExportResult> {
  const now = options.now ?? new Date();
  if ((await store.read((reader) => reader.heldSegments())).length > 0) await store.write((writer) => releaseHeld(writer, identity, now));
  const sealed = new Map((await sealOwnChanges(store, identity, now)).map((row) => [row.id, row.text]));
  const { segments, knowledge } = await heldKnowledge(store);
  const peers = await store.read((reader) => reader.peers());
  const peer = options.recipient ? peers.find((entry) => entry.installationId === options.recipient) : undefined;
  // What the office last said it holds (anything else, such as a format 1 statement from an old backup, counts as nothing).
  const theirs = options.full || !peer || !isKnowledge(peer.knowledge) || Object.keys(peer.knowledge).length === 0 ? undefined : peer.knowledge;
  const chosen = segmentsToSend(segments, knowledge, theirs).sort((a, b) => (a.author < b.author ? -1 : a.author > b.author ? 1 : a.seq - b.seq));
  // The segments just sealed are in hand; only the others are read back.
  const stored = await store.read((reader) => reader.segmentTexts(chosen.filter((segment) => !sealed.has(segment.id)).map((segment) => segment.id)));
  let next = 0;
  const texts = chosen.map((segment) => sealed.get(segment.id) ?? stored[next++]);
  const counts = Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, 0])) as Record<CollectionName, number>;
  for (const segment of chosen) for (const name of SYNC_COLLECTIONS) counts[name] += segment.collections[name] ?? 0;
  const bundleId = crypto.randomUUID();
  const full = theirs === undefined;
  const header: WriteBundleInput['header'] = {
    bundleId,
    createdAt: now.toISOString(),
    sender: {
      installationId: identity.installationId,
      office: identity.office,
      person: identity.person,
      role: identity.role,
      publicKey: identity.publicKey,
    },
    ...(options.recipient ? { recipient: options.recipient } : {}),
    full,
  };
  const bundleCounts: BundleHeader['counts'] = { segments: texts.length, changes: counts };
  const file = await sealBundle({ header, upTo: knowledge, segments: texts, counts: bundleCounts, key: identity, passphrase: options.passphrase, kdfIterations: options.kdfIterations });
  const bytes = file.length;
  if (bytes > MAX_BUNDLE_BYTES) throw new BundleTooLarge(bytes, MAX_BUNDLE_BYTES);
  await store.write(async (writer) => {
    const recipient = options.recipient ? (await writer.peers()).find((entry) => entry.installationId === options.recipient) : undefined;
    if (recipient) await writer.putPeer({ ...recipient, lastExportAt: now.toISOString() });
    const entry: SyncLogEntry = {
      id: crypto.randomUUID(),
      bundleId,
      direction: 'export',
      at: now.toISOString(),
      ...(recipient ? { peerId: recipient.installationId, office: recipient.office, person: recipient.person } : {}),
      full,
      encrypted: Boolean(options.passphrase),
      bytes,
      records: Object.values(counts).reduce((sum, count) => sum + count, 0),
    };
    await writer.addLog(entry);
  });
  const result = { file, bundleId, full, counts, segments: texts.length, bytes };
  return Object.defineProperty(result, 'text', { get: () => utf8.decode(file), enumerable: false }) as ExportResult;
}
