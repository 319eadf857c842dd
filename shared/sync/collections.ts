import { z } from 'zod';
import { contactFieldsSchema, followUpFieldsSchema, meetingFieldsSchema, visitFieldsSchema } from '../domain/activity';
import { committeeFieldsSchema } from '../domain/committee';
import { duesFieldsSchema, duesPostponementFieldsSchema } from '../domain/dues';
import { memberFieldsSchema } from '../domain/member';
import { recordMetaSchema } from '../domain/record-meta';
import { reportTextFieldsSchema, staffFieldsSchema } from '../domain/secretariat';

/** Every record type that travels between offices, in the order a bundle lists them. */
export const SYNC_COLLECTIONS = ['members', 'committees', 'meetings', 'contacts', 'visits', 'followUps', 'dues', 'duesPostponements', 'staff', 'reportTexts'] as const;
export type CollectionName = (typeof SYNC_COLLECTIONS)[number];

/**
 * Collections added after the first bundle format, with the version that added them. A bundle
 * from an older version has none of them, which reads as none of their records.
 */
export const ADDED_COLLECTIONS: Partial<Record<CollectionName, string>> = { dues: '0.3.0', duesPostponements: '0.3.0', staff: '0.5.0', reportTexts: '0.5.0' };

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

/** Each record type's fields, as the forms check them (their cross-field rules apply to forms only). */
const FIELD_SCHEMAS = {
  members: memberFieldsSchema,
  committees: committeeFieldsSchema,
  meetings: meetingFieldsSchema,
  contacts: contactFieldsSchema,
  visits: visitFieldsSchema,
  followUps: followUpFieldsSchema,
  dues: duesFieldsSchema,
  duesPostponements: duesPostponementFieldsSchema,
  staff: staffFieldsSchema,
  reportTexts: reportTextFieldsSchema,
} as const satisfies Record<CollectionName, z.ZodObject>;

/** The one schema per record type (fields as the forms check them) checks every record a bundle brings. */
export const RECORD_SCHEMAS = {
  members: travelling(FIELD_SCHEMAS.members),
  committees: travelling(FIELD_SCHEMAS.committees),
  meetings: travelling(FIELD_SCHEMAS.meetings),
  contacts: travelling(FIELD_SCHEMAS.contacts),
  visits: travelling(FIELD_SCHEMAS.visits),
  followUps: travelling(FIELD_SCHEMAS.followUps),
  dues: travelling(FIELD_SCHEMAS.dues),
  duesPostponements: travelling(FIELD_SCHEMAS.duesPostponements),
  staff: travelling(FIELD_SCHEMAS.staff),
  reportTexts: travelling(FIELD_SCHEMAS.reportTexts),
} as const satisfies Record<CollectionName, z.ZodType>;

/** How an office takes part in the association's data (chosen when the installation is set up). */
export const OFFICE_ROLES = ['secretariat', 'branch', 'seconded'] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];

/**
 * What only the secretariat in Pohang may change: membership (every member field, adding and
 * deleting members) and committees' coordinators and existence (deleting a committee, and retiring
 * or reinstating it: `retiredOn` abolishes it) and their place in the official list. Other offices
 * add and change activity records and contacts. The dues ledger and the decisions postponing
 * dues are Pohang's alone (Dues Regulation Art. 4: the Secretary-General runs the dues business).
 * So are the secretariat's own records: its staff list and the texts it writes for each year's report.
 */
export const SECRETARIAT_ONLY: Partial<Record<CollectionName, 'all' | readonly string[]>> = {
  members: 'all',
  committees: ['coordinatorIds', 'deleted', 'retiredOn', 'listPosition'],
  dues: 'all',
  duesPostponements: 'all',
  staff: 'all',
  reportTexts: 'all',
};

/** Whether changing `field` of a `collection` record is reserved to the secretariat. */
export function isSecretariatOnly(collection: CollectionName, field: string): boolean {
  const rule = SECRETARIAT_ONLY[collection];
  return rule === 'all' || (rule !== undefined && rule.includes(field));
}

/** The domain fields of each collection's records, as its schema names them (`deleted` is not one). */
export const DOMAIN_FIELDS = Object.fromEntries(
  SYNC_COLLECTIONS.map((name) => [name, new Set(Object.keys(FIELD_SCHEMAS[name].shape))]),
) as unknown as Record<CollectionName, ReadonlySet<string>>;

/** Fields a record of the collection cannot be without: until a replica has them all, the record is incomplete. */
export const REQUIRED_FIELDS = Object.fromEntries(
  SYNC_COLLECTIONS.map((name) => [
    name,
    Object.entries(FIELD_SCHEMAS[name].shape as Record<string, z.ZodType>)
      .filter(([, schema]) => !schema.safeParse(undefined).success)
      .map(([field]) => field),
  ]),
) as unknown as Record<CollectionName, readonly string[]>;

/**
 * Per collection, a schema that checks whichever of its fields are present, each on its own: what
 * a change (some fields of a record, set by one office) is validated with.
 */
export const CHANGE_VALUE_SCHEMAS = Object.fromEntries(
  SYNC_COLLECTIONS.map((name) => [name, z.object(FIELD_SCHEMAS[name].shape).partial()]),
) as unknown as Record<CollectionName, z.ZodType<Record<string, unknown>>>;
