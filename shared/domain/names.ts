import { LOCALES, type Locale } from '../i18n/locales';

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

/** Orders records by their place in an official list, those without a place after those with one (0 when both lack it). */
export function byListPosition(a: { listPosition?: number }, b: { listPosition?: number }): number {
  if (a.listPosition === b.listPosition) return 0;
  if (a.listPosition === undefined) return 1;
  if (b.listPosition === undefined) return -1;
  return a.listPosition - b.listPosition;
}
