import type { RecordMeta } from '../domain/record-meta';
import { stableStringify } from './record-stamp';
import { covers, hasSeen, mergeVersions, type Versions } from './versions';

/** A stored record of any synced collection: its domain fields plus the sync bookkeeping. */
export type SyncRecord = RecordMeta & { [field: string]: unknown };

/** Fields that belong to one laptop only and never travel in a bundle. */
export const LOCAL_FIELDS: readonly string[] = ['localSeq', 'syncedFrom'];

/** Bookkeeping that is merged by its own rules rather than field by field. */
const META_FIELDS = new Set([
  'id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'hlc', 'fieldClocks', 'versions', 'deleted', 'deletedAt', 'deletedBy',
  ...LOCAL_FIELDS,
]);

/**
 * The same field changed in two offices without either having seen the other's change. The
 * deterministic winner is in the record; the other value is kept here for a person to review.
 * `field` is `deleted` when a record was edited in one office while deleted in another: then
 * `other` holds the edited fields, which the tombstone keeps (so the record can be restored).
 */
export type FieldConflict = {
  field: string;
  kept: unknown;
  keptClock: string;
  other: unknown;
  otherClock: string;
};

/** A field whose value a merge changed, with the clock (and so the installation) of the change. */
export type FieldChange = { field: string; clock: string };

export type MergeResult = {
  record: SyncRecord;
  /** Whether the record differs from the local one (false: nothing to write). */
  changed: boolean;
  /** Fields whose value changed, `deleted` included; every field for a record new here. */
  changes: FieldChange[];
  conflicts: FieldConflict[];
};

/**
 * What a person recognises a record by: its names or title in several languages (members,
 * committees, meetings, visits), else its name or text (contacts, follow-ups), else its id.
 */
export function recordTitle(record: SyncRecord): string | { en?: string } {
  for (const key of ['names', 'title']) {
    const value = record[key];
    if (value && typeof value === 'object') return value as { en?: string };
  }
  for (const key of ['name', 'text']) if (typeof record[key] === 'string') return record[key];
  return record.id;
}

/** The clock of a field's latest change; '' if it was never set after creation by an older build. */
export function fieldClock(record: SyncRecord, field: string): string {
  const clock = record.fieldClocks[field];
  if (clock !== undefined) return clock;
  return field === 'deleted' && record.deleted ? record.hlc : '';
}

/** Removes this laptop's bookkeeping from a record the caller owns (fresh from the database), without copying it. */
export function stripLocal(record: SyncRecord): SyncRecord {
  for (const field of LOCAL_FIELDS) {
    delete record[field];
    if (field in record.fieldClocks) delete record.fieldClocks[field];
  }
  return record;
}

/** The record without this laptop's local bookkeeping, as it travels in a bundle. */
export function portable(record: SyncRecord): SyncRecord {
  let copy: SyncRecord | undefined;
  for (const field of LOCAL_FIELDS) {
    if (field in record) {
      copy ??= { ...record };
      delete copy[field];
    }
    // Builds before 0.2 stamped `localSeq` as if it were a domain field.
    if (field in record.fieldClocks) {
      copy ??= { ...record };
      const { [field]: _local, ...clocks } = copy.fieldClocks;
      copy.fieldClocks = clocks;
    }
  }
  return copy ?? record;
}

/** The value a field stands for in a merge; for `deleted`, the flag with who deleted it and when. */
function fieldValue(record: SyncRecord, field: string): unknown {
  if (field === 'deleted') {
    return record.deleted ? { deleted: 1, deletedAt: record.deletedAt, deletedBy: record.deletedBy } : { deleted: 0 };
  }
  return record[field];
}

function setFieldValue(target: SyncRecord, field: string, source: SyncRecord): void {
  if (field === 'deleted') {
    target.deleted = source.deleted;
    if (source.deleted) {
      if (source.deletedAt !== undefined) target.deletedAt = source.deletedAt;
      if (source.deletedBy !== undefined) target.deletedBy = source.deletedBy;
    } else {
      delete target.deletedAt;
      delete target.deletedBy;
    }
    return;
  }
  if (source[field] === undefined) delete target[field];
  else target[field] = source[field];
}

function fieldNames(a: SyncRecord, b: SyncRecord): string[] {
  const names = new Set<string>(['deleted']);
  for (const record of [a, b]) {
    for (const key of Object.keys(record)) if (!META_FIELDS.has(key)) names.add(key);
    for (const key of Object.keys(record.fieldClocks)) names.add(key);
  }
  return [...names].sort();
}

