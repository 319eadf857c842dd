import { z } from 'zod';
import { committeeFieldsSchema, type CommitteeFields, type CommitteeRecord } from '../../../shared/domain/committee';

const text = z.string();
const sixLanguages = z.object({ zh: text, ko: text, ja: text, ru: text, mn: text, en: text });
const numberOrBlank = z.union([z.number(), z.string()]);

/** Blank inputs mean "not given"; numbers arrive from NumberInput as numbers or as typed text. */
const toNumber = (value: number | string) => (value === '' ? undefined : Number(value));

/**
 * What the committee form edits. Converted to the shared `committeeFieldsSchema`, which alone
 * decides what is valid.
 */
export const committeeFormSchema = z
  .object({
    names: sixLanguages,
    coordinatorIds: z.array(z.string()),
    foundedYear: numberOrBlank,
    meetingsHeld: numberOrBlank,
    field: sixLanguages,
    regulationNumber: numberOrBlank,
    lastMeetingOn: text,
    lastMeetingOrEarlier: z.boolean(),
    lastActivityOn: text,
    activityNote: sixLanguages,
    retiredOn: text,
    listPosition: numberOrBlank,
  })
  .transform(
    (values): Record<string, unknown> => ({
      names: values.names,
      coordinatorIds: values.coordinatorIds,
      foundedYear: toNumber(values.foundedYear),
      meetingsHeld: toNumber(values.meetingsHeld) ?? 0,
      field: values.field,
      ...(values.regulationNumber === '' ? {} : { regulationNumber: toNumber(values.regulationNumber) }),
      ...(values.lastMeetingOn ? { lastMeetingOn: values.lastMeetingOn } : {}),
      ...(values.lastMeetingOrEarlier ? { lastMeetingOrEarlier: true } : {}),
      ...(values.lastActivityOn ? { lastActivityOn: values.lastActivityOn } : {}),
      ...(Object.values(values.activityNote).some((note) => note.trim()) ? { activityNote: values.activityNote } : {}),
      ...(values.retiredOn ? { retiredOn: values.retiredOn } : {}),
      ...(values.listPosition === '' ? {} : { listPosition: toNumber(values.listPosition) }),
    }),
  )
  .pipe(committeeFieldsSchema);

export type CommitteeFormValues = z.input<typeof committeeFormSchema>;

/** Form values for a new committee, or for editing an existing one. */
export function committeeFormValues(committee?: CommitteeRecord | CommitteeFields): CommitteeFormValues {
  const six = (source?: Partial<Record<'zh' | 'ko' | 'ja' | 'ru' | 'mn' | 'en', string>>) => ({
    zh: source?.zh ?? '',
    ko: source?.ko ?? '',
    ja: source?.ja ?? '',
    ru: source?.ru ?? '',
    mn: source?.mn ?? '',
    en: source?.en ?? '',
  });
  return {
    names: six(committee?.names),
    coordinatorIds: committee?.coordinatorIds ?? [],
    foundedYear: committee?.foundedYear ?? '',
    meetingsHeld: committee?.meetingsHeld ?? 0,
    field: six(committee?.field),
    regulationNumber: committee?.regulationNumber ?? '',
    lastMeetingOn: committee?.lastMeetingOn ?? '',
    lastMeetingOrEarlier: committee?.lastMeetingOrEarlier ?? false,
    lastActivityOn: committee?.lastActivityOn ?? '',
    activityNote: six(committee?.activityNote),
    retiredOn: committee?.retiredOn ?? '',
    listPosition: committee?.listPosition ?? '',
  };
}
