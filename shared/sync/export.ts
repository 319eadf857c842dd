import { writeBundle, type BundleContent } from './bundle-format';
import { utf8Length } from './encoding';
import { SYNC_COLLECTIONS, type CollectionName } from './collections';
import { stripLocal, type SyncRecord } from './merge';
import type { LocalIdentity, SyncLogEntry, SyncStore } from './store';
import type { Versions } from './versions';

export type ExportOptions = {
  /** The installation the bundle is for; its known state decides what is left out. */
  recipient?: string;
  /** Everything, whatever the recipient is known to have. */
  full?: boolean;
  passphrase?: string;
  now?: Date;
  kdfIterations?: number;
};

export type ExportResult = {
  text: string;
  bundleId: string;
  full: boolean;
  counts: Record<CollectionName, number>;
  bytes: number;
};

/** What this replica has: its knowledge of others, with its own clock for itself. */
export function ownKnowledge(knowledge: Versions, clock: string | undefined, self: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [node, value] of Object.entries(knowledge)) if (value !== '') result[node] = value;
  if (clock) result[self] = clock;
  return result;
}

/** Whether the recipient, knowing `since`, lacks some change the record has taken in. */
function unseenBy(since: Versions, record: SyncRecord): boolean {
  for (const [node, clock] of Object.entries(record.versions)) {
    const seen = since[node];
    if (seen === undefined || seen < clock) return true;
  }
  return false;
}

/** Gathers what the recipient has not seen (or everything) in one read transaction. */
export async function collectBundleContent(
  store: SyncStore,
  identity: Pick<LocalIdentity, 'installationId'>,
  options: Pick<ExportOptions, 'recipient' | 'full'> = {},
): Promise<{ content: BundleContent; full: boolean }> {
  return store.read(async (reader) => {
    const [clock, knowledge, peers] = await Promise.all([reader.clock(), reader.knowledge(), reader.peers()]);
    const peer = options.recipient ? peers.find((entry) => entry.installationId === options.recipient) : undefined;
    const since: Versions = options.full || !peer ? {} : peer.knowledge;
    const full = Object.keys(since).length === 0;
    // Only records changed after the oldest point the recipient may be missing need a look.
    const nodes = new Set([...Object.keys(knowledge), identity.installationId]);
    let after: string | undefined;
    for (const node of nodes) {
      const seen = since[node] ?? '';
      if (after === undefined || seen < after) after = seen;
    }
    const records = {} as Record<CollectionName, SyncRecord[]>;
    for (const name of SYNC_COLLECTIONS) {
      // Rows read for this export are ours to change: local bookkeeping is removed in place
      // (a copy of 100,000 records is hundreds of megabytes).
      const rows = await reader.changedSince(name, after ?? '');
      records[name] = (full ? rows : rows.filter((row) => unseenBy(since, row))).map(stripLocal);
    }
    return { content: { since: { ...since }, upTo: ownKnowledge(knowledge, clock, identity.installationId), records }, full };
  });
}

/** Makes a signed (and optionally encrypted) bundle and records it in the sync history. */
export async function exportBundle(store: SyncStore, identity: LocalIdentity, options: ExportOptions = {}): Promise<ExportResult> {
  const now = options.now ?? new Date();
  const { content, full } = await collectBundleContent(store, identity, options);
  const bundleId = crypto.randomUUID();
  const text = await writeBundle({
    header: {
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
    },
    content,
    key: { publicKey: identity.publicKey, privateKey: identity.privateKey, fingerprint: identity.fingerprint },
    passphrase: options.passphrase,
    kdfIterations: options.kdfIterations,
  });
  const counts = Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, content.records[name].length])) as Record<CollectionName, number>;
  const bytes = utf8Length(text);
  await store.write(async (writer) => {
    const peer = options.recipient ? (await writer.peers()).find((entry) => entry.installationId === options.recipient) : undefined;
    if (peer) await writer.putPeer({ ...peer, lastExportAt: now.toISOString() });
    const entry: SyncLogEntry = {
      id: crypto.randomUUID(),
      bundleId,
      direction: 'export',
      at: now.toISOString(),
      ...(peer ? { peerId: peer.installationId, office: peer.office, person: peer.person } : {}),
      full,
      encrypted: Boolean(options.passphrase),
      bytes,
      records: Object.values(counts).reduce((sum, count) => sum + count, 0),
    };
    await writer.addLog(entry);
  });
  return { text, bundleId, full, counts, bytes };
}
