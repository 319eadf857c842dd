import { z } from 'zod';
import { MEMBER_COUNTRIES } from './countries';
import { localizedTextSchema } from './names-schema';
import { periodEnd, periodStart } from './partial-date';
import { partialDateSchema } from './partial-date-schema';
import { recordMetaSchema } from './record-meta';

/** Kinds of meeting and event the secretariat organises or attends. */
export const MEETING_KINDS = [
  'generalAssembly',
  'executiveCommittee',
  'committeeMeeting',
  'workshop',
  'forum',
  'youthForum',
  'youthContest',
  'other',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Who went to whom: the secretariat visited them, they visited the secretariat, or both met elsewhere. */
export const VISIT_DIRECTIONS = ['outbound', 'inbound', 'thirdEvent'] as const;
export type VisitDirection = (typeof VISIT_DIRECTIONS)[number];

export const COUNTERPART_TYPES = ['member', 'partner', 'university', 'research', 'company', 'centralGovernment', 'other'] as const;
export type CounterpartType = (typeof COUNTERPART_TYPES)[number];

export const OUTCOME_KINDS = ['decision', 'agreement', 'declaration', 'award', 'other'] as const;

const isoDate = z.iso.date({ error: 'validation.date' });
/** The most entries any list in a record may hold: far above real use, so no file can make a record huge. */
export const MAX_LIST = 500;
const ids = z
  .array(z.uuid({ error: 'validation.invalid' }))
  .max(MAX_LIST, { error: 'validation.tooMany' })
  .refine((list) => new Set(list).size === list.length, {
    error: 'validation.duplicate',
  });
const shortText = z.string().trim().max(200, { error: 'validation.tooLong' });
const count = z
  .number({ error: 'validation.count' })
  .int({ error: 'validation.count' })
  .min(0, { error: 'validation.count' })
  .max(10_000_000, { error: 'validation.count' });
/** A list of short entries (names, topics, languages): at most 100 of them. */
const shortList = <T extends z.ZodType>(item: T) => z.array(item).max(100, { error: 'validation.tooMany' });

/** A localized text that must say something in at least one language. */
const requiredText = localizedTextSchema.refine((text) => Object.values(text).some(Boolean), {
  error: 'validation.required',
});

/** Per-country counts, for events where the record gives only numbers ("China 10, Japan 3…"). */
export const countryCountsSchema = z.partialRecord(z.enum([...MEMBER_COUNTRIES, 'other']), count);

/** A country outside the membership that took part in a meeting, and how many came from it where the record says. */
export const guestCountrySchema = z.object({
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'validation.country' })
    .refine((code) => !(MEMBER_COUNTRIES as readonly string[]).includes(code), { error: 'validation.guestIsMember' }),
  people: count.optional(),
});

/** The counts a meeting and a visit share: people taking part, and member governments where the record gives only their number. */
type PeopleAndMembers = { headcount?: number; headcountAtLeast?: boolean; memberCount?: number };

/** The counts of a meeting that must agree with each other and with the members named. */
type MeetingCounts = PeopleAndMembers & {
  delegates?: number;
  countryCount?: number;
  guestCountries?: readonly unknown[];
  participantIds: readonly string[];
  participantCounts: Partial<Record<string, number>>;
};

/** "At least" needs a number to qualify, and no count of governments may fall below the governments named. */
function headcountAndMembersAgree(counts: PeopleAndMembers, named: readonly string[], ctx: z.RefinementCtx): void {
  if (counts.headcountAtLeast && counts.headcount === undefined) {
    ctx.addIssue({ code: 'custom', path: ['headcount'], message: 'validation.atLeastWithoutCount' });
  }
  if (counts.memberCount !== undefined && counts.memberCount < named.length) {
    ctx.addIssue({ code: 'custom', path: ['memberCount'], message: 'validation.fewerThanNamed' });
  }
}

function countsAgree(meeting: MeetingCounts, ctx: z.RefinementCtx): void {
  headcountAndMembersAgree(meeting, meeting.participantIds, ctx);
  const countries = Object.entries(meeting.participantCounts).filter(([code, value]) => code !== 'other' && value).length + (meeting.guestCountries?.length ?? 0);
  if (meeting.countryCount !== undefined && meeting.countryCount < countries) {
    ctx.addIssue({ code: 'custom', path: ['countryCount'], message: 'validation.fewerThanListed' });
  }
  if (meeting.delegates !== undefined && meeting.headcount !== undefined && meeting.delegates > meeting.headcount) {
    ctx.addIssue({ code: 'custom', path: ['delegates'], message: 'validation.delegatesAboveHeadcount' });
  }
}

/** An end may be coarser or finer than its start, but its period may not finish before the start's begins. */
function endNotBeforeStart(value: { startDate?: string; date?: string; endDate?: string }, ctx: z.RefinementCtx): void {
  const start = value.startDate ?? value.date;
  if (value.endDate && start && periodEnd(value.endDate) < periodStart(start)) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.endBeforeStart' });
  }
}

