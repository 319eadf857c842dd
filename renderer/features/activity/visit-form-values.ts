import { z } from 'zod';
import { COUNTERPART_TYPES, VISIT_DIRECTIONS, followUpFieldsSchema, visitFieldsSchema, type VisitFields } from '../../../shared/domain/activity';
import { DATE_PRECISIONS } from '../../../shared/domain/partial-date';
import type { Locale } from '../../../shared/i18n/locales';
import { spanPrecision } from './date-span';
import { mergeText, textIn } from './localized-input';

const text = z.string();
/** A count as its input holds it: a number, or blank. Drafts of builds before the visit's counts have none. */
const countInput = z.union([z.number(), z.string()]).optional();
const toCount = (value?: number | string) => (value === '' || value === undefined ? undefined : Number(value));
/** The entries that hold a value, so a blank count stays absent from the record rather than undefined. */
const present = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));

/** Splits "a, b，c、d" (Latin, full-width and ideographic commas) into trimmed items. */
export function splitList(value: string): string[] {
  return value
    .split(/[,，、;；\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}


/** What the quick-entry form edits: flat strings the inputs hold, typed in the UI language. */
const visitFormObject = z.object({
  date: text,
  endDate: text,
  /** How precisely the dates are known (the form's "Day / Month / Year" choice); drafts of older builds have none. */
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
  direction: z.enum(VISIT_DIRECTIONS),
  office: text,
  staff: text,
  counterpartType: z.enum(COUNTERPART_TYPES),
  memberIds: z.array(z.string()),
  counterpart: text,
  contactIds: z.array(z.string()),
  committeeId: text,
  city: text,
  title: text,
  purpose: text,
  topics: text,
  outcome: text,
  headcount: countInput,
  headcountAtLeast: z.boolean().optional(),
  memberCount: countInput,
  followUps: z.array(z.object({ text, dueOn: text, owner: text })),
});

export type VisitFormValues = z.infer<typeof visitFormObject>;

/**
 * The form schema for one UI language: texts typed here are merged into the visit's other
 * languages (see `mergeText`); `visitFieldsSchema` alone decides validity.
 */
export function visitFormSchema(locale: Locale, previous?: VisitFields) {
  const inLanguage = (typed: string, key: 'counterpart' | 'city' | 'title' | 'purpose' | 'outcome') =>
    mergeText(previous?.[key], typed, locale);
  return visitFormObject
    .transform(
      (values): Record<string, unknown> => ({
        date: values.date,
        ...(values.endDate ? { endDate: values.endDate } : {}),
        direction: values.direction,
        office: values.office,
        staff: splitList(values.staff),
        counterpartType: values.counterpartType,
        memberIds: values.memberIds,
        ...(inLanguage(values.counterpart, 'counterpart') ? { counterpart: inLanguage(values.counterpart, 'counterpart') } : {}),
        contactIds: values.contactIds,
        ...(values.committeeId ? { committeeId: values.committeeId } : {}),
        ...(inLanguage(values.city, 'city') ? { city: inLanguage(values.city, 'city') } : {}),
        title: inLanguage(values.title, 'title') ?? {},
        ...(inLanguage(values.purpose, 'purpose') ? { purpose: inLanguage(values.purpose, 'purpose') } : {}),
        topics: splitList(values.topics),
        ...(inLanguage(values.outcome, 'outcome') ? { outcome: inLanguage(values.outcome, 'outcome') } : {}),
        ...present({ headcount: toCount(values.headcount), headcountAtLeast: values.headcountAtLeast || undefined, memberCount: toCount(values.memberCount) }),
        // Rows left completely empty are not follow-ups; half-filled ones are checked.
        followUps: values.followUps
          .filter((followUp) => followUp.text.trim() || followUp.dueOn)
          .map(({ dueOn, ...rest }) => (dueOn ? { ...rest, dueOn } : rest)),
      }),
    )
    .pipe(z.intersection(visitFieldsSchema, z.object({ followUps: z.array(followUpInput) })));
}

const followUpInput = z.object({
  text: z.string().trim().min(1, { error: 'validation.required' }),
  // A day, or a month or year where only that was agreed: the record's own rule.
  dueOn: followUpFieldsSchema.shape.dueOn,
  owner: z.string().trim().min(1, { error: 'validation.required' }),
});

/** What the form hands to `logVisit`: the visit's fields plus the follow-ups typed with it. */
export type VisitFormOutput = VisitFields & { followUps: Array<z.infer<typeof followUpInput>> };

/** A new visit's defaults: today, this laptop's office and person, and the last counterpart. */
export function newVisitValues(
  today: string,
  profile: { office: string; person: string } | null,
  last?: Pick<VisitFields, 'counterpartType' | 'memberIds' | 'counterpart'> | null,
  locale: Locale = 'en',
): VisitFormValues {
  return {
    date: today,
    endDate: '',
    datePrecision: 'day',
    direction: 'outbound',
    office: profile?.office ?? '',
    staff: profile?.person ?? '',
    counterpartType: last?.counterpartType ?? 'member',
    memberIds: last?.memberIds ?? [],
    counterpart: last?.counterpart?.[locale] ?? last?.counterpart?.en ?? '',
    contactIds: [],
    committeeId: '',
    city: '',
    title: '',
    purpose: '',
    topics: '',
    outcome: '',
    headcount: '',
    headcountAtLeast: false,
    memberCount: '',
    followUps: [],
  };
}

/** Form values to edit an existing visit, shown in the UI language. */
export function editVisitValues(visit: VisitFields, locale: Locale): VisitFormValues {
  return {
    date: visit.date,
    endDate: visit.endDate ?? '',
    datePrecision: spanPrecision(visit.date, visit.endDate),
    direction: visit.direction,
    office: visit.office,
    staff: visit.staff.join(', '),
    counterpartType: visit.counterpartType,
    memberIds: visit.memberIds,
    counterpart: textIn(visit.counterpart, locale),
    contactIds: visit.contactIds,
    committeeId: visit.committeeId ?? '',
    city: textIn(visit.city, locale),
    title: textIn(visit.title, locale),
    purpose: textIn(visit.purpose, locale),
    topics: visit.topics.join(', '),
    outcome: textIn(visit.outcome, locale),
    headcount: visit.headcount ?? '',
    headcountAtLeast: visit.headcountAtLeast ?? false,
    memberCount: visit.memberCount ?? '',
    followUps: [],
  };
}
