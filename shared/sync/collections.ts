import { z } from 'zod';
import { contactFieldsSchema, followUpFieldsSchema, meetingFieldsSchema, visitFieldsSchema } from '../domain/activity';
import { committeeFieldsSchema } from '../domain/committee';
import { duesFieldsSchema, duesPostponementFieldsSchema } from '../domain/dues';
import { memberFieldsSchema } from '../domain/member';
import { recordMetaSchema } from '../domain/record-meta';

/** Every record type that travels between offices, in the order a bundle lists them. */
export const SYNC_COLLECTIONS = ['members', 'committees', 'meetings', 'contacts', 'visits', 'followUps', 'dues', 'duesPostponements'] as const;
export type CollectionName = (typeof SYNC_COLLECTIONS)[number];

/**
 * Collections added after the first bundle format, with the version that added them. A bundle
 * from an older version has none of them, which reads as none of their records.
 */
export const ADDED_COLLECTIONS: Partial<Record<CollectionName, string>> = { dues: '0.3.0', duesPostponements: '0.3.0' };

/**
 * A record as it travels: every field checked against the shared schema on its own, without the
 * rules that tie fields together (an end after a start, meetings held once a meeting is dated).
 * Two valid edits made in two offices can merge into a pair a form would refuse; that record must
 * still travel, or every later bundle from the office that merged it would be refused. The forms
 * keep the cross-field rules, so the next person to edit the record puts it right.
 */
function travelling<S extends z.ZodObject>(fields: S) {
  return z.intersection(z.object(fields.shape), recordMetaSchema);
}

/** The one schema per record type (fields as the forms check them) checks every record a bundle brings. */
export const RECORD_SCHEMAS = {
  members: travelling(memberFieldsSchema),
  committees: travelling(committeeFieldsSchema),
  meetings: travelling(meetingFieldsSchema),
  contacts: travelling(contactFieldsSchema),
  visits: travelling(visitFieldsSchema),
  followUps: travelling(followUpFieldsSchema),
  dues: travelling(duesFieldsSchema),
  duesPostponements: travelling(duesPostponementFieldsSchema),
} as const satisfies Record<CollectionName, z.ZodType>;

/** How an office takes part in the association's data (chosen when the installation is set up). */
export const OFFICE_ROLES = ['secretariat', 'branch', 'seconded'] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];

/**
 * What only the secretariat in Pohang may change: membership (every member field, adding and
 * deleting members) and committees' coordinators (and whether a committee exists). Other offices
 * add and change activity records and contacts. The dues ledger and the decisions postponing
 * dues are Pohang's alone (Dues Regulation Art. 4: the Secretary-General runs the dues business).
 */
export const SECRETARIAT_ONLY: Partial<Record<CollectionName, 'all' | readonly string[]>> = {
  members: 'all',
  committees: ['coordinatorIds', 'deleted'],
  dues: 'all',
  duesPostponements: 'all',
};

/** Whether changing `field` of a `collection` record is reserved to the secretariat. */
export function isSecretariatOnly(collection: CollectionName, field: string): boolean {
  const rule = SECRETARIAT_ONLY[collection];
  return rule === 'all' || (rule !== undefined && rule.includes(field));
}
