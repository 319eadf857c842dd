import { clockRange, hasRequired, isComplete, validateChangeValues, type Change } from './changes';
import { isSecretariatOnly, SYNC_COLLECTIONS, type CollectionName } from './collections';
import { aheadOf, hlcTime } from './hlc';
import { MAX_AHEAD_MS } from './limits';
import { applyChange, recordTitle, type FieldChange, type SyncRecord } from './merge';
import type { IncomingSegment } from './open-bundle';
import { partialKey, type ChangeCounts, type ConflictRecord, type NewSegmentRow, type PartialRow, type SegmentRow, type SyncReader } from './store';
import { hasSeen } from './versions';
import type { Batch, InvalidChange, ReconcileOptions, Reconciliation, TrustContext, Unattributed, UnattributedReason } from './reconcile-types';

const emptyCounts = (): ChangeCounts => ({ added: 0, changed: 0, deleted: 0, unchanged: 0 });

/** A record's state before the import and whether any value changed: what the counts are made of. */
type Outcome = { collection: CollectionName; before: 'none' | 'partial' | 'live' | 'deleted'; after: 'partial' | 'live' | 'deleted'; valueChanged: boolean };

const conflictKey = (collection: string, recordId: string, field: string) => `${collection}\u0000${recordId}\u0000${field}`;

/** A record's title in English (the language every office reads), for the lists of left-out changes. */
function labelOf(record: SyncRecord | undefined, id: string): string {
  if (!record) return id;
  const title = recordTitle(record);
  return typeof title === 'string' ? title : (title.en ?? id);
}

/** Open conflicts on the fields a change set whose two sides its author had both seen: settled by it (and taken out of `open`). */
function settledBy(change: Change, author: string, fieldChanges: readonly FieldChange[], open: Map<string, ConflictRecord>): ConflictRecord[] {
  const authorSeen = { ...change.seen, [author]: clockRange(change).last };
  const settled: ConflictRecord[] = [];
  for (const { field } of fieldChanges) {
    const key = conflictKey(change.collection, change.id, field);
    const conflict = open.get(key);
    if (conflict && hasSeen(authorSeen, conflict.keptClock) && hasSeen(authorSeen, conflict.otherClock)) {
      settled.push(conflict);
      open.delete(key);
    }
  }
  return settled;
}

/** A reconciliation of nothing: every count zero, every list empty. */
export function emptyReconciliation(): Reconciliation {
  return {
    perCollection: Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, emptyCounts()])) as Record<CollectionName, ChangeCounts>,
    conflicts: [],
    superseded: [],
    refusals: [],
    unattributed: [],
    held: [],
    invalid: [],
    pending: 0,
    forks: [],
    newSegments: [],
    alreadyHeld: 0,
    latest: '',
  };
}

/** Why a batch cannot be attributed to a trusted key, or null when it can. */
function attribution(batch: Batch, context: TrustContext): UnattributedReason | null {
  const author = batch.author;
  if (batch.segment && !batch.segment.valid) return 'forged';
  if (author.installationId === context.self.installationId) return author.publicKey === context.self.publicKey ? null : 'impostor';
  const trusted = context.trusted.get(author.installationId);
  if (trusted) return trusted.publicKey === author.publicKey ? null : 'keyChanged';
  return context.peers.get(author.installationId)?.status === 'revoked' ? 'revoked' : 'unknown';
}

/**
 * Merges batches of changes into what this replica holds: attributes each batch to a trusted key
 * (or leaves it out and lists it), holds back what is stamped too far ahead, leaves out changes
 * the author's role may not make and values that break their field's rules, and merges the rest
 * field by field. With `write`, each batch's records are stored as they are merged.
 */
