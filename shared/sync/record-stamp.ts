import type { RecordMeta } from '../domain/record-meta';
import { formatHlc, hlcTime, nodeOf, parseHlc } from './hlc';

/** Who changed a record, when by the wall clock, and when by the hybrid logical clock. */
export type Stamp = { at: string; by: string; hlc: string };

/**
 * The stamp of a change made with clock `hlc`: by its installation, at the time it carries. Every
 * office derives "when" from the clock the same way, so a record reads the same everywhere.
 */
export function stampOf(hlc: string): Stamp {
  return { at: hlcTime(hlc), by: nodeOf(hlc), hlc };
}

/**
 * `count` stamps from `first` on, one millisecond apart: records made in one go (the sample) then
 * keep the order they were entered in, which is what orders entries whose dates cannot.
 */
export function successiveStamps(first: Stamp, count: number): Stamp[] {
  const { millis, node } = parseHlc(first.hlc);
  return Array.from({ length: count }, (_, index) => (index === 0 ? first : stampOf(formatHlc({ millis: millis + index, counter: 0, node }))));
}

const META_KEYS = new Set<string>([
  'id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'hlc', 'fieldClocks', 'versions', 'deleted', 'deletedAt', 'deletedBy',
  // This laptop's own bookkeeping (merge.ts LOCAL_FIELDS; not imported from there, which imports this module).
  'localSeq', 'syncedFrom',
]);

/** JSON with object keys sorted, so equal values compare equal whatever order they were built in. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(',')}}`;
}

/** The domain part of a stored record, without sync bookkeeping. */
export function domainFields<T extends RecordMeta>(record: T): Omit<T, keyof RecordMeta> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !META_KEYS.has(key))) as Omit<T, keyof RecordMeta>;
}

/** A new record: every field is stamped with the same clock. */
export function createRecord<F extends object>(fields: F, stamp: Stamp, id: string): F & RecordMeta {
  const fieldClocks = Object.fromEntries(Object.keys(fields).map((key) => [key, stamp.hlc]));
  return {
    ...fields,
    id,
    createdAt: stamp.at,
    createdBy: stamp.by,
    updatedAt: stamp.at,
    updatedBy: stamp.by,
    hlc: stamp.hlc,
    fieldClocks,
    versions: { [stamp.by]: stamp.hlc },
    deleted: 0,
  };
}

/**
 * Applies an edit: only fields whose value really changed get the new clock, so a later merge can
 * keep another office's edit to a different field. Returns the names of the changed fields.
 */
export function editRecord<F extends object, R extends F & RecordMeta>(
  existing: R,
  fields: F,
  stamp: Stamp,
): { record: R; changed: string[] } {
  const before = domainFields(existing) as Record<string, unknown>;
  const after = fields as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [...keys].filter((key) => stableStringify(before[key]) !== stableStringify(after[key])).sort();
  if (changed.length === 0) return { record: existing, changed };
  const meta: RecordMeta = {
    id: existing.id,
    createdAt: existing.createdAt,
    createdBy: existing.createdBy,
    updatedAt: stamp.at,
    updatedBy: stamp.by,
    hlc: stamp.hlc,
    fieldClocks: { ...existing.fieldClocks, ...Object.fromEntries(changed.map((key) => [key, stamp.hlc])) },
    versions: { ...existing.versions, [stamp.by]: stamp.hlc },
    deleted: existing.deleted,
    ...(existing.deletedAt ? { deletedAt: existing.deletedAt, deletedBy: existing.deletedBy } : {}),
  };
  return { record: { ...fields, ...meta } as R, changed };
}

/** Marks a record deleted. The row stays as a tombstone so the deletion can travel to other offices. */
export function tombstoneRecord<R extends RecordMeta>(existing: R, stamp: Stamp): R {
  return {
    ...existing,
    updatedAt: stamp.at,
    updatedBy: stamp.by,
    hlc: stamp.hlc,
    fieldClocks: { ...existing.fieldClocks, deleted: stamp.hlc },
    versions: { ...existing.versions, [stamp.by]: stamp.hlc },
    deleted: 1,
    deletedAt: stamp.at,
    deletedBy: stamp.by,
  };
}

/** Brings a deleted record back (a person's choice after an edit-versus-delete conflict). */
export function restoreRecord<R extends RecordMeta>(existing: R, stamp: Stamp): R {
  const { deletedAt: _deletedAt, deletedBy: _deletedBy, ...rest } = existing;
  return {
    ...rest,
    updatedAt: stamp.at,
    updatedBy: stamp.by,
    hlc: stamp.hlc,
    fieldClocks: { ...existing.fieldClocks, deleted: stamp.hlc },
    versions: { ...existing.versions, [stamp.by]: stamp.hlc },
    deleted: 0,
  } as unknown as R;
}
