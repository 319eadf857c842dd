import { z } from 'zod';
import { STAFF_OFFICES, staffFieldsSchema, type StaffFields, type StaffRecord } from '../../../shared/domain/secretariat';
import { LOCALES, type Locale } from '../../../shared/i18n/locales';

const text = z.string();
const sixLanguages = z.object(Object.fromEntries(LOCALES.map((locale) => [locale, text])) as Record<Locale, typeof text>);

/** Every language's input, blank where the record has nothing in it. */
export function inputsOf(source: Partial<Record<Locale, string>> | undefined): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, source?.[locale] ?? ''])) as Record<Locale, string>;
}

/**
 * What the staff form edits: strings the inputs hold. Converted to the shared `staffFieldsSchema`,
 * which alone decides what is valid, so the form and storage cannot disagree.
 */
export const staffFormSchema = z
  .object({
    name: z.object({ native: text, latin: text, chinese: text }),
    role: sixLanguages,
    office: z.enum(STAFF_OFFICES),
    memberId: text,
    from: text,
    to: text,
    order: z.union([z.number(), z.string()]),
    note: sixLanguages,
  })
  .transform(
    (values): Record<string, unknown> => ({
      name: values.name,
      role: values.role,
      office: values.office,
      // A member government belongs to a branch office or a secondment only.
      ...(values.office !== 'secretariat' && values.memberId ? { memberId: values.memberId } : {}),
      ...(values.from ? { from: values.from } : {}),
      ...(values.to ? { to: values.to } : {}),
      order: values.order === '' ? undefined : Number(values.order),
      ...(Object.values(values.note).some((value) => value.trim()) ? { note: values.note } : {}),
    }),
  )
  .pipe(staffFieldsSchema);

export type StaffFormValues = z.input<typeof staffFormSchema>;

/** Form values for a new person (placed after the last in the list), or for editing an entry. */
export function staffFormValues(person: StaffRecord | StaffFields | undefined, nextOrder: number): StaffFormValues {
  return {
    name: { native: person?.name.native ?? '', latin: person?.name.latin ?? '', chinese: person?.name.chinese ?? '' },
    role: inputsOf(person?.role),
    office: person?.office ?? 'secretariat',
    memberId: person?.memberId ?? '',
    from: person?.from ?? '',
    to: person?.to ?? '',
    order: person?.order ?? nextOrder,
    note: inputsOf(person?.note),
  };
}