export async function reconcile(reader: SyncReader, batches: readonly Batch[], context: TrustContext, validated: WeakMap<Change, ReturnType<typeof validateChangeValues>>, options: ReconcileOptions = {}): Promise<Reconciliation> {
  const result = emptyReconciliation();
  const have = new Map<string, { status: SegmentRow['status']; author: string; seq: number }>();
  for (const key of await reader.segments()) have.set(key.id, key);
  const bySeq = new Map<string, string>();
  for (const [id, key] of have) bySeq.set(`${key.author}/${key.seq}`, id);
  const openConflicts = new Map((await reader.openConflicts()).map((entry) => [conflictKey(entry.collection, entry.recordId, entry.field), entry]));
  const partials = await reader.partials();
  // Ids of the records held, for every collection the bundle touches, read up front: the loop below
  // then awaits only IndexedDB requests (Dexie keeps a transaction open across those alone).
  const existing = new Map<CollectionName, Set<string>>();
  for (const batch of batches) for (const change of batch.changes) if (!existing.has(change.collection)) existing.set(change.collection, new Set());
  for (const collection of existing.keys()) existing.set(collection, await reader.ids(collection));
  const idsOf = (collection: CollectionName) => existing.get(collection) ?? new Set<string>();
  // Records changed by more than one batch stay in memory between them; the rest are let go.
  const touches = new Map<string, number>();
  for (const batch of batches) for (const change of batch.changes) touches.set(partialKey(change.collection, change.id), (touches.get(partialKey(change.collection, change.id)) ?? 0) + 1);
  const working = new Map<string, SyncRecord>();
  const outcomes = new Map<string, Outcome>();
  // Records whose changes in this bundle were all taken in before: counted once each, as already here.
  const alreadyHere = new Map<string, CollectionName>();
  const unattributed = new Map<string, Unattributed>();
  const authorityOf = (node: string) => context.trusted.get(node)?.role === 'secretariat';
  const total = batches.reduce((sum, batch) => sum + batch.changes.length, 0);
  let done = 0;
  let previewedPartials = 0;

  for (const batch of batches) {
    const segment = batch.segment;
    const author = batch.author.installationId;
    const known = segment ? have.get(segment.signature) : undefined;
    if (known && !(options.releasing && known.status === 'held')) {
      if (known.status === 'held') result.alreadyHeld += 1;
      else for (const change of batch.changes) alreadyHere.set(partialKey(change.collection, change.id), change.collection);
      done += batch.changes.length;
      continue;
    }
    const reason = attribution(batch, context);
    if (reason) {
      const key = `${reason}/${author}/${batch.author.publicKey}`;
      const entry = unattributed.get(key) ?? {
        reason,
        installationId: author,
        ...(reason !== 'forged'
          ? { office: batch.author.office, person: batch.author.person, role: batch.author.role, publicKey: batch.author.publicKey, fingerprint: context.fingerprints.get(batch.author.publicKey) }
          : {}),
        segments: 0,
        changes: 0,
      };
      entry.segments += 1;
      entry.changes += batch.changes.length;
      unattributed.set(key, entry);
      done += batch.changes.length;
      continue;
    }
    const last = segment?.last ?? batch.changes.reduce((latest, change) => (clockRange(change).last > latest ? clockRange(change).last : latest), '');
    const ahead = aheadOf(last, context.now);
    if (ahead > MAX_AHEAD_MS) {
      if (segment && !known) {
        const row = segmentRow(segment, 'held', options);
        result.newSegments.push(row);
        have.set(row.id, row);
      }
      result.held.push({
        installationId: author,
        office: batch.author.office,
        seq: segment?.body.seq ?? 0,
        changes: batch.changes.length,
        stampedAt: hlcTime(last),
        aheadMs: ahead,
        appliesFrom: new Date(Number(last.slice(0, 13)) - MAX_AHEAD_MS).toISOString(),
        ...(options.via ? { via: options.via.office } : {}),
      });
      done += batch.changes.length;
      continue;
    }
    if (segment) {
      const twin = bySeq.get(`${author}/${segment.body.seq}`);
      if (twin && twin !== segment.signature) result.forks.push({ installationId: author, seq: segment.body.seq });
    }

    // Every value checked first. A signed batch with a value that breaks its field's rules is left
    // out whole: not applied, not kept, so no office passes it on (a format 1 bundle's changes, never
    // passed on, are left out one by one).
    const invalid: InvalidChange[] = [];
    for (const change of batch.changes) {
      let check = validated.get(change);
      if (!check) validated.set(change, (check = validateChangeValues(change)));
      if ('field' in check) invalid.push({ collection: change.collection, recordId: change.id, field: check.field, origin: author });
    }
    result.invalid.push(...invalid);
    if (segment && invalid.length > 0) {
      done += batch.changes.length;
      continue;
    }

    const writes = new Map<CollectionName, SyncRecord[]>();
    const partialWrites: PartialRow[] = [];
    const completed: string[] = [];
    const dirty = new Set<string>();
    // Records this batch changes that are here already: read once, together.
    const wanted = new Map<CollectionName, string[]>();
    for (const change of batch.changes) {
      const key = partialKey(change.collection, change.id);
      if (working.has(key) || partials.has(key) || !idsOf(change.collection).has(change.id)) continue;
      const list = wanted.get(change.collection) ?? [];
      list.push(change.id);
      wanted.set(change.collection, list);
    }
    for (const [collection, ids] of wanted) {
      (await reader.get(collection, ids)).forEach((row) => row && working.set(partialKey(collection, row.id), row));
    }

    for (const change of batch.changes) {
      done += 1;
      const { collection } = change;
      const key = partialKey(collection, change.id);
      const check = validated.get(change)!;
      if ('field' in check) continue;
      const local = working.get(key) ?? partials.get(key)?.record;
      const outOfScope = context.trusted.get(author)?.role === 'secretariat' ? [] : Object.keys(change.clocks).filter((field) => isSecretariatOnly(collection, field));
      if (outOfScope.length > 0) {
        result.refusals.push({ collection, recordId: change.id, label: labelOf(local ?? ({ ...check.values, id: change.id } as SyncRecord), change.id), fields: outOfScope, origin: author });
        continue;
      }
      let outcome = outcomes.get(key);
      if (!outcome) {
        const before = partials.has(key) ? 'partial' : !local ? 'none' : local.deleted ? 'deleted' : 'live';
        outcome = { collection, before, after: before === 'none' ? 'partial' : before, valueChanged: false };
        outcomes.set(key, outcome);
      }
      if (!local && !options.write && (touches.get(key) ?? 0) <= 1) {
        // A preview of a record new here, changed once: what it would be is in the change itself.
        outcome.after = !hasRequired(collection, check.values) ? 'partial' : check.values.deleted === 1 ? 'deleted' : 'live';
        if (outcome.after === 'partial') previewedPartials += 1;
        continue;
      }
      const merge = applyChange(local, change, check.values, authorityOf);
      if (!merge.changed) continue;
      const complete = isComplete(collection, merge.record);
      outcome.after = !complete ? 'partial' : merge.record.deleted ? 'deleted' : 'live';
      if (merge.changes.length > 0) outcome.valueChanged = true;
      for (const conflict of merge.conflicts) result.conflicts.push({ collection, recordId: change.id, conflict });
      if (openConflicts.size > 0) result.superseded.push(...settledBy(change, author, merge.changes, openConflicts));
      working.set(key, merge.record);
      dirty.add(key);
    }
    for (const key of dirty) {
      const record = working.get(key)!;
      const collection = outcomes.get(key)!.collection;
      if (isComplete(collection, record)) {
        const list = writes.get(collection) ?? [];
        list.push(record);
        writes.set(collection, list);
        if (partials.has(key)) {
          completed.push(key);
          partials.delete(key);
          idsOf(collection).add(record.id);
        }
      } else {
        partialWrites.push({ collection, record });
        partials.set(key, { collection, record });
      }
    }
    if (options.write) {
      for (const [collection, records] of writes) await options.write.records(collection, records);
      if (partialWrites.length > 0 || completed.length > 0) await options.write.partials(partialWrites, completed);
    }
    for (const [collection, records] of writes) {
      const ids = idsOf(collection);
      for (const record of records) ids.add(record.id);
    }
    for (const key of dirty) if ((touches.get(key) ?? 0) <= 1) working.delete(key);
    if (segment) {
      const row = segmentRow(segment, 'applied', options);
      if (!known) result.newSegments.push(row);
      else result.newSegments.push({ ...row, receivedAt: new Date(context.now).toISOString() });
      have.set(row.id, row);
      bySeq.set(`${author}/${segment.body.seq}`, row.id);
    }
    if (last > result.latest) result.latest = last;
    options.onProgress?.(done, total);
  }

  for (const [key, collection] of alreadyHere) if (!outcomes.has(key)) result.perCollection[collection].unchanged += 1;
  result.pending = partials.size + previewedPartials;
  for (const outcome of outcomes.values()) {
    const counts = result.perCollection[outcome.collection];
    if (outcome.after === 'partial') continue;
    else if ((outcome.before === 'none' || outcome.before === 'partial') && outcome.after === 'live') counts.added += 1;
    else if (outcome.before === 'live' && outcome.after === 'deleted') counts.deleted += 1;
    else if (outcome.valueChanged && outcome.before !== 'none' && outcome.before !== 'partial') counts.changed += 1;
    else counts.unchanged += 1;
  }
  result.unattributed = [...unattributed.values()];
  return result;
}

function segmentRow(segment: IncomingSegment, status: SegmentRow['status'], options: ReconcileOptions): NewSegmentRow {
  return {
    id: segment.signature,
    author: segment.body.author.installationId,
    seq: segment.body.seq,
    status,
    text: segment.text,
    last: segment.last,
    changes: segment.body.changes.length,
    collections: collectionCounts(segment.body.changes),
    receivedAt: new Date().toISOString(),
    ...(options.bundleId ? { bundleId: options.bundleId } : {}),
    ...(options.via ? { via: options.via } : {}),
  };
}

/** Changes per collection, as a segment row and a bundle header count them. */
export function collectionCounts(changes: readonly Change[]): Partial<Record<CollectionName, number>> {
  const counts: Partial<Record<CollectionName, number>> = {};
  for (const change of changes) counts[change.collection] = (counts[change.collection] ?? 0) + 1;
  return counts;
}
