import { describe, expect, it } from 'vitest';
import { formatTypedDate, isWholeIsoDate, parseTypedDate } from '../../../../renderer/i18n/date-input';
import { INTL_TAGS, LOCALES } from '../../../../shared/i18n/locales';

const date = (iso: string, precision: 'day' | 'month' | 'year' = 'day') => ({ kind: 'date', iso, precision });

describe('typed dates', () => {
  it('reads a date in each language’s own order, so 06.12.2026 is 6 December in Russian', () => {
    expect(parseTypedDate('06.12.2026', 'ru')).toEqual(date('2026-12-06'));
    expect(parseTypedDate('06/12/2026', 'en')).toEqual(date('2026-12-06'));
    expect(parseTypedDate('2026. 12. 06.', 'ko')).toEqual(date('2026-12-06'));
    expect(parseTypedDate('2026/12/6', 'zh')).toEqual(date('2026-12-06'));
    expect(parseTypedDate('2026年12月6日', 'ja')).toEqual(date('2026-12-06'));
    expect(parseTypedDate('2026.12.06', 'mn')).toEqual(date('2026-12-06'));
    expect(parseTypedDate('6.1.2020 г.', 'ru')).toEqual(date('2020-01-06'));
  });

  it('reads a text that starts with a four-digit year as year first in every language (ISO)', () => {
    for (const locale of LOCALES) expect(parseTypedDate('2018-10-29', locale)).toEqual(date('2018-10-29'));
  });

  it('calls a date incomplete until it is whole, and never guesses a two-digit year', () => {
    for (const text of ['06', '06.12', '06.12.', '06.12.2', '06.12.202', '06.12.26', '6 Dec 2026', '06.12.2026.1']) {
      expect(parseTypedDate(text, 'ru'), text).toEqual({ kind: 'incomplete' });
    }
    // The Russian order typed in Korean is not read backwards as a Korean date.
    expect(parseTypedDate('06.12.2026', 'ko')).toEqual({ kind: 'incomplete' });
    expect(parseTypedDate('   ', 'en')).toEqual({ kind: 'empty' });
  });

  it('calls a whole date that the calendar lacks impossible', () => {
    expect(parseTypedDate('31.02.2026', 'ru')).toEqual({ kind: 'impossible' });
    expect(parseTypedDate('29.02.2026', 'ru')).toEqual({ kind: 'impossible' });
    expect(parseTypedDate('29.02.2028', 'ru')).toEqual(date('2028-02-29'));
    expect(parseTypedDate('2026/13/01', 'zh')).toEqual({ kind: 'impossible' });
    expect(parseTypedDate('00/12/2026', 'en')).toEqual({ kind: 'impossible' });
  });

  it('takes a month or a year only where the field allows that precision', () => {
    expect(parseTypedDate('10.2018', 'ru')).toEqual({ kind: 'incomplete' });
    expect(parseTypedDate('10.2018', 'ru', 'month')).toEqual(date('2018-10', 'month'));
    expect(parseTypedDate('2018. 10.', 'ko', 'month')).toEqual(date('2018-10', 'month'));
    expect(parseTypedDate('2018', 'en', 'month')).toEqual({ kind: 'incomplete' });
    expect(parseTypedDate('2018', 'en', 'year')).toEqual(date('2018', 'year'));
    expect(parseTypedDate('29.10.2018', 'ru', 'year')).toEqual(date('2018-10-29'));
  });

  it('writes ISO dates the way each language types them, and reads its own output back', () => {
    expect(formatTypedDate('2026-12-06', 'ru')).toBe('06.12.2026');
    expect(formatTypedDate('2026-12-06', 'en')).toBe('06/12/2026');
    expect(formatTypedDate('2026-12-06', 'ko')).toBe('2026. 12. 06.');
    expect(formatTypedDate('2026-12-06', 'zh')).toBe('2026/12/06');
    expect(formatTypedDate('2026-12-06', 'mn')).toBe('2026.12.06');
    expect(formatTypedDate('2018-10', 'ru')).toBe('10.2018');
    expect(formatTypedDate('2018', 'ko')).toBe('2018');
    for (const locale of LOCALES) {
      for (const [iso, precision] of [['2026-01-31', 'day'], ['2018-10', 'month'], ['2018', 'year']] as const) {
        expect(parseTypedDate(formatTypedDate(iso, locale), locale, 'year')).toEqual(date(iso, precision));
      }
    }
  });

  it('types a day in the order Intl writes the language’s numeric dates, where the engine has it', () => {
    const numeric = (tag: string) =>
      new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(new Date('2026-12-06T00:00:00Z'));
    for (const locale of LOCALES) {
      if (Intl.DateTimeFormat.supportedLocalesOf([INTL_TAGS[locale]]).length === 0) continue;
      expect(formatTypedDate('2026-12-06', locale)).toBe(numeric(INTL_TAGS[locale]));
    }
  });

  it('leaves text being typed as it is', () => {
    expect(formatTypedDate('06.12.', 'ru')).toBe('06.12.');
    expect(formatTypedDate('', 'ru')).toBe('');
  });

  it('tells a whole ISO date from one that is not', () => {
    expect(isWholeIsoDate('2020-05-01')).toBe(true);
    expect(isWholeIsoDate('2020-02-30')).toBe(false);
    expect(isWholeIsoDate('01.05.2020')).toBe(false);
    expect(isWholeIsoDate('2020-05')).toBe(false);
    expect(isWholeIsoDate('2020-05', 'month')).toBe(true);
    expect(isWholeIsoDate('')).toBe(false);
  });
});
