import { precisionOf, type DatePrecision } from '../domain/partial-date';

/** Writes partial dates (a day, a month or a year) in a language, and spans of them. */
export type DateWords = {
  /** "28 October 2018", "October 2018", "2018"; "2018年10月28日", "2018年10月", "2018年". */
  date(value: string): string;
  /** A span ("October 2018 – November 2018"), or one date when the end is absent or the same. */
  span(start: string, end?: string): string;
};

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

const asDay = (value: string, precision: DatePrecision) =>
  new Date(`${precision === 'year' ? `${value}-01-01` : precision === 'month' ? `${value}-01` : value}T00:00:00Z`);

/**
 * Date words for a BCP 47 tag. `style` 'medium' abbreviates the month of a day ("28 Oct 2018") as
 * lists do. An engine without the language's date patterns (Chromium has none for Mongolian) gets
 * the numeric form its readers use everywhere: 2018.10.28, 2018.10, 2018.
 */
export function dateWords(
  tag: string,
  style: 'long' | 'medium' = 'long',
  supported: boolean = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0,
): DateWords {
  const precisionOfValue = (value: string): DatePrecision => precisionOf(value.slice(0, 10)) ?? 'day';
  if (!supported) {
    const numeric = (value: string) => value.slice(0, 10).replaceAll('-', '.');
    return { date: numeric, span: (start, end) => (end && end !== start ? `${numeric(start)} – ${numeric(end)}` : numeric(start)) };
  }
  const formats = {
    day: new Intl.DateTimeFormat(tag, style === 'medium' ? { dateStyle: 'medium', timeZone: 'UTC' } : OPTIONS.day),
    month: new Intl.DateTimeFormat(tag, OPTIONS.month),
    year: new Intl.DateTimeFormat(tag, OPTIONS.year),
  };
  const date = (value: string) => {
    const precision = precisionOfValue(value);
    return formats[precision].format(asDay(value.slice(0, 10), precision));
  };
  return { date, span: (start, end) => (end && end !== start ? `${date(start)} – ${date(end)}` : date(start)) };
}