/** Of two sides with the same clock (the same change), the deterministic choice. */
function laterOf(a: SyncRecord, b: SyncRecord, field: string): SyncRecord {
  const clockA = fieldClock(a, field);
  const clockB = fieldClock(b, field);
  if (clockA !== clockB) return clockA > clockB ? a : b;
  return stableStringify(fieldValue(a, field)) >= stableStringify(fieldValue(b, field)) ? a : b;
}

/**
 * Merges a record received from another office into the local one, field by field: the later
 * clock wins (hybrid logical clocks, ties broken by value), so every replica that has seen the
 * same changes ends with the same record, whatever the order. The rule is commutative,
 * associative and idempotent. Deletion is a field like the others: an old copy cannot undo it
 * (its `deleted` clock is older); an edit made where the deletion was not yet known is merged into
 * the tombstone and reported as a conflict, so a person can restore the record.
 */
export function mergeRecords(local: SyncRecord | undefined, incoming: SyncRecord): MergeResult {
  const remote = portable(incoming);
  if (!local) {
    const changes = fieldNames(remote, remote).map((field) => ({ field, clock: fieldClock(remote, field) }));
    return { record: remote, changed: true, changes, conflicts: [] };
  }
  const mine = portable(local);
  if (covers(mine.versions, remote.versions)) return { record: local, changed: false, changes: [], conflicts: [] };

  const merged: SyncRecord = { ...mine, fieldClocks: {} };
  const fieldClocks: Record<string, string> = {};
  const changes: FieldChange[] = [];
  const fieldConflicts: FieldConflict[] = [];
  for (const field of fieldNames(mine, remote)) {
    const winner = laterOf(mine, remote, field);
    const loser = winner === mine ? remote : mine;
    setFieldValue(merged, field, winner);
    const clock = fieldClock(winner, field);
    if (clock !== '') fieldClocks[field] = clock;
    const winnerValue = stableStringify(fieldValue(winner, field));
    const loserValue = stableStringify(fieldValue(loser, field));
    if (winnerValue === loserValue) continue;
    if (winner === remote) changes.push({ field, clock });
    const loserClock = fieldClock(loser, field);
    if (!hasSeen(winner.versions, loserClock)) {
      fieldConflicts.push({
        field,
        kept: fieldValue(winner, field),
        keptClock: clock,
        other: fieldValue(loser, field),
        otherClock: loserClock,
      });
    }
  }
  merged.fieldClocks = fieldClocks;
  merged.versions = mergeVersions(mine.versions, remote.versions);
  const newer = mine.hlc === remote.hlc ? laterMeta(mine, remote) : mine.hlc > remote.hlc ? mine : remote;
  merged.hlc = newer.hlc;
  merged.updatedAt = newer.updatedAt;
  merged.updatedBy = newer.updatedBy;
  const older = `${mine.createdAt}|${mine.createdBy}` <= `${remote.createdAt}|${remote.createdBy}` ? mine : remote;
  merged.createdAt = older.createdAt;
  merged.createdBy = older.createdBy;

  const conflicts = merged.deleted ? deleteConflicts(mine, remote, merged) : fieldConflicts;
  const changed = stableStringify(merged) !== stableStringify(mine);
  const record = changed ? merged : local;
  return { record, changed, changes, conflicts };
}

function laterMeta(a: SyncRecord, b: SyncRecord): SyncRecord {
  return `${a.updatedAt}|${a.updatedBy}` >= `${b.updatedAt}|${b.updatedBy}` ? a : b;
}

/**
 * Edits made on one side while the other side deleted the record, neither having seen the other:
 * the deletion stands and the edits are reported in one conflict on `deleted`.
 */
function deleteConflicts(a: SyncRecord, b: SyncRecord, merged: SyncRecord): FieldConflict[] {
  const deletionClock = fieldClock(merged, 'deleted');
  const deleter = a.deleted && fieldClock(a, 'deleted') === deletionClock ? a : b;
  const editor = deleter === a ? b : a;
  if (editor.deleted || hasSeen(editor.versions, deletionClock)) return [];
  const edited: Record<string, unknown> = {};
  let otherClock = '';
  for (const field of Object.keys(editor.fieldClocks)) {
    const clock = fieldClock(editor, field);
    if (field === 'deleted' || clock <= fieldClock(deleter, field) || hasSeen(deleter.versions as Versions, clock)) continue;
    edited[field] = editor[field];
    if (clock > otherClock) otherClock = clock;
  }
  if (otherClock === '') return [];
  return [{ field: 'deleted', kept: fieldValue(merged, 'deleted'), keptClock: deletionClock, other: edited, otherClock }];
}
