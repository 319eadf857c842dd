import { z } from 'zod';
import { LOCALES, type Locale } from '../i18n/locales';

const MAX_NAME = 160;

/** A blank input means "no name in this language" rather than an empty name. */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A name that may be left blank (blank reads as absent). */
export const optionalName = z.preprocess(
  blankToUndefined,
  z.string().trim().max(MAX_NAME, { error: 'validation.tooLong' }).optional(),
);

const requiredName = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(MAX_NAME, { error: 'validation.tooLong' });

/**
 * A name in the six interface languages. English is required so every record has a name any
 * office can read; the other five fall back (see `localizedName`) until someone adds them.
 */
export const localizedNamesSchema = z.object({
  zh: optionalName,
  ko: optionalName,
  ja: optionalName,
  ru: optionalName,
  mn: optionalName,
  en: requiredName,
});

/** A member government's name: the six languages plus its own official form. */
export const memberNamesSchema = localizedNamesSchema.extend({ native: requiredName });

/** Free text in any of the six languages, each at most `max` characters (a foreword runs to pages). */
export function localizedTextOf(max: number) {
  const optionalText = z.preprocess(blankToUndefined, z.string().trim().max(max, { error: 'validation.tooLong' }).optional());
  return z.object({ zh: optionalText, ko: optionalText, ja: optionalText, ru: optionalText, mn: optionalText, en: optionalText });
}

/** Free text (such as a committee's field of activity) in any of the six languages. */
export const localizedTextSchema = localizedTextOf(1000);

export type LocalizedNames = z.infer<typeof localizedNamesSchema>;
export type MemberNames = z.infer<typeof memberNamesSchema>;
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Any record's names: some of the six languages and perhaps a native form. */
export type AnyNames = Partial<Record<Locale | 'native', string>>;

/**
 * A record's text as shown in one language: the text, the language it is written in (absent for
 * the native form, whose language the record does not say), and whether that is another language
 * than the one asked for, so screens and the report can say so rather than switch silently.
 */
export type PickedText = { text: string; language?: Locale; fallback: boolean };

/** The text to show in `locale`: that language, then English, then the native form, then any. */
export function pickLocalized(names: AnyNames, locale: Locale): PickedText {
  const own = names[locale];
  if (own !== undefined) return { text: own, language: locale, fallback: false };
  if (names.en !== undefined) return { text: names.en, language: 'en', fallback: true };
  if (names.native !== undefined) return { text: names.native, fallback: true };
  const other = LOCALES.find((language) => names[language] !== undefined);
  return other ? { text: names[other] ?? '', language: other, fallback: true } : { text: '', fallback: false };
}

/** The name to show in `locale`: that language, then English, then the native form, then any. */
export function localizedName(names: AnyNames, locale: Locale): string {
  return pickLocalized(names, locale).text;
}

/** The languages in which a record still has no name of its own. */
export function missingLocales(names: AnyNames): Locale[] {
  return LOCALES.filter((locale) => !names[locale]);
}

/** Folds case, width (full-width Latin, half-width kana) and spacing so search matches what people type. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/[\s·・()（）.,-]+/g, '');
}

/** Whether any of the names (all six languages and the native form) contains the query. */
export function namesMatch(names: AnyNames, query: string): boolean {
  const needle = normalizeForSearch(query);
  if (!needle) return true;
  return Object.values(names).some(
    (name) => name !== undefined && normalizeForSearch(name).includes(needle),
  );
}

/**
 * A place in one of the association's official lists (members by country, the committee table):
 * the order the annual report prints them in, kept as data because no sort reproduces it.
 */
export const listPositionSchema = z
  .number({ error: 'validation.position' })
  .int({ error: 'validation.position' })
  .min(1, { error: 'validation.position' })
  .max(999, { error: 'validation.position' });

/** Orders records by their place in an official list, those without a place after those with one (0 when both lack it). */
export function byListPosition(a: { listPosition?: number }, b: { listPosition?: number }): number {
  if (a.listPosition === b.listPosition) return 0;
  if (a.listPosition === undefined) return 1;
  if (b.listPosition === undefined) return -1;
  return a.listPosition - b.listPosition;
}
