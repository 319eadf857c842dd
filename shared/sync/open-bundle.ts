import { BundleRefused } from './bundle-errors';
import { isSignedFormat, type BundleFile, type LegacyContent } from './bundle-format';
import { decodeBundleBytes, parseBundleBytes, parseBundleFile, readBundleContent, readLegacyContent, verifyBundleFile } from './bundle-read';
import { changeShapeProblem, type Change } from './changes';
import { DOMAIN_FIELDS, SYNC_COLLECTIONS, type CollectionName } from './collections';
import { utf8Length } from './encoding';
import { isHlc, nodeOf } from './hlc';
import type { Knowledge } from './knowledge';
import { fieldClock, LOCAL_FIELDS, type SyncRecord } from './merge';
import { bodyText, lastClockOf, segmentText, verifySegment, type Segment } from './segments';
import { fingerprintOf } from './signing';
import type { PeerRecord } from './store';

/** A bundle whose envelope is well-formed and whose sender's signature holds; the content is not read yet. */
export type Envelope = {
  file: BundleFile;
  fingerprint: string;
  bytes: number;
};

/** A segment as read from a bundle: its text as its author signed it, and whether the signature holds. */
export type IncomingSegment = Segment & {
  /** The segment's JSON text, as stored and relayed; read from a file, its bytes there (decoded when stored). */
  text: string | Uint8Array;
  /** The author's signature holds for exactly this body. */
  valid: boolean;
  /** Its latest clock. */
  last: string;
};

/**
 * Changes a format 1 bundle carries in its sender's name (the only ones it can prove), and how
 * many changes it carries that name other installations (which it cannot).
 */
export type LegacyChanges = { changes: Change[]; unprovable: Map<string, number> };

/** A bundle that passed every check that needs no database: well-formed, signed, decrypted, every segment's signature checked. */
export type OpenedBundle = Envelope & {
  /** What the sender says it holds (format 2), by its own signed statement. */
  upTo: Knowledge;
  segments: IncomingSegment[];
  /** The content of a format 1 bundle, as changes in its sender's name. */
  legacy: LegacyChanges | null;
  /** The fingerprint of every key that signed a segment (and of the sender's), by public key. */
  fingerprints: Map<string, string>;
  /** Values of changes already validated: validation runs once, whether for the preview or the import. */
  validated: WeakMap<Change, { values: Record<string, unknown> } | { field: string }>;
};

/**
 * Reads the envelope and checks the sender's signature over the exact bytes: the cheap checks,
 * before anything depends on who the sender is.
 */
export async function openEnvelope(source: string | Uint8Array): Promise<Envelope> {
  const file = typeof source === 'string' ? parseBundleFile(source) : parseBundleBytes(source);
  if (!(await verifyBundleFile(file))) {
    // The header was read alone: a file cut short or damaged inside its content is named as such.
    if (typeof source === 'string') parseBundleFile(source, undefined, true);
    else parseBundleFile(decodeBundleBytes(source), source, true);
    throw new BundleRefused('badSignature');
  }
  return { file, fingerprint: await fingerprintOf(file.sender.publicKey), bytes: typeof source === 'string' ? utf8Length(source) : source.length };
}

export type SenderStatus = 'trusted' | 'new';

/**
 * Whether this installation already trusts the sender. Refuses its own bundle, a bundle naming
 * this installation with another key, a revoked office, and a known office signing with another key.
 */
export function senderStatus(file: BundleFile, peers: readonly PeerRecord[], self: { installationId: string; publicKey: string }): SenderStatus {
  const sender = file.sender;
  if (sender.installationId === self.installationId) throw new BundleRefused(sender.publicKey === self.publicKey ? 'ownBundle' : 'impostor');
  const peer = peers.find((entry) => entry.installationId === sender.installationId);
  if (!peer) return 'new';
  if (peer.status === 'revoked') throw new BundleRefused('revoked', { office: peer.office });
  if (peer.publicKey !== sender.publicKey) throw new BundleRefused('keyChanged', { office: peer.office });
  return 'trusted';
}

/**
 * A format 1 record as changes: the fields whose clocks name the bundle's sender (its signature
 * covers them, so they are its own), and a count of fields stamped by others, which this format
 * cannot prove and which are left out.
 */
