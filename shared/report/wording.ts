import { isMemberCountry } from '../domain/countries';
import { pickLocalized, type AnyNames } from '../domain/names';
import { dateWords } from '../i18n/date-words';
import { regionNamer } from '../i18n/intl-names';
import { INTL_TAGS, type Locale } from '../i18n/locales';
import { translateIn, type Resource } from '../i18n/strings';
import type { Marked, TextSource } from './model';

/**
 * How the report words things in its own language, which may differ from the UI language: the
 * report's strings, record texts with a fallback, dates, numbers and country names. Built once per
 * report so every section formats alike.
 */
export type Wording = {
  locale: Locale;
  /** A report string (`report.` is implied); numbers among the values are formatted first. */
  t(key: string, values?: Record<string, string | number>): string;
  /** A string the report shares with the app (`directions.outbound`), in the report's language. */
  appString(key: string): string;
  /** A record's localized text: the report language, then English, then Chinese, then any; '' if none. */
  text(value: AnyNames | undefined): string;
  /** The language `text` took the value from, so a fallback can be marked for screen readers and fonts. */
  textLanguage(value: AnyNames | undefined): Locale | undefined;
  /**
   * Runs `make`, which words one piece of the report (a cell, an item, a paragraph), and returns
   * its text marked with where the first record text in it came from when that was not the
   * report's language, so the report can say so rather than mix languages silently.
   */
  marked(make: () => string): Marked;
  /** A day, a month or a year in words ("28 October 2018", "October 2018", "2018年10月"). */
  date(iso: string): string;
  /** A span of days, months or years, or one of them when the end is absent or the same. */
  dates(start: string, end?: string): string;
  number(value: number): string;
  country(code: string): string;
  /** Names joined as the language joins a list ("A, B and C", "A、B和C"). */
  list(items: readonly string[]): string;
  /** Sorts names as readers of the language expect. */
  collator: Intl.Collator;
};

/** Whether this engine has date patterns for the language (Chromium lacks Mongolian ones). */
function supportsDates(tag: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
}


/** The wording of a report in `locale`, whose UI strings are `strings`. */
export function wordingFor(locale: Locale, strings: Resource): Wording {
  const translate = (key: string, values?: Record<string, string>) => translateIn([strings], key, values);
  const tag = INTL_TAGS[locale];
  const numberFormat = new Intl.NumberFormat(tag);
  const region = regionNamer(locale);
  const { date, span } = dateWords(tag, 'long', supportsDates(tag));
  const number = (value: number) => numberFormat.format(value);
  const listFormat = new Intl.ListFormat(tag, { type: 'conjunction' });
  // The fallbacks met by the `marked` calls under way, innermost last.
  const open: Array<Set<TextSource>> = [];
  const text = (value: AnyNames | undefined): string => {
    if (!value) return '';
    const picked = pickLocalized(value, locale);
    if (picked.text && picked.fallback) open.at(-1)?.add(picked.language ?? 'native');
    return picked.text;
  };
  return {
    locale,
    t: (key, values = {}) =>
      translate(
        `report.${key}`,
        Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'number' ? number(value) : value])),
      ),
    appString: (key) => translate(key),
    text,
    textLanguage: (value) => (value ? pickLocalized(value, locale).language : undefined),
    marked: (make) => {
      const sources = new Set<TextSource>();
      open.push(sources);
      try {
        const wording = make();
        const [from] = sources;
        return from ? { text: wording, from } : { text: wording };
      } finally {
        open.pop();
      }
    },
    date,
    dates: span,
    number,
    country: (code) => (isMemberCountry(code) ? translate(`countries.${code}`) : region(code)),
    list: (items) => listFormat.format(items),
    collator: new Intl.Collator(tag, { numeric: true }),
  };
}

/** The year of an ISO date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
