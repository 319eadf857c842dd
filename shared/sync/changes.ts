import { z } from 'zod';
import { CHANGE_VALUE_SCHEMAS, DOMAIN_FIELDS, REQUIRED_FIELDS, SYNC_COLLECTIONS, type CollectionName } from './collections';
import { isHlc, isInstallationId, nodeOf } from './hlc';
import { MAX_INSTALLATIONS } from './limits';
import type { SyncRecord } from './merge';

/**
 * One installation's change to one record: the fields it set (or cleared, or `deleted` for a
 * deletion or a restore), each with the clock of its change, all of them this installation's own.
 * Changes travel inside segments signed by their author, so a receiver applies a field only on
 * the word of the installation that changed it.
 */
export type Change = {
  collection: CollectionName;
  /** The record's id. */
  id: string;
  /** Per field the author changed, the clock of that change; every clock names the author. */
  clocks: Record<string, string>;
  /** The values of those fields; a field with a clock and no value was cleared. `deleted` is 0 or 1. */
  values: Record<string, unknown>;
  /** The record's version vector at the author when it sealed the change: what it had taken in (for conflicts). */
  seen: Record<string, string>;
  /** When the author created the record, if it did (for people: "added by … on …"). */
  createdAt?: string;
};

/** Why a change cannot be read, for the refusal's message: where in the file, and the record. */
export type ShapeProblem = { path: string; record: string };

const CHANGE_KEYS = new Set(['collection', 'id', 'clocks', 'values', 'seen', 'createdAt']);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
/** A record id as the record schema accepts it (`z.uuid()`). */
const UUID = z.regexes.uuid();

/** A plain JSON object (not null, not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A version vector: installation ids to clocks of those same installations, at most `MAX_INSTALLATIONS` of them. */
export function isVersionVector(value: unknown): value is Record<string, string> {
  if (!isPlainObject(value)) return false;
  let count = 0;
  for (const node in value) {
    if (!Object.hasOwn(value, node)) continue;
    count += 1;
    const clock = value[node];
    if (count > MAX_INSTALLATIONS || !isInstallationId(node) || !isHlc(clock) || nodeOf(clock) !== node) return false;
  }
  return true;
}

/**
 * Checks a change's shape without trusting anything in it: known keys only, a known collection, a
 * record id, field names that are the collection's own, clocks stamped by `author`, values only for
 * fields with a clock, and a bounded version vector. Written by hand rather than with zod, which
 * would copy each of 100,000 changes to check a few keys. Returns the problem, or null.
 */
export function changeShapeProblem(raw: unknown, author: string, path: string): ShapeProblem | null {
  if (!isPlainObject(raw)) return { path, record: '' };
  const record = typeof raw.id === 'string' && UUID.test(raw.id) ? raw.id : '';
  const problem = (where: string): ShapeProblem => ({ path: `${path}.${where}`, record });
  for (const key in raw) if (Object.hasOwn(raw, key) && !CHANGE_KEYS.has(key)) return problem(key);
  const collection = raw.collection;
  if (typeof collection !== 'string' || !(SYNC_COLLECTIONS as readonly string[]).includes(collection)) return problem('collection');
  if (!record) return problem('id');
  const fields = DOMAIN_FIELDS[collection as CollectionName];
  const { clocks, values } = raw;
  if (!isPlainObject(clocks)) return problem('clocks');
  let count = 0;
  // The fields of one change mostly share one clock: each distinct clock is checked once.
  let checked = '';
  for (const field in clocks) {
    if (!Object.hasOwn(clocks, field)) continue;
    count += 1;
    if (field !== 'deleted' && !fields.has(field)) return problem(`clocks.${field}`);
    const clock = clocks[field];
    if (clock === checked) continue;
    if (!isHlc(clock) || nodeOf(clock) !== author) return problem(`clocks.${field}`);
    checked = clock;
  }
  if (count === 0) return problem('clocks');
  if (!isPlainObject(values)) return problem('values');
  for (const field in values) {
    if (Object.hasOwn(values, field) && !Object.hasOwn(clocks, field)) return problem(`values.${field}`);
  }
  if (Object.hasOwn(clocks, 'deleted') && values.deleted !== 0 && values.deleted !== 1) return problem('values.deleted');
  if (!isVersionVector(raw.seen)) return problem('seen');
  if (raw.createdAt !== undefined && (typeof raw.createdAt !== 'string' || !ISO_TIME.test(raw.createdAt) || Number.isNaN(Date.parse(raw.createdAt)))) {
    return problem('createdAt');
  }
  return null;
}

/**
 * Checks the values a change sets against the collection's field schemas, each field on its own,
 * and that no required field is cleared. Returns the values as the schemas read them (trimmed,
 * blanks dropped), or the first field that fails.
 */
export function validateChangeValues(change: Change): { values: Record<string, unknown> } | { field: string } {
  const { deleted, ...fields } = change.values;
  for (const field of REQUIRED_FIELDS[change.collection]) {
    if (Object.hasOwn(change.clocks, field) && !Object.hasOwn(fields, field)) return { field };
  }
  const parsed = CHANGE_VALUE_SCHEMAS[change.collection].safeParse(fields);
  if (!parsed.success) return { field: String(parsed.error.issues[0]?.path[0] ?? '') };
  return { values: deleted === undefined ? parsed.data : { ...parsed.data, deleted } };
}

/** The latest and earliest clock of a change. */
export function clockRange(change: Change): { first: string; last: string } {
  let first = '';
  let last = '';
  for (const field in change.clocks) {
    const clock = change.clocks[field];
    if (last === '' || clock > last) last = clock;
    if (first === '' || clock < first) first = clock;
  }
  return { first, last };
}

/** Whether a record held here has every field its collection requires (otherwise it waits, incomplete). */
export function isComplete(collection: CollectionName, record: SyncRecord): boolean {
  return hasRequired(collection, record);
}

/** Whether the given fields include every field a record of the collection requires. */
export function hasRequired(collection: CollectionName, fields: Readonly<Record<string, unknown>>): boolean {
  for (const field of REQUIRED_FIELDS[collection]) if (fields[field] === undefined) return false;
  return true;
}
