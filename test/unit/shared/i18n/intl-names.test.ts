import { describe, expect, it } from 'vitest';
import { ASSOCIATE_COUNTRIES } from '../../../../shared/domain/countries';
import { monthNamer, regionNamer } from '../../../../shared/i18n/intl-names';
import { LOCALES } from '../../../../shared/i18n/locales';

const LATIN = /[A-Za-z]/;

describe('country and month names where the engine may lack the language', () => {
  it('names every country an associate member may come from in Mongolian, never in English', () => {
    const name = regionNamer('mn');
    expect(name('VN')).toBe('Вьетнам');
    for (const code of ASSOCIATE_COUNTRIES) expect(name(code), code).not.toMatch(LATIN);
  });

  it('names the months of the dashboard in Mongolian as CLDR writes them', () => {
    const month = monthNamer('mn');
    expect(month('2018-03')).toBe('2018 оны 3-р сар');
    expect(month('2019-12')).toBe('2019 оны 12-р сар');
  });

  it('leaves the other languages to Intl, in their own script', () => {
    expect(regionNamer('ru')('VN')).toBe('Вьетнам');
    expect(regionNamer('ko')('VN')).toBe('베트남');
    expect(monthNamer('ja')('2018-03')).toBe('2018年3月');
    for (const locale of LOCALES.filter((code) => code !== 'en')) {
      expect(monthNamer(locale)('2018-10'), locale).not.toMatch(/Oct/);
    }
  });
});
