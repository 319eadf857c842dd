import type { Change } from './changes';
import { DOMAIN_FIELDS, isSecretariatOnly, SYNC_COLLECTIONS } from './collections';
import { isHlc, isInstallationId, nodeOf } from './hlc';
import { MAX_INSTALLATIONS, MAX_SEGMENT_CHANGES } from './limits';
import type { SyncRecord } from './merge';
import { collectionCounts } from './reconcile';
import { signSegment, type AuthorStatement, type SegmentBody } from './segments';
import type { LocalIdentity, SegmentRow, SyncStore } from './store';

/** The statement a segment makes about its author: this installation as bundles name it. */
export function authorStatement(identity: LocalIdentity): AuthorStatement {
  return {
    installationId: identity.installationId,
    office: identity.office,
    person: identity.person,
    role: identity.role,
    publicKey: identity.publicKey,
  };
}

/** The record's version vector as a change states it: only well-formed entries, at most the bound. */
function seenOf(record: SyncRecord): Record<string, string> {
  const seen: Record<string, string> = {};
  let count = 0;
  for (const node in record.versions) {
    const clock = record.versions[node];
    if (count >= MAX_INSTALLATIONS) break;
    if (isInstallationId(node) && isHlc(clock) && nodeOf(clock) === node) {
      seen[node] = clock;
      count += 1;
    }
  }
  return seen;
}

/**
 * This installation's own changes to a record after `after`: the fields whose latest clock is its
 * own, with their values. Fields it may not change (secretariat-only data on another office's
 * laptop, such as its copy of the sample) are never sealed: no other office would take them.
 */
export function ownChange(record: SyncRecord, collection: Change['collection'], identity: Pick<LocalIdentity, 'installationId' | 'role'>, after: string): Change | null {
  const self = identity.installationId;
  const fields = DOMAIN_FIELDS[collection];
  const clocks: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  let count = 0;
  for (const field in record.fieldClocks) {
    const clock = record.fieldClocks[field];
    if (clock <= after || !isHlc(clock) || nodeOf(clock) !== self) continue;
    if (field !== 'deleted' && !fields.has(field)) continue;
    if (identity.role !== 'secretariat' && isSecretariatOnly(collection, field)) continue;
    clocks[field] = clock;
    if (field === 'deleted') values.deleted = record.deleted ? 1 : 0;
    else if (record[field] !== undefined) values[field] = record[field];
    count += 1;
  }
  if (count === 0) return null;
  const change: Change = { collection, id: record.id, clocks, values, seen: seenOf(record) };
  if (record.createdBy === self && record.createdAt) change.createdAt = record.createdAt;
  return change;
}

/**
 * Seals what this installation changed since its last seal into signed segments (numbered on
 * from the last), stores them as held here, and moves the seal on. Reads in one transaction,
 * signs outside it (WebCrypto would end an IndexedDB transaction), and writes in another, which
 * starts over if a concurrent seal got there first. Returns the segments sealed now.
 */
export async function sealOwnChanges(store: SyncStore, identity: LocalIdentity, now = new Date()): Promise<SegmentRow[]> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const { seal, clock, changes } = await store.read(async (reader) => {
      const seal = await reader.seal();
      const clock = (await reader.clock()) ?? '';
      const changes: Change[] = [];
      for (const collection of SYNC_COLLECTIONS) {
        for (const record of await reader.changedSince(collection, seal.clock)) {
          const change = ownChange(record, collection, identity, seal.clock);
          if (change) changes.push(change);
        }
      }
      return { seal, clock, changes };
    });
    if (changes.length === 0) return [];
    const rows: SegmentRow[] = [];
    const author = authorStatement(identity);
    for (let start = 0; start < changes.length; start += MAX_SEGMENT_CHANGES) {
      const body: SegmentBody = { author, seq: seal.seq + rows.length + 1, changes: changes.slice(start, start + MAX_SEGMENT_CHANGES) };
      const { signature, text } = await signSegment(body, identity.privateKey);
      let last = '';
      for (const change of body.changes) for (const field in change.clocks) if (change.clocks[field] > last) last = change.clocks[field];
      rows.push({
        id: signature,
        author: identity.installationId,
        seq: body.seq,
        status: 'applied',
        text,
        last,
        changes: body.changes.length,
        collections: collectionCounts(body.changes),
        receivedAt: now.toISOString(),
      });
    }
    const stored = await store.write(async (writer) => {
      const current = await writer.seal();
      if (current.seq !== seal.seq || current.clock !== seal.clock) return false;
      await writer.putSegments(rows);
      await writer.setSeal({ seq: seal.seq + rows.length, clock: clock > seal.clock ? clock : seal.clock });
      return true;
    });
    if (stored) return rows;
  }
  throw new Error('Another export kept sealing this installation\'s changes at the same time; try again.');
}
