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

type Engines = { dates: ReturnType<typeof dateFormatters>; numberFormat: Intl.NumberFormat; region: (code: string) => string; collator: Intl.Collator };

// Intl's formatters are slow to make (tens of milliseconds for a language's date patterns on a busy
// machine) and every row of a list asks for them: made once per language for the window's life.
const engines = new Map<Locale, Engines>();

function enginesOf(locale: Locale): Engines {
  let made = engines.get(locale);
  if (!made) {
    const tag = INTL_TAGS[locale];
    made = {
      dates: dateFormatters(tag),
      numberFormat: new Intl.NumberFormat(tag),
      region: regionNamer(locale),
      collator: new Intl.Collator(tag, { sensitivity: 'base', numeric: true }),
    };
    engines.set(locale, made);
  }
  return made;
}

/** Formatters for the current UI language, rebuilt only when it changes. */
export function useFormat(): Formatters {
  const { t, i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'en';
  return useMemo(() => {
    const { dates, numberFormat, region, collator } = enginesOf(locale);
    return {
      locale,
      ...dates,
      number: (value) => numberFormat.format(value),
      bytes: (value) => formatBytes(value, (size) => numberFormat.format(size)),
      year: (value) => String(value),
      country: (code) => (isMemberCountry(code) ? t(`countries.${code}`) : region(code)),
      name: (names) => localizedName(names, locale),
      collator,
    };
  }, [locale, t]);
}
