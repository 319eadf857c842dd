import { z } from 'zod';
import { LOCALES, type Locale } from '../i18n/locales';
import { localizedNamesSchema, localizedTextOf, localizedTextSchema, optionalName } from './names-schema';
import { periodEnd, periodStart } from './partial-date';
import { partialDateSchema } from './partial-date-schema';
import { recordMetaSchema } from './record-meta';

/**
 * The secretariat's own records, from which the annual report's foreword and chapter VI are
 * written: the staff list (who works for the secretariat, in which role and office, from when to
 * when) and the texts of each year's report that people write rather than the registry (the
 * forewords, and chapter VI's history and organisation). Only Pohang changes them.
 */

/** Where a staff member works: the Pohang secretariat's own staff, a branch office, or seconded by a member government. */
export const STAFF_OFFICES = ['secretariat', 'branch', 'seconded'] as const;
export type StaffOffice = (typeof STAFF_OFFICES)[number];

/**
 * A person's name in the forms the record holds: in their own script (Hangul, Cyrillic, Chinese
 * characters), in Latin letters, and in the Chinese characters Chinese-language documents print
 * (the 2018 report, written in Chinese, gives only this form). At least one is needed.
 */
export const personNameSchema = z
  .object({ native: optionalName, latin: optionalName, chinese: optionalName })
  .refine((name) => Boolean(name.native || name.latin || name.chinese), { error: 'validation.personName', path: ['native'] });
export type PersonName = z.infer<typeof personNameSchema>;

/** The position in the report's list: 1 for the first. */
const listOrder = z.number({ error: 'validation.count' }).int({ error: 'validation.count' }).min(1, { error: 'validation.count' }).max(9999, { error: 'validation.count' });

/** A person on the secretariat's staff list. */
export const staffFieldsSchema = z
  .object({
    name: personNameSchema,
    /** The role or position, in the six languages ("Secretary-General", "Russian specialist"). */
    role: localizedNamesSchema,
    office: z.enum(STAFF_OFFICES, { error: 'validation.invalid' }),
    /** The member government that seconded the person, or that hosts the branch office they work in. */
    memberId: z.uuid({ error: 'validation.invalid' }).optional(),
    /** When the person started and left, as precisely as known; absent where the record does not say. */
    from: partialDateSchema.optional(),
    to: partialDateSchema.optional(),
    order: listOrder,
    note: localizedTextSchema.optional(),
  })
  .superRefine((staff, ctx) => {
    if (staff.office !== 'secretariat' && !staff.memberId) {
      ctx.addIssue({ code: 'custom', path: ['memberId'], message: 'validation.secondingMember' });
    }
    if (staff.from && staff.to && periodEnd(staff.to) < periodStart(staff.from)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.endBeforeStart' });
    }
  });
export type StaffFields = z.infer<typeof staffFieldsSchema>;
export const staffRecordSchema = z.intersection(staffFieldsSchema, recordMetaSchema);
export type StaffRecord = z.infer<typeof staffRecordSchema>;

/** What a text of the report is: a foreword, or a part of chapter VI (the secretariat's history and organisation). */
export const REPORT_TEXT_KINDS = ['foreword', 'secretariat'] as const;
export type ReportTextKind = (typeof REPORT_TEXT_KINDS)[number];

/** A foreword's author: a name and a title or office, each in the six languages. */
export const authorSchema = z.object({ name: localizedNamesSchema, title: localizedTextSchema });

/**
 * A text of one year's report written by people, not generated: the forewords (each with its
 * author) and the parts of chapter VI (each with its heading). `summarised` lists the languages in
 * which the text is a summary rather than the whole text, so the report can say so.
 */
export const reportTextFieldsSchema = z
  .object({
    year: z.number({ error: 'validation.year' }).int({ error: 'validation.year' }).min(1996, { error: 'validation.year' }).max(2100, { error: 'validation.year' }),
    kind: z.enum(REPORT_TEXT_KINDS, { error: 'validation.invalid' }),
    heading: localizedTextSchema.optional(),
    author: authorSchema.optional(),
    text: localizedTextOf(20000),
    summarised: z
      .array(z.enum(LOCALES, { error: 'validation.invalid' }))
      .max(LOCALES.length, { error: 'validation.tooMany' })
      .refine((languages) => new Set(languages).size === languages.length, { error: 'validation.duplicate' })
      .optional(),
    /** The date the text is signed with ("2018. 12"), as precisely as it gives it. */
    signedOn: partialDateSchema.optional(),
    order: listOrder,
  })
  .superRefine((text, ctx) => {
    if (!LOCALES.some((locale) => text.text[locale])) ctx.addIssue({ code: 'custom', path: ['text', 'en'], message: 'validation.textRequired' });
    if (text.kind === 'foreword' && !text.author) ctx.addIssue({ code: 'custom', path: ['author', 'name', 'en'], message: 'validation.authorRequired' });
  });
export type ReportTextFields = z.infer<typeof reportTextFieldsSchema>;
export const reportTextRecordSchema = z.intersection(reportTextFieldsSchema, recordMetaSchema);
export type ReportTextRecord = z.infer<typeof reportTextRecordSchema>;

/** Whether a person's time on the staff (open where a date is absent) reaches into `year`. */
export function servesIn(staff: Pick<StaffFields, 'from' | 'to'>, year: number): boolean {
  if (staff.from && periodStart(staff.from) > `${year}-12-31`) return false;
  return !(staff.to && periodEnd(staff.to) < `${year}-01-01`);
}

/** Whether the person has left by `isoDay`: their last period is over. */
export function hasLeft(staff: Pick<StaffFields, 'to'>, isoDay: string): boolean {
  return staff.to !== undefined && periodEnd(staff.to) < isoDay;
}

/** Records in the list's own order (`order`, then id so equal orders stay put). */
export function inListOrder<R extends { order: number; id: string }>(records: readonly R[]): R[] {
  return [...records].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The staff serving in `year`, in the list's order. */
export function staffOfYear<R extends StaffFields & { id: string }>(staff: readonly R[], year: number): R[] {
  return inListOrder(staff.filter((person) => servesIn(person, year)));
}

/** The texts of `kind` for the report of `year`, in their order. */
export function reportTextsOf<R extends ReportTextFields & { id: string }>(texts: readonly R[], year: number, kind: ReportTextKind): R[] {
  return inListOrder(texts.filter((text) => text.year === year && text.kind === kind));
}

/** A person's name as written in `locale`, and `from` set where only another language's form is on record. */
export type WrittenName = { text: string; from?: Locale };

/**
 * A person's name for readers of `locale`: Chinese readers get the Chinese-character form, English
 * readers the Latin one, the others the person's own script with the Latin letters beside it. Where
 * the record has only the Chinese form, other readers get it marked as Chinese.
 */
export function writtenName(name: PersonName, locale: Locale): WrittenName {
  const { native, latin, chinese } = name;
  if (locale === 'zh') return { text: chinese ?? native ?? latin ?? '' };
  if (locale === 'en' && latin) return { text: latin };
  if (native && latin && native !== latin) return { text: `${native} (${latin})` };
  if (native ?? latin) return { text: (native ?? latin) as string };
  return chinese ? { text: chinese, from: 'zh' } : { text: '' };
}
