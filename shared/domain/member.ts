import { z } from 'zod';
import { ASSOCIATE_COUNTRIES, isMemberCountry, MEMBER_COUNTRIES } from './countries';
import { listPositionSchema, memberNamesSchema } from './names';
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
      if (member.admittedYear !== undefined && member.admittedYear !== FOUNDING_YEAR) {
        ctx.addIssue({ code: 'custom', path: ['admittedYear'], message: 'validation.foundingYear' });
      }
    }
  });

export type MemberFields = z.infer<typeof memberFieldsSchema>;

/** A member government as stored in IndexedDB and carried in bundles. */
export const memberRecordSchema = z.intersection(memberFieldsSchema, recordMetaSchema);
export type MemberRecord = z.infer<typeof memberRecordSchema>;
