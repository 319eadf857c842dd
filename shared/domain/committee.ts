import { z } from 'zod';
import { listPositionSchema, localizedNamesSchema, localizedTextSchema } from './names-schema';
import { partialDateSchema } from './partial-date-schema';
import { yearOfDate } from './partial-date';
import { recordMetaSchema } from './record-meta';

/** The first specialised committee (Economy and Trade) was set up in 1998. */
export const FIRST_COMMITTEE_YEAR = 1998;

/** What a person enters for a specialised committee; shared by the form, storage and sync. */
export const committeeFieldsSchema = z
  .object({
    names: localizedNamesSchema,
    /** Coordinator governments; co-coordinators are allowed (Committee Regulation Art. 5-2). */
    coordinatorIds: z
      .array(z.uuid({ error: 'validation.invalid' }))
      .min(1, { error: 'validation.coordinatorRequired' })
      .max(20, { error: 'validation.tooMany' })
      .refine((ids) => new Set(ids).size === ids.length, { error: 'validation.duplicate' }),
    foundedYear: z
      .number({ error: 'validation.year' })
      .int({ error: 'validation.year' })
      .min(FIRST_COMMITTEE_YEAR, { error: 'validation.committeeYear' })
      .max(2100, { error: 'validation.year' }),
    /** Meetings held as the report counts them ("举办次数"); 0 where the report shows "-". */
    meetingsHeld: z
      .number({ error: 'validation.count' })
      .int({ error: 'validation.count' })
      .min(0, { error: 'validation.count' })
      .max(999, { error: 'validation.count' }),
    field: localizedTextSchema,
    /** Article number in Committee Regulation Art. 2. */
    regulationNumber: z
      .number({ error: 'validation.count' })
      .int({ error: 'validation.count' })
      .min(1, { error: 'validation.count' })
      .max(99, { error: 'validation.count' })
      .optional(),
    /** As precisely as the record gives it: a day, a month or a year. */
    lastMeetingOn: partialDateSchema.optional(),
    /**
     * True where the record says only that the last meeting was no later than `lastMeetingOn`: the
     * report notes a committee "has not met for years", or leaves it out of the year's meetings.
     */
    lastMeetingOrEarlier: z.boolean().optional(),
    /** The latest activity other than a meeting on record (Art. 5-7 counts activities too). */
    lastActivityOn: partialDateSchema.optional(),
    /** What the record says about the last meeting or activity, and where: the reader sees why. */
    activityNote: localizedTextSchema.optional(),
    /** ISO date the committee was retired (abolished); absent while it runs. */
    retiredOn: z.iso.date({ error: 'validation.date' }).optional(),
    /** Its row in the association's official committee table (the annual report's section II.1). */
    listPosition: listPositionSchema.optional(),
  })
  .superRefine((committee, ctx) => {
    if (committee.lastMeetingOn && yearOfDate(committee.lastMeetingOn) < committee.foundedYear) {
      ctx.addIssue({ code: 'custom', path: ['lastMeetingOn'], message: 'validation.meetingBeforeFounding' });
    }
    if (committee.lastActivityOn && yearOfDate(committee.lastActivityOn) < committee.foundedYear) {
      ctx.addIssue({ code: 'custom', path: ['lastActivityOn'], message: 'validation.activityBeforeFounding' });
    }
    if (committee.lastMeetingOrEarlier && !committee.lastMeetingOn) {
      ctx.addIssue({ code: 'custom', path: ['lastMeetingOn'], message: 'validation.orEarlierWithoutDate' });
    }
    if (committee.lastMeetingOn && committee.meetingsHeld === 0) {
      ctx.addIssue({ code: 'custom', path: ['meetingsHeld'], message: 'validation.meetingsHeldZero' });
    }
  });

export type CommitteeFields = z.infer<typeof committeeFieldsSchema>;

/** A specialised committee as stored in IndexedDB and carried in bundles. */
export const committeeRecordSchema = z.intersection(committeeFieldsSchema, recordMetaSchema);
export type CommitteeRecord = z.infer<typeof committeeRecordSchema>;
