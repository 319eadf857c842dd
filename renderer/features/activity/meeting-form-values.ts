import { z } from 'zod';
import { MEETING_KINDS, meetingFieldsSchema, OUTCOME_KINDS, type MeetingFields } from '../../../shared/domain/activity';
import { MEMBER_COUNTRIES } from '../../../shared/domain/countries';
import { DATE_PRECISIONS } from '../../../shared/domain/partial-date';
import type { Locale } from '../../../shared/i18n/locales';
import { spanPrecision } from './date-span';
import { mergeLines, mergeText, textIn } from './localized-input';

/** The per-country count inputs, in form order. */
export const COUNT_FIELDS = [...MEMBER_COUNTRIES, 'other'] as const;

const numberOrBlank = z.union([z.number(), z.string()]);
const toNumber = (value: number | string) => (value === '' ? undefined : Number(value));

const meetingFormObject = z.object({
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  committeeId: z.string(),
  edition: numberOrBlank,
  startDate: z.string(),
  endDate: z.string(),
  /** How precisely the dates are known (the form's "Day / Month / Year" choice); drafts of older builds have none. */
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
  hostMemberId: z.string(),
  city: z.string(),
  venue: z.string(),
  participantIds: z.array(z.string()),
  counts: z.record(z.enum(COUNT_FIELDS), numberOrBlank),
  countUnit: z.enum(['members', 'entries', 'people']),
  headcount: numberOrBlank,
  headcountAtLeast: z.boolean(),
  delegates: numberOrBlank,
  memberCount: numberOrBlank,
  countryCount: numberOrBlank,
  guestCountries: z.string(),
  writtenResolutions: numberOrBlank,
  theme: z.string(),
  agendaItems: z.string(),
  sideEvents: z.string(),
  outcomes: z.array(z.object({ kind: z.enum(OUTCOME_KINDS), text: z.string() })),
  summary: z.string(),
});

export type MeetingFormValues = z.infer<typeof meetingFormObject>;

/**
 * Non-member countries as typed: "BR, VN:3" (a code, and its people after a colon where known).
 * What is not in that shape is handed on as typed, for the schema to refuse with its message.
 */
export function parseGuests(text: string): Array<{ country: string; people?: number }> | undefined {
  const parts = text.split(/[\s,、，;]+/).filter(Boolean);
  if (parts.length === 0) return undefined;
  return parts.map((part) => {
    const [code, people] = part.split(/[:：]/);
    return people === undefined ? { country: code.toUpperCase() } : { country: code.toUpperCase(), people: Number(people) };
  });
}

/**
 * The meeting form for one UI language. Texts typed here are merged into the record's other
 * languages (editing the Chinese title never drops the English one); `meetingFieldsSchema` decides validity.
 */
export function meetingFormSchema(locale: Locale, previous?: MeetingFields) {
  return meetingFormObject
    .transform((values): Record<string, unknown> => {
      const counts = Object.fromEntries(
        COUNT_FIELDS.flatMap((code) => (values.counts[code] === '' || values.counts[code] === undefined ? [] : [[code, Number(values.counts[code])]])),
      );
      const optional = {
        committeeId: values.committeeId || undefined,
        edition: toNumber(values.edition),
        endDate: values.endDate || undefined,
        hostMemberId: values.hostMemberId || undefined,
        city: mergeText(previous?.city, values.city, locale),
        venue: mergeText(previous?.venue, values.venue, locale),
        headcount: toNumber(values.headcount),
        headcountAtLeast: values.headcountAtLeast || undefined,
        delegates: toNumber(values.delegates),
        memberCount: toNumber(values.memberCount),
        countryCount: toNumber(values.countryCount),
        guestCountries: parseGuests(values.guestCountries),
        writtenResolutions: toNumber(values.writtenResolutions),
        theme: mergeText(previous?.theme, values.theme, locale),
        summary: mergeText(previous?.summary, values.summary, locale),
        // Kept on the roll-call screen, not in this form: carried over untouched.
        rollCall: previous?.rollCall,
        decisions: previous?.decisions,
      };
      return {
        kind: values.kind,
        title: mergeText(previous?.title, values.title, locale) ?? {},
        startDate: values.startDate,
        participantIds: values.participantIds,
        participantCounts: counts,
        countUnit: values.countUnit,
        outcomes: values.outcomes
          .filter((outcome) => outcome.text.trim())
          .map((outcome, index) => ({ kind: outcome.kind, text: mergeText(previous?.outcomes[index]?.text, outcome.text, locale) })),
        sideEvents: mergeLines(previous?.sideEvents ?? [], values.sideEvents, locale),
        agendaItems: mergeLines(previous?.agendaItems ?? [], values.agendaItems, locale),
        contactIds: previous?.contactIds ?? [],
        ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
      };
    })
    .pipe(meetingFieldsSchema);
}

/** Form values for a new meeting, or for editing one, shown in the UI language. */
export function meetingFormValues(locale: Locale, meeting?: MeetingFields, today = ''): MeetingFormValues {
  const number = (value?: number) => value ?? '';
  return {
    kind: meeting?.kind ?? 'forum',
    title: textIn(meeting?.title, locale),
    committeeId: meeting?.committeeId ?? '',
    edition: number(meeting?.edition),
    startDate: meeting?.startDate ?? today,
    endDate: meeting?.endDate ?? '',
    datePrecision: meeting ? spanPrecision(meeting.startDate, meeting.endDate) : 'day',
    hostMemberId: meeting?.hostMemberId ?? '',
    city: textIn(meeting?.city, locale),
    venue: textIn(meeting?.venue, locale),
    participantIds: meeting?.participantIds ?? [],
    counts: Object.fromEntries(COUNT_FIELDS.map((code) => [code, number(meeting?.participantCounts[code])])) as MeetingFormValues['counts'],
    countUnit: meeting?.countUnit ?? 'members',
    headcount: number(meeting?.headcount),
    headcountAtLeast: meeting?.headcountAtLeast ?? false,
    delegates: number(meeting?.delegates),
    memberCount: number(meeting?.memberCount),
    countryCount: number(meeting?.countryCount),
    guestCountries: (meeting?.guestCountries ?? []).map(({ country, people }) => (people === undefined ? country : `${country}:${people}`)).join(', '),
    writtenResolutions: number(meeting?.writtenResolutions),
    theme: textIn(meeting?.theme, locale),
    agendaItems: (meeting?.agendaItems ?? []).map((item) => textIn(item, locale)).join('\n'),
    sideEvents: (meeting?.sideEvents ?? []).map((item) => textIn(item, locale)).join('\n'),
    outcomes: (meeting?.outcomes ?? []).map((outcome) => ({ kind: outcome.kind, text: textIn(outcome.text, locale) })),
    summary: textIn(meeting?.summary, locale),
  };
}