/**
 * Who took part in a General Assembly or executive committee vote: members present, members voting
 * by written resolution, and (for records such as the 2018 report that give only numbers) how many
 * more took part without being named. Everyone else was absent.
 */
export const rollCallSchema = z
  .object({
    present: ids,
    written: ids,
    unnamedPresent: count,
    unnamedWritten: count,
  })
  .refine((call) => !call.written.some((id) => call.present.includes(id)), {
    error: 'validation.presentAndWritten',
    path: ['written'],
  });
export type RollCall = z.infer<typeof rollCallSchema>;

/** A result the record states without a tally: "all eight items passed", and no count kept. */
export const RECORDED_RESULTS = ['adopted', 'rejected'] as const;
export type RecordedResult = (typeof RECORDED_RESULTS)[number];
const TALLY_FIELDS = ['inFavour', 'against', 'abstaining'] as const;

/**
 * How an agenda item was decided: its class under Charter Art. 8 (items 1–11), or a coordinator
 * replacement at the executive committee (Committee Regulation Art. 5-7, 5-8), and either the votes
 * counted or, where nobody recorded a tally, the result as the record states it: never both, so no
 * screen can print a count nobody made. `item` is the item's position in the meeting's agenda (0 for the first).
 */
export const agendaDecisionSchema = z
  .object({
    item: z.number().int().min(0).max(99),
    article: z.number({ error: 'validation.invalid' }).int().min(1).max(11).optional(),
    replacesCoordinatorOf: z.uuid({ error: 'validation.invalid' }).optional(),
    /** Members willing to take the committee over (Committee Regulation Art. 5-7): without one it cannot be replaced. */
    willingMemberIds: ids.optional(),
    inFavour: count.optional(),
    against: count.optional(),
    abstaining: count.optional(),
    recordedResult: z.enum(RECORDED_RESULTS, { error: 'validation.invalid' }).optional(),
  })
  .superRefine((decision, ctx) => {
    if (decision.recordedResult !== undefined && TALLY_FIELDS.some((field) => decision[field] !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['recordedResult'], message: 'validation.tallyAndRecordedResult' });
    }
    if (decision.willingMemberIds !== undefined && decision.replacesCoordinatorOf === undefined) {
      ctx.addIssue({ code: 'custom', path: ['willingMemberIds'], message: 'validation.willingWithoutReplacement' });
    }
  });
export type AgendaDecision = z.infer<typeof agendaDecisionSchema>;

/** A meeting or event: General Assembly, committee meeting, workshop, forum, youth programme… */
export const meetingFieldsSchema = z
  .object({
    kind: z.enum(MEETING_KINDS, { error: 'validation.invalid' }),
    title: requiredText,
    committeeId: z.uuid({ error: 'validation.invalid' }).optional(),
    /** Edition number: 12 for the 12th General Assembly. */
    edition: count.min(1, { error: 'validation.count' }).optional(),
    /** As precise as the source: a day, a month ("2018-10") or a year ("2018"); see partial-date.ts. */
    startDate: partialDateSchema,
    endDate: partialDateSchema.optional(),
    hostMemberId: z.uuid({ error: 'validation.invalid' }).optional(),
    city: localizedTextSchema.optional(),
    venue: localizedTextSchema.optional(),
    participantIds: ids,
    participantCounts: countryCountsSchema,
    /** What the counts count: member governments, contest entries or people. */
    countUnit: z.enum(['members', 'entries', 'people']),
    headcount: count.optional(),
    /** The headcount is a lower bound: the record says "150余人", "over 150". */
    headcountAtLeast: z.boolean().optional(),
    /** Delegates counted apart from everyone attending ("24 delegates and 150-odd in all"). */
    delegates: count.optional(),
    /** Member governments taking part, where the record gives their number but not each country's. */
    memberCount: count.optional(),
    /** Countries taking part, member countries and others, where the record counts them. */
    countryCount: count.min(1, { error: 'validation.count' }).optional(),
    /** Countries outside the membership that took part (Brazil at the 2018 education committee), with their people where given. */
    guestCountries: shortList(guestCountrySchema)
      .refine((guests) => new Set(guests.map((guest) => guest.country)).size === guests.length, { error: 'validation.duplicate' })
      .optional(),
    theme: localizedTextSchema.optional(),
    outcomes: shortList(z.object({ kind: z.enum(OUTCOME_KINDS), text: requiredText })),
    sideEvents: shortList(requiredText),
    writtenResolutions: count.optional(),
    agendaItems: shortList(requiredText),
    rollCall: rollCallSchema.optional(),
    decisions: shortList(agendaDecisionSchema)
      .refine((list) => new Set(list.map((decision) => decision.item)).size === list.length, { error: 'validation.duplicate' })
      .optional(),
    summary: localizedTextSchema.optional(),
    contactIds: ids,
  })
  .superRefine((meeting, ctx) => {
    endNotBeforeStart(meeting, ctx);
    countsAgree(meeting, ctx);
    if (meeting.kind === 'committeeMeeting' && !meeting.committeeId) {
      ctx.addIssue({ code: 'custom', path: ['committeeId'], message: 'validation.committeeRequired' });
    }
  });