function legacyChange(collection: CollectionName, record: SyncRecord, sender: string): { change: Change | null; others: string[] } {
  const fields = DOMAIN_FIELDS[collection];
  const clocks: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const others = new Set<string>();
  const names = new Set([...Object.keys(record.fieldClocks), ...(record.deleted ? ['deleted'] : [])]);
  for (const field of names) {
    if (LOCAL_FIELDS.includes(field) || (field !== 'deleted' && !fields.has(field))) continue;
    const clock = fieldClock(record, field);
    if (!isHlc(clock)) continue;
    if (nodeOf(clock) !== sender) {
      others.add(nodeOf(clock));
      continue;
    }
    clocks[field] = clock;
    if (field === 'deleted') values.deleted = record.deleted ? 1 : 0;
    else if (record[field] !== undefined) values[field] = record[field];
  }
  if (Object.keys(clocks).length === 0) return { change: null, others: [...others] };
  const seen: Record<string, string> = {};
  for (const [node, clock] of Object.entries(record.versions)) if (isHlc(clock) && nodeOf(clock) === node) seen[node] = clock;
  const change: Change = { collection, id: record.id, clocks, values, seen };
  if (record.createdBy === sender && typeof record.createdAt === 'string') change.createdAt = record.createdAt;
  return { change, others: [...others] };
}

function legacyChanges(content: LegacyContent, sender: string): LegacyChanges {
  const changes: Change[] = [];
  const unprovable = new Map<string, number>();
  for (const collection of SYNC_COLLECTIONS) {
    content.records[collection].forEach((raw, index) => {
      const { change, others } = legacyChange(collection, raw as SyncRecord, sender);
      for (const node of others) unprovable.set(node, (unprovable.get(node) ?? 0) + 1);
      if (!change) return;
      const problem = changeShapeProblem(change, sender, `records.${collection}.${index}`);
      if (problem) throw new BundleRefused('invalidRecord', problem);
      changes.push(change);
    });
  }
  return { changes, unprovable };
}

/**
 * Decrypts and reads the content, and checks each segment's signature against the key its author
 * statement names. A segment whose signature fails is kept, marked, and left out by the import;
 * a malformed one refuses the bundle.
 */
export async function openContent(envelope: Envelope, passphrase?: string): Promise<OpenedBundle> {
  const { file } = envelope;
  const fingerprints = new Map([[file.sender.publicKey, envelope.fingerprint]]);
  const opened: OpenedBundle = { ...envelope, upTo: {}, segments: [], legacy: null, fingerprints, validated: new WeakMap() };
  if (!isSignedFormat(file.formatVersion)) {
    opened.legacy = legacyChanges(await readLegacyContent(file, passphrase), file.sender.installationId);
    // The text is not needed past this point; 100,000 records' worth of it is not kept alive.
    file.contentText = '';
    return opened;
  }
  const read = await readBundleContent(file, passphrase);
  // Neither the content's text nor its bytes are needed past this point (hundreds of megabytes).
  file.contentText = '';
  file.contentBytes = undefined;
  opened.upTo = read.upTo;
  for (const { segment, body, text } of read.segments) {
    // Checked over the body exactly as it stands in the file; if a writer laid it out otherwise, as its author wrote it.
    let valid = body !== null && (await verifySegment(segment, body));
    const written = valid ? null : bodyText(segment.body);
    if (!valid) valid = await verifySegment(segment, written!);
    // The segment as stored and relayed: its bytes in the file while it is imported (see `NewSegmentRow`).
    const stored = written === null ? (text ?? segmentText(body as string, segment.signature)) : segmentText(written, segment.signature);
    opened.segments.push({ ...segment, text: stored, valid, last: lastClockOf(segment.body) });
    const key = segment.body.author.publicKey;
    if (valid && !fingerprints.has(key)) fingerprints.set(key, await fingerprintOf(key));
  }
  return opened;
}

/** Reads and checks a bundle completely without a database: the envelope, then the content. */
export async function openBundle(text: string, passphrase?: string): Promise<OpenedBundle> {
  return openContent(await openEnvelope(text), passphrase);
}
