import { z } from 'zod';
import { isHlc } from '../sync/hlc';

const hlcString = z.string().refine(isHlc, { error: 'validation.invalid' });

/**
 * What every stored record carries for sync: a stable id made offline, who made and last
 * changed it (installation ids) and when, a hybrid logical clock per field so that two offices'
 * edits to different fields can both survive a merge, and a tombstone instead of row removal.
 */
export const recordMetaSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  createdBy: z.uuid(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.uuid(),
  /** Clock of the latest change to any field. */
  hlc: hlcString,
  /** Clock of the latest change to each top-level field (`deleted` included once deleted). */
  fieldClocks: z.record(z.string(), hlcString),
  /**
   * Version vector: per installation, the clock of its latest change this record has taken in,
   * overwritten ones included. It tells a merge whether one side had seen the other's edit.
   */
  versions: z.record(z.string(), hlcString),
  /** 1 once deleted (IndexedDB cannot index booleans); the record stays as a tombstone. */
  deleted: z.union([z.literal(0), z.literal(1)]),
  deletedAt: z.iso.datetime().optional(),
  deletedBy: z.uuid().optional(),
});

export type RecordMeta = z.infer<typeof recordMetaSchema>;

/** Keys of record fields that belong to the domain, not to sync bookkeeping. */
export type DomainFields<T> = Omit<T, keyof RecordMeta>;
