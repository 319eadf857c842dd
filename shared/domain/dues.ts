import { z } from 'zod';
import { localizedTextSchema } from './names-schema';
import { periodEnd, periodStart } from './partial-date';
import { partialDateSchema } from './partial-date-schema';
import { recordMetaSchema } from './record-meta';

/**
 * The dues ledger (Dues Regulation Art. 5): USD 1,000 per member and fiscal year, paid in the
 * currency of the secretariat's country by the end of April. The ledger holds facts only: a year
 * paid (with what was received) or waived, and the assembly's decisions to postpone collection.
 * "Unpaid" is the absence of a fact for a year owed; voting rights are computed from these facts
 * (shared/governance/voting-rights.ts), never stored. Only Pohang may change the ledger.
 */

/** Dues Regulation Art. 5(1): the yearly amount due, in US dollars. */
export const DUES_PER_YEAR_USD = 1000;
/** Art. 5(2): payable in the currency of the secretariat's country (Korea). */
export const SECRETARIAT_CURRENCY = 'KRW';
/**
 * The regulation took effect on 1 January 2017 with the first dues for fiscal year 2018 (report,
 * chapter I.4); no member owes for an earlier year, whenever it joined.
 */
export const FIRST_DUES_YEAR = 2018;

export const DUES_STATUSES = ['paid', 'waived'] as const;
export type DuesStatus = (typeof DUES_STATUSES)[number];

const isoDate = z.iso.date({ error: 'validation.date' });
const fiscalYear = z
  .number({ error: 'validation.year' })
  .int({ error: 'validation.year' })
  .min(FIRST_DUES_YEAR, { error: 'validation.duesYear' })
  .max(2100, { error: 'validation.year' });

/** One member's dues for one fiscal year: paid (what arrived, in which currency, when) or waived. */
export const duesFieldsSchema = z
  .object({
    memberId: z.uuid({ error: 'validation.invalid' }),
    fiscalYear,
    status: z.enum(DUES_STATUSES, { error: 'validation.invalid' }),
    /** Amount actually received, in `currency`. */
    amount: z.number({ error: 'validation.amount' }).positive({ error: 'validation.amount' }).max(1e12, { error: 'validation.amount' }).optional(),
    /** ISO 4217 code of what was received (normally KRW). */
    currency: z.string().regex(/^[A-Z]{3}$/, { error: 'validation.currency' }).optional(),
    receivedOn: isoDate.optional(),
    note: z.string().trim().max(500, { error: 'validation.tooLong' }).optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.status !== 'paid') return;
    for (const field of ['amount', 'currency', 'receivedOn'] as const) {
      if (entry[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'validation.required' });
    }
  });
export type DuesFields = z.infer<typeof duesFieldsSchema>;
export const duesRecordSchema = z.intersection(duesFieldsSchema, recordMetaSchema);
export type DuesRecord = z.infer<typeof duesRecordSchema>;

/**
 * The ledger's id for a member's fiscal year: the member's id with its third group replaced by
 * version 8 ("custom") and the year. Two Pohang laptops recording the same payment make the same
 * record, which sync merges field by field, never two payments.
 */
export function duesEntryId(memberId: string, fiscalYear: number): string {
  const groups = memberId.toLowerCase().split('-');
  groups[2] = `8${fiscalYear.toString(16).padStart(3, '0')}`;
  return groups.join('-');
}

/**
 * A decision (of the assembly or the executive committee) to postpone collecting dues: for listed
 * fiscal years, or open-ended from a fiscal year until a later decision ends it (the 2018 report:
 * the 11th executive committee deferred the first collection until the 12th executive committee
 * decides, and the 12th General Assembly confirmed it). Once that later decision is taken, the
 * last fiscal year postponed is recorded in `untilFiscalYear`, with the decision (`endedOn`,
 * `endedByMeetingId` or `endedBy`).
 */
