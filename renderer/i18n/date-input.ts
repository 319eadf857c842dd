import { isPartialIsoDate, type DatePrecision } from '../../shared/domain/partial-date';
import type { Locale } from '../../shared/i18n/locales';

export type { DatePrecision };

/** What a typed text amounts to in a language. */
export type TypedDate =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string; precision: DatePrecision }
  /** Not yet a whole date in the language's order (or a finer one than the field takes): keep typing. */
  | { kind: 'incomplete' }
  /** A whole date that no calendar has: 31.02.2026, month 13. */
  | { kind: 'impossible' };

type TypedForm = { yearFirst: boolean; separator: string; trailing: string };

/**
 * How each language writes a date in digits, the form the field shows and expects. It is fixed
 * here rather than asked of Intl because Chromium's ICU lacks Mongolian and would fall back to
 * American English (12/06/2026), the very misreading this field exists to prevent; the forms match
 * Intl's numeric dates where it has the language (ru-RU 06.12.2026, ko-KR 2026. 12. 06.).
 */
const TYPED_FORMS: Record<Locale, TypedForm> = {
  zh: { yearFirst: true, separator: '/', trailing: '' },
  ja: { yearFirst: true, separator: '/', trailing: '' },
  ko: { yearFirst: true, separator: '. ', trailing: '.' },
  ru: { yearFirst: false, separator: '.', trailing: '' },
  mn: { yearFirst: true, separator: '.', trailing: '' },
  en: { yearFirst: false, separator: '/', trailing: '' },
};

const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day'];
// Digits, separators and the date words people type around them (年月日, 년월일, Russian "г.").
const TYPABLE = /^[\d\s./\-,年月日년월일г]*$/u;
const ISO_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (value: string) => value.padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads what a person typed as a date in `locale`'s order: 06.12.2026 in Russian, 2026. 12. 06. in
 * Korean, with any separators. A text starting with a four-digit year is read year first in every
 * language, so ISO dates (2026-12-06) are always understood. Two-digit years are not guessed.
 * `coarsest` says how imprecise a date may be: with 'month', "12.2026" is December 2026.
 */
export function parseTypedDate(text: string, locale: Locale, coarsest: DatePrecision = 'day'): TypedDate {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (!TYPABLE.test(trimmed)) return { kind: 'incomplete' };
  const groups = trimmed.match(/\d+/g) ?? [];
  const precision = PRECISIONS[groups.length - 1];
  if (!precision || PRECISIONS.indexOf(precision) < PRECISIONS.indexOf(coarsest)) return { kind: 'incomplete' };
  const yearFirst = (groups[0] ?? '').length > 2 || groups.length === 1 || TYPED_FORMS[locale].yearFirst;
  const [year, month, day] = yearFirst ? groups : [...groups].reverse();
  if (year.length !== 4 || (month ?? '').length > 2 || (day ?? '').length > 2) return { kind: 'incomplete' };
  const y = Number(year);
  const m = Number(month ?? 1);
  const d = Number(day ?? 1);
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { kind: 'impossible' };
  const iso = [year, month, day].filter((part) => part !== undefined).map((part, index) => (index === 0 ? part : pad(part))).join('-');
  return { kind: 'date', iso, precision };
}

/** Whether a value is a whole ISO date (day, or month/year where `coarsest` allows) that exists. */
export function isWholeIsoDate(value: string, coarsest: DatePrecision = 'day'): boolean {
  return isPartialIsoDate(value, coarsest);
}

/**
 * Writes an ISO date (day, month or year) the way `locale` types it: 06.12.2026, 2026. 12. 06.,
 * 12.2026. Anything that is not an ISO date is returned as it is: it is text still being typed.
 */
export function formatTypedDate(value: string, locale: Locale): string {
  const match = ISO_SHAPE.exec(value);
  if (!match) return value;
  const parts = match.slice(1).filter((part): part is string => part !== undefined);
  if (parts.length === 1) return parts[0];
  const { yearFirst, separator, trailing } = TYPED_FORMS[locale];
  return (yearFirst ? parts : [...parts].reverse()).join(separator) + trailing;
}