export type MeetingFields = z.infer<typeof meetingFieldsSchema>;
export const meetingRecordSchema = z.intersection(meetingFieldsSchema, recordMetaSchema);
export type MeetingRecord = z.infer<typeof meetingRecordSchema>;

/** A dated entry of who from the secretariat met whom, where, why, and what came of it. */
export const visitFieldsSchema = z
  .object({
    /** As precise as the source: a day, a month or a year, like a meeting's dates. */
    date: partialDateSchema,
    endDate: partialDateSchema.optional(),
    direction: z.enum(VISIT_DIRECTIONS, { error: 'validation.invalid' }),
    /** The office that logged it (Pohang secretariat, Hyogo branch office, a seconded official's office). */
    office: shortText.min(1, { error: 'validation.required' }),
    /** Secretariat staff who took part. */
    staff: shortList(shortText.min(1)).min(1, { error: 'validation.staffRequired' }),
    counterpartType: z.enum(COUNTERPART_TYPES, { error: 'validation.invalid' }),
    memberIds: ids,
    /** The organisation met when it is not (only) a member government. */
    counterpart: localizedTextSchema.optional(),
    contactIds: ids,
    committeeId: z.uuid({ error: 'validation.invalid' }).optional(),
    city: localizedTextSchema.optional(),
    title: requiredText,
    purpose: localizedTextSchema.optional(),
    topics: shortList(shortText.min(1)),
    outcome: localizedTextSchema.optional(),
    /** People who took part, where the record counts them ("12 attended"). */
    headcount: count.optional(),
    /** The headcount is a lower bound: the record says "over 150". */
    headcountAtLeast: z.boolean().optional(),
    /** Member governments represented, where the record gives their number but not each one (it may name some of them). */
    memberCount: count.optional(),
  })
  .superRefine((visit, ctx) => {
    endNotBeforeStart(visit, ctx);
    headcountAndMembersAgree(visit, visit.memberIds, ctx);
    // Each government represented sent someone, so an exact headcount cannot be below their number.
    if (visit.memberCount !== undefined && visit.headcount !== undefined && !visit.headcountAtLeast && visit.memberCount > visit.headcount) {
      ctx.addIssue({ code: 'custom', path: ['memberCount'], message: 'validation.membersAboveHeadcount' });
    }
    if (visit.counterpartType === 'member' && visit.memberIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['memberIds'], message: 'validation.counterpartRequired' });
    }
    if (visit.counterpartType !== 'member' && !visit.counterpart && visit.memberIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['counterpart'], message: 'validation.counterpartRequired' });
    }
  });
export type VisitFields = z.infer<typeof visitFieldsSchema>;
export const visitRecordSchema = z.intersection(visitFieldsSchema, recordMetaSchema);
export type VisitRecord = z.infer<typeof visitRecordSchema>;

/** A person met: name in its own script and in Latin letters, title, organisation, languages. */
export const contactFieldsSchema = z.object({
  name: shortText.min(1, { error: 'validation.required' }),
  latin: shortText.optional(),
  title: localizedTextSchema.optional(),
  organisation: localizedTextSchema.optional(),
  memberId: z.uuid({ error: 'validation.invalid' }).optional(),
  languages: shortList(shortText),
  email: z.email({ error: 'validation.email' }).optional(),
  phone: shortText.optional(),
});
export type ContactFields = z.infer<typeof contactFieldsSchema>;
export const contactRecordSchema = z.intersection(contactFieldsSchema, recordMetaSchema);
export type ContactRecord = z.infer<typeof contactRecordSchema>;

/** An action promised at a visit: a fact of its own, so marking it done never clashes with editing the visit. */
export const followUpFieldsSchema = z.object({
  visitId: z.uuid(),
  text: shortText.min(1, { error: 'validation.required' }),
  /**
   * As precise as the promise: a day, or a month or year where only that was said ("by the end of
   * October"), due by the end of its period. Absent where no date was agreed; such follow-ups are
   * listed after the dated ones.
   */
  dueOn: partialDateSchema.optional(),
  owner: shortText.min(1, { error: 'validation.required' }),
  doneOn: isoDate.optional(),
});
export type FollowUpFields = z.infer<typeof followUpFieldsSchema>;
export const followUpRecordSchema = z.intersection(followUpFieldsSchema, recordMetaSchema);
export type FollowUpRecord = z.infer<typeof followUpRecordSchema>;

/** The last day a follow-up may be done on time: its due day, or the last day of its due month or year. */
export function followUpDeadline(followUp: Pick<FollowUpFields, 'dueOn'>): string | undefined {
  return followUp.dueOn === undefined ? undefined : periodEnd(followUp.dueOn);
}

/** Whether a follow-up is still open after its deadline on `today` (an ISO day): "October 2018" is overdue from 1 November. */
export function isFollowUpOverdue(followUp: Pick<FollowUpFields, 'dueOn' | 'doneOn'>, today: string): boolean {
  const deadline = followUpDeadline(followUp);
  return !followUp.doneOn && deadline !== undefined && deadline < today;
}
