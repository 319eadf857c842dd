import type { z } from 'zod';
import {
  contactRecordSchema,
  followUpRecordSchema,
  meetingRecordSchema,
  visitRecordSchema,
} from '../domain/activity';
import { committeeRecordSchema } from '../domain/committee';
import { memberRecordSchema } from '../domain/member';

/** Every record type that travels between offices, in the order a bundle lists them. */
export const SYNC_COLLECTIONS = ['members', 'committees', 'meetings', 'contacts', 'visits', 'followUps'] as const;
export type CollectionName = (typeof SYNC_COLLECTIONS)[number];

/** The one schema per record type, used for forms and storage, checks every record a bundle brings. */
export const RECORD_SCHEMAS = {
  members: memberRecordSchema,
  committees: committeeRecordSchema,
  meetings: meetingRecordSchema,
  contacts: contactRecordSchema,
  visits: visitRecordSchema,
  followUps: followUpRecordSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

/** How an office takes part in the association's data (chosen when the installation is set up). */
export const OFFICE_ROLES = ['secretariat', 'branch', 'seconded'] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];

/**
 * What only the secretariat in Pohang may change: membership (every member field, adding and
 * deleting members) and committees' coordinators (and whether a committee exists). Other offices
 * add and change activity records and contacts. Dues will join this list with the ledger.
 */
export const SECRETARIAT_ONLY: Partial<Record<CollectionName, 'all' | readonly string[]>> = {
  members: 'all',
  committees: ['coordinatorIds', 'deleted'],
};

/** Whether changing `field` of a `collection` record is reserved to the secretariat. */
export function isSecretariatOnly(collection: CollectionName, field: string): boolean {
  const rule = SECRETARIAT_ONLY[collection];
  return rule === 'all' || (rule !== undefined && rule.includes(field));
}
