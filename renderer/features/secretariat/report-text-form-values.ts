import { z } from 'zod';
import { REPORT_TEXT_KINDS, reportTextFieldsSchema, type ReportTextFields, type ReportTextKind, type ReportTextRecord } from '../../../shared/domain/secretariat';
import { LOCALES, type Locale } from '../../../shared/i18n/locales';
import { inputsOf } from './staff-form-values';

const text = z.string();
const sixLanguages = z.object(Object.fromEntries(LOCALES.map((locale) => [locale, text])) as Record<Locale, typeof text>);
const filled = (values: Record<Locale, string>) => Object.values(values).some((value) => value.trim());

/**
 * What the form for a text of the report edits. A foreword carries its author; a part of chapter
 * VI its heading. Converted to the shared `reportTextFieldsSchema`, which alone decides what is valid.
 */
export const reportTextFormSchema = z
  .object({
    year: z.union([z.number(), z.string()]),
    kind: z.enum(REPORT_TEXT_KINDS),
    order: z.union([z.number(), z.string()]),
    heading: sixLanguages,
    author: z.object({ name: sixLanguages, title: sixLanguages }),
    text: sixLanguages,
    summarised: z.array(z.enum(LOCALES)),
    signedOn: text,
  })
  .transform(
    (values): Record<string, unknown> => ({
      year: values.year === '' ? undefined : Number(values.year),
      kind: values.kind,
      order: values.order === '' ? undefined : Number(values.order),
      ...(filled(values.heading) ? { heading: values.heading } : {}),
      ...(values.kind === 'foreword' ? { author: values.author } : {}),
      text: values.text,
      ...(values.summarised.length > 0 ? { summarised: values.summarised } : {}),
      ...(values.signedOn ? { signedOn: values.signedOn } : {}),
    }),
  )
  .pipe(reportTextFieldsSchema);

export type ReportTextFormValues = z.input<typeof reportTextFormSchema>;

/** Form values for a new text of `kind` for `year` (placed after the others), or for editing one. */
export function reportTextFormValues(text: ReportTextRecord | ReportTextFields | undefined, defaults: { year: number; kind: ReportTextKind; order: number }): ReportTextFormValues {
  return {
    year: text?.year ?? defaults.year,
    kind: text?.kind ?? defaults.kind,
    order: text?.order ?? defaults.order,
    heading: inputsOf(text?.heading),
    author: { name: inputsOf(text?.author?.name), title: inputsOf(text?.author?.title) },
    text: inputsOf(text?.text),
    summarised: text?.summarised ?? [],
    signedOn: text?.signedOn ?? '',
  };
}
