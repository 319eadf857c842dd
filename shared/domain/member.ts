import { z } from 'zod';
import { ASSOCIATE_COUNTRIES, isMemberCountry, MEMBER_COUNTRIES } from './countries';
import { listPositionSchema, memberNamesSchema } from './names-schema';
import { periodEnd, periodStart, precisionOf, yearOfDate } from './partial-date';
import { partialDateSchema } from './partial-date-schema';
import { recordMetaSchema } from './record-meta';

/** NEAR was founded at the 1996 Gyeongju conference (Charter Art. 19). */
export const FOUNDING_YEAR = 1996;

export const MEMBER_KINDS = ['member', 'associate'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

const countryCode = z.enum([...MEMBER_COUNTRIES, ...ASSOCIATE_COUNTRIES], {
  error: 'validation.country',
});

/** What a person enters for a member government; shared by the form, storage and sync. */
export const memberFieldsSchema = z
  .object({
    names: memberNamesSchema,
    country: countryCode,
    kind: z.enum(MEMBER_KINDS, { error: 'validation.invalid' }),
    admittedYear: z
      .number({ error: 'validation.year' })
      .int({ error: 'validation.year' })
      .min(FOUNDING_YEAR, { error: 'validation.admittedBeforeFounding' })
      .max(2100, { error: 'validation.year' })
      .optional(),
    /**
     * The day, month or year of admission (Charter Art. 8-1), as precisely as the record gives it.
     * Older records hold only `admittedYear`; a form saving this date writes its year there too.
     */
    // Checked on the field itself, so the message shows beside it even while other fields are wrong
    // (the cross-field rules below run only once every field is valid).
    admittedOn: partialDateSchema
      .refine((date) => yearOfDate(date) >= FOUNDING_YEAR, { error: 'validation.admittedBeforeFounding' })
      .optional(),
    /** The General Assembly or executive committee meeting that admitted it, where on record. */
    admissionMeetingId: z.uuid({ error: 'validation.invalid' }).optional(),
    /** The day, month or year it left the Association, if it has. */
    withdrawnOn: partialDateSchema.optional(),
    /** true or false where known; absent where the record does not say. */
    founding: z.boolean().optional(),
    notes: z.string().trim().max(2000, { error: 'validation.tooLong' }).optional(),
    /**
     * Its number in its country's part of the association's official member list (the annual
     * report's appendix numbers them ①, ②…); the report lists members in this order.
     */
    listPosition: listPositionSchema.optional(),
  })
  .superRefine((member, ctx) => {
    // Charter Art. 4 and 4-2: full members come from the six countries, associates from elsewhere in Asia.
    if (member.kind === 'member' && !isMemberCountry(member.country)) {
      ctx.addIssue({ code: 'custom', path: ['country'], message: 'validation.memberCountry' });
    }
    if (member.kind === 'associate' && isMemberCountry(member.country)) {
      ctx.addIssue({ code: 'custom', path: ['country'], message: 'validation.associateCountry' });
    }
    if (member.founding === true) {
      if (member.kind === 'associate') {
        ctx.addIssue({ code: 'custom', path: ['founding'], message: 'validation.foundingAssociate' });
      }
      // With an admission date, its own check below says so on the field the form shows.
      if (member.admittedYear !== undefined && member.admittedOn === undefined && member.admittedYear !== FOUNDING_YEAR) {
        ctx.addIssue({ code: 'custom', path: ['admittedYear'], message: 'validation.foundingYear' });
      }
    }
    membershipDateIssues(member).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }));
  });

/** What is wrong with a member's admission and withdrawal dates, field by field. */
function membershipDateIssues(member: Pick<MemberFields, 'admittedYear' | 'admittedOn' | 'withdrawnOn' | 'founding'>) {
  const issues: Array<{ path: string[]; message: string }> = [];
  const { admittedOn, withdrawnOn } = member;
  if (admittedOn !== undefined) {
    const year = yearOfDate(admittedOn);
    if (year < FOUNDING_YEAR) issues.push({ path: ['admittedOn'], message: 'validation.admittedBeforeFounding' });
    else if (member.founding === true && year !== FOUNDING_YEAR) issues.push({ path: ['admittedOn'], message: 'validation.foundingYear' });
    else if (member.admittedYear !== undefined && member.admittedYear !== year) issues.push({ path: ['admittedOn'], message: 'validation.admittedYearMismatch' });
  }
  const from = memberFrom(member);
  if (withdrawnOn !== undefined && from !== undefined && periodEnd(withdrawnOn) < from) {
    issues.push({ path: ['withdrawnOn'], message: 'validation.withdrawnBeforeAdmitted' });
  }
  return issues;
}

export type MemberFields = z.infer<typeof memberFieldsSchema>;

/** A member government as stored in IndexedDB and carried in bundles. */
export const memberRecordSchema = z.intersection(memberFieldsSchema, recordMetaSchema);
export type MemberRecord = z.infer<typeof memberRecordSchema>;

/** What membership on a date is read from. */
export type MembershipDates = Pick<MemberFields, 'admittedYear' | 'admittedOn' | 'withdrawnOn'>;

/** The year a member was admitted: its admission date's, else the year on record; undefined where neither is. */
export function admissionYear(member: MembershipDates): number | undefined {
  return member.admittedOn !== undefined ? yearOfDate(member.admittedOn) : member.admittedYear;
}

/**
 * The first day a member counts as one (ISO day). Admission known only to the month or the year
 * counts from the start of that period, as a bare admission year always has: the record gives no
 * reason to think it joined later. Undefined where no admission is on record (a member since before).
 */
export function memberFrom(member: MembershipDates): string | undefined {
  if (member.admittedOn !== undefined) return periodStart(member.admittedOn);
  return member.admittedYear !== undefined ? `${member.admittedYear}-01-01` : undefined;
}

/**
 * The first day a member no longer counts (ISO day): the day of its withdrawal; for a withdrawal
 * known only to the month or the year, the day after that period, as it may have been a member to
 * its end. Undefined while it has not withdrawn.
 */
export function memberUntil(member: MembershipDates): string | undefined {
  const { withdrawnOn } = member;
  if (withdrawnOn === undefined) return undefined;
  return precisionOf(withdrawnOn) === 'day' ? withdrawnOn : nextDay(periodEnd(withdrawnOn));
}

/** Whether a member is one on `day` (ISO day): admitted by then and not withdrawn. */
export function isMemberOn(member: MembershipDates, day: string): boolean {
  const from = memberFrom(member);
  const until = memberUntil(member);
  return (from === undefined || from <= day) && (until === undefined || day < until);
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