export const duesPostponementFieldsSchema = z
  .object({
    /** The fiscal years postponed, where the decision lists them. */
    fiscalYears: z
      .array(fiscalYear)
      .min(1, { error: 'validation.required' })
      .max(100, { error: 'validation.tooMany' })
      .refine((years) => new Set(years).size === years.length, { error: 'validation.duplicate' })
      .optional(),
    /** Open-ended: every fiscal year from this one on, until a later decision (or `untilFiscalYear`). */
    fromFiscalYear: fiscalYear.optional(),
    /** The last fiscal year an open-ended postponement covers, once a later decision ended it. */
    untilFiscalYear: fiscalYear.optional(),
    /** The decision that is to end it, as the record names it ("the 12th executive committee, 2019"). */
    awaiting: localizedTextSchema.optional(),
    /** When the later decision ended it, as precisely as the record gives it; absent while it is open. */
    endedOn: partialDateSchema.optional(),
    /** The meeting that ended it, where it is on record. */
    endedByMeetingId: z.uuid({ error: 'validation.invalid' }).optional(),
    /** Who ended it, where that meeting is not on record (often the `awaiting` decision's own words). */
    endedBy: localizedTextSchema.optional(),
    /** As precisely as the record gives it: the 11th executive committee's decision is dated only "2017". */
    decidedOn: partialDateSchema,
    /** The meeting that decided it, where it is on record. */
    meetingId: z.uuid({ error: 'validation.invalid' }).optional(),
    /** Who decided it, where that meeting is not on record ("the 11th executive committee"). */
    decidedBy: localizedTextSchema.optional(),
    /** When a later meeting confirmed it (the assembly confirms dues decisions, Charter Art. 8-2). */
    confirmedOn: partialDateSchema.optional(),
    confirmedByMeetingId: z.uuid({ error: 'validation.invalid' }).optional(),
    note: localizedTextSchema.optional(),
  })
  .superRefine((decision, ctx) => {
    const open = decision.fromFiscalYear !== undefined;
    if (open === (decision.fiscalYears !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['fiscalYears'], message: open ? 'validation.yearsOrFrom' : 'validation.required' });
    }
    if (decision.untilFiscalYear !== undefined && (!open || decision.untilFiscalYear < decision.fromFiscalYear!)) {
      ctx.addIssue({ code: 'custom', path: ['untilFiscalYear'], message: 'validation.endBeforeStart' });
    }
    if (decision.confirmedOn !== undefined && periodEnd(decision.confirmedOn) < periodStart(decision.decidedOn)) {
      ctx.addIssue({ code: 'custom', path: ['confirmedOn'], message: 'validation.endBeforeStart' });
    }
    // Who ended it and when speak of a last year. (A last year without its date stays readable: the
    // format-3 records before `endedOn` existed have one; the End dialog asks for the date.)
    const ended = decision.endedOn !== undefined || decision.endedByMeetingId !== undefined || decision.endedBy !== undefined;
    if (ended && decision.untilFiscalYear === undefined) {
      ctx.addIssue({ code: 'custom', path: ['untilFiscalYear'], message: 'validation.required' });
    }
    if (decision.endedOn !== undefined && periodEnd(decision.endedOn) < periodStart(decision.decidedOn)) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'validation.endedBeforeDecided' });
    }
  });
export type DuesPostponementFields = z.infer<typeof duesPostponementFieldsSchema>;
export const duesPostponementRecordSchema = z.intersection(duesPostponementFieldsSchema, recordMetaSchema);
export type DuesPostponementRecord = z.infer<typeof duesPostponementRecordSchema>;

type PostponementYears = Pick<DuesPostponementFields, 'fiscalYears' | 'fromFiscalYear' | 'untilFiscalYear'>;

/** Whether a postponement covers a fiscal year: listed, or within its open-ended span. */
export function postponementCovers(decision: PostponementYears, year: number): boolean {
  if (decision.fiscalYears?.includes(year)) return true;
  const { fromFiscalYear: from, untilFiscalYear: until } = decision;
  return from !== undefined && year >= from && (until === undefined || year <= until);
}

/** Whether a postponement still waits for the later decision that is to end it. */
export function isOpenEnded(decision: PostponementYears): boolean {
  return decision.fromFiscalYear !== undefined && decision.untilFiscalYear === undefined;
}

/** What the later decision that ends an open-ended postponement sets: its last year, and who ended it when. */
export const POSTPONEMENT_END_FIELDS = ['untilFiscalYear', 'endedOn', 'endedByMeetingId', 'endedBy'] as const;
export type PostponementEnd = Pick<DuesPostponementFields, (typeof POSTPONEMENT_END_FIELDS)[number]>;

/**
 * The last fiscal year the ledger has on `today`: the current one, or a later one already paid or
 * waived in advance. A decision ending a postponement after it speaks of years the ledger cannot
 * show yet, and is refused rather than recorded as a fact nobody can check.
 */
export function lastLedgerYear(today: string, entries: ReadonlyArray<Pick<DuesFields, 'fiscalYear'>>): number {
  return Math.max(Number(today.slice(0, 4)), ...entries.map((entry) => entry.fiscalYear));
}
