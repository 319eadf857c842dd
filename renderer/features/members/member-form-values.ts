import { z } from 'zod';
import { MEMBER_KINDS, memberFieldsSchema, type MemberFields, type MemberRecord } from '../../../shared/domain/member';

const text = z.string();

/**
 * What the member form edits: plain strings the inputs can hold. It is converted to the shared
 * `memberFieldsSchema`, which alone decides what is valid, so the form and storage cannot disagree.
 */
export const memberFormSchema = z
  .object({
    names: z.object({ zh: text, ko: text, ja: text, ru: text, mn: text, en: text, native: text }),
    country: text,
    kind: z.enum(MEMBER_KINDS),
    /** A day, month or year; saving writes its year to `admittedYear` too, which older versions read. */
    admittedOn: text,
    admissionMeetingId: text,
    withdrawnOn: text,
    founding: z.enum(['yes', 'no', 'unknown']),
    notes: text,
    listPosition: z.union([z.number(), z.string()]),
  })
  .transform(
    (values): Record<string, unknown> => ({
      names: values.names,
      country: values.country,
      kind: values.kind,
      ...(values.admittedOn === '' ? {} : { admittedOn: values.admittedOn }),
      ...(values.admissionMeetingId === '' ? {} : { admissionMeetingId: values.admissionMeetingId }),
      ...(values.withdrawnOn === '' ? {} : { withdrawnOn: values.withdrawnOn }),
      ...(values.founding === 'unknown' ? {} : { founding: values.founding === 'yes' }),
      ...(values.notes.trim() ? { notes: values.notes } : {}),
      ...(values.listPosition === '' ? {} : { listPosition: Number(values.listPosition) }),
    }),
  )
  .pipe(memberFieldsSchema);

export type MemberFormValues = z.input<typeof memberFormSchema>;

/** Form values for a new member, or for editing an existing one. */
export function memberFormValues(member?: MemberRecord | MemberFields): MemberFormValues {
  return {
    names: {
      zh: member?.names.zh ?? '',
      ko: member?.names.ko ?? '',
      ja: member?.names.ja ?? '',
      ru: member?.names.ru ?? '',
      mn: member?.names.mn ?? '',
      en: member?.names.en ?? '',
      native: member?.names.native ?? '',
    },
    country: member?.country ?? '',
    kind: member?.kind ?? 'member',
    admittedOn: member?.admittedOn ?? (member?.admittedYear !== undefined ? String(member.admittedYear) : ''),
    admissionMeetingId: member?.admissionMeetingId ?? '',
    withdrawnOn: member?.withdrawnOn ?? '',
    founding: member?.founding === true ? 'yes' : member?.founding === false ? 'no' : 'unknown',
    notes: member?.notes ?? '',
    listPosition: member?.listPosition ?? '',
  };
}
