import { precisionOf, type DatePrecision } from '../domain/partial-date';

/** Writes partial dates (a day, a month or a year) in a language, and spans of them. */
export type DateWords = {
  /** "28 October 2018", "October 2018", "2018"; "2018年10月28日", "2018年10月", "2018年". */
  date(value: string): string;
  /**
   * A span, written once where both ends share their month or year ("28–31 October 2018",
   * "2018年10月28日–31日", "October – November 2018"), or one date when the end is absent or the same.
   */
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
  const span = (start: string, end?: string) => {
    if (!end || end === start) return date(start);
    const mark = RANGE_MARKS[tag.slice(0, 2)];
    const precision = precisionOfValue(start);
    const whole = `${date(start)}${mark ?? (precision === 'year' ? '–' : ' – ')}${date(end)}`;
    if (precision !== precisionOfValue(end) || precision === 'year' || start.slice(0, 4) !== end.slice(0, 4)) return whole;
    const format = formats[precision];
    return sharedSpan(format.formatToParts(asDay(start.slice(0, 10), precision)), format.formatToParts(asDay(end.slice(0, 10), precision)), mark) ?? whole;
  };
  return { date, span };
}

/** How Chinese (as the 2018 report writes "2018年1月11日-12日"), Japanese and Korean join the two ends of a span; other languages put spaces around the dash where words meet it. */
const RANGE_MARKS: Record<string, string | undefined> = { zh: '–', ja: '～', ko: '~' };

/**
 * Two dates of one precision written as one span, the fields both share written once: the larger
 * fields at the front of a year-first language are left off the end ("2018年10月28日–31日"), the
 * larger fields at the back of a day-first one off the start ("28–31 October 2018"). Written from
 * the engine's own parts rather than with `formatRange`, whose Chinese and Japanese spans fall back
 * to "2018/10/28 – 2018/10/31". Undefined where the parts do not line up (nothing to share).
 */
function sharedSpan(start: Intl.DateTimeFormatPart[], end: Intl.DateTimeFormatPart[], mark: string | undefined): string | undefined {
  if (start.length !== end.length || start.some((part, index) => part.type !== end[index].type)) return undefined;
  const text = (parts: Intl.DateTimeFormatPart[]) => parts.map((part) => part.value).join('');
  const fields = start.flatMap((part, index) => (part.type === 'literal' ? [] : [index]));
  const differs = fields.filter((index) => start[index].value !== end[index].value);
  const yearAt = start.findIndex((part) => part.type === 'year');
  if (differs.length === 0 || yearAt < 0) return undefined;
  const joined = (from: string, to: string) => {
    const between = mark ?? (/^\d+$/.test(from) && /^\d+$/.test(to.split(/\s/)[0]) ? '–' : ' – ');
    return `${from}${between}${to}`;
  };
  if (yearAt === fields[0]) {
    // Year first: the end starts at its first field that differs.
    return joined(text(start), text(end.slice(differs[0])));
  }
  if (yearAt === fields[fields.length - 1]) {
    // Year last: the start stops at its last field that differs.
    const last = differs[differs.length - 1];
    return joined(text(start.slice(0, last + 1)), text(end));
  }
  return undefined;
}
