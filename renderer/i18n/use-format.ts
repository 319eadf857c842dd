import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isMemberCountry } from '../../shared/domain/countries';
import { localizedName } from '../../shared/domain/names';
import { regionNamer } from '../../shared/i18n/intl-names';
import { INTL_TAGS, isLocale, type Locale } from '../../shared/i18n/locales';
import { dateFormatters } from './date-format';

/** Locale-aware formatting of what the registry shows: dates, numbers, years, countries, names. */
export type Formatters = {
  locale: Locale;
  date(iso: string): string;
  dateTime(iso: string): string;
  number(value: number): string;
  /** A size in bytes in the largest unit that keeps the number at or above 1 (KB, MB, GB). */
  bytes(value: number): string;
  year(value: number): string;
  country(code: string): string;
  name(names: Parameters<typeof localizedName>[0]): string;
  collator: Intl.Collator;
};

function formatBytes(value: number, formatNumber: (value: number) => string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let size = value;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${formatNumber(Math.round(size * 10) / 10)} ${units[unit]}`;
}

/** What formatting needs of Intl for one language, made once: each formatter costs a few milliseconds to create. */
type IntlFormatters = Omit<Formatters, 'country'> & { region(code: string): string };
const intlFormatters = new Map<Locale, IntlFormatters>();

function intlFor(locale: Locale): IntlFormatters {
  let known = intlFormatters.get(locale);
  if (!known) {
    const tag = INTL_TAGS[locale];
    const numberFormat = new Intl.NumberFormat(tag);
    known = {
      locale,
      ...dateFormatters(tag),
      number: (value) => numberFormat.format(value),
      bytes: (value) => formatBytes(value, (size) => numberFormat.format(size)),
      year: (value) => String(value),
      region: regionNamer(locale),
      name: (names) => localizedName(names, locale),
      collator: new Intl.Collator(tag, { sensitivity: 'base', numeric: true }),
    };
    intlFormatters.set(locale, known);
  }
  return known;
}

/**
 * Formatters for the current UI language. Every row of a long list asks for them (LocalizedText),
 * so the Intl objects are made once per language, not once per component.
 */
export function useFormat(): Formatters {
  const { t, i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'en';
  return useMemo(() => {
    const { region, ...formatters } = intlFor(locale);
    return { ...formatters, country: (code) => (isMemberCountry(code) ? t(`countries.${code}`) : region(code)) };
  }, [locale, t]);
}
