import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../../shared/i18n/locales';
import { sampleData } from '../../../../shared/sample';
import { sampleActivity } from '../../../../shared/sample/activity';
import { sampleDues } from '../../../../shared/sample/dues-2018';
import { sampleSecretariat } from '../../../../shared/sample/secretariat-2018';

type Gap = { path: string; missing: string[] };

const isLocaleKey = (key: string) => (LOCALES as readonly string[]).includes(key);

/**
 * Every localized text under `value` (an object with at least one language key), with the
 * languages it lacks or leaves blank. Walks the records as the sample loads them, so a text added
 * anywhere later is checked without naming its field here.
 */
function localizedTexts(value: unknown, path: string, found: Gap[] = []): Gap[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => localizedTexts(item, `${path}[${index}]`, found));
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Object.keys(record).some(isLocaleKey)) {
      const missing = LOCALES.filter((locale) => typeof record[locale] !== 'string' || !(record[locale] as string).trim());
      found.push({ path, missing });
    } else {
      for (const [key, item] of Object.entries(record)) localizedTexts(item, `${path}.${key}`, found);
    }
  }
  return found;
}

const sample = { ...sampleData(), ...sampleActivity(), ...sampleDues(), ...sampleSecretariat() };

describe('2018 sample in the six interface languages', () => {
  it('finds a text that lacks a language, or has it blank', () => {
    const gaps = localizedTexts({ venue: { zh: '张家界', en: 'Zhangjiajie', ru: ' ' } }, 'probe');
    expect(gaps).toEqual([{ path: 'probe.venue', missing: ['ko', 'ja', 'ru', 'mn'] }]);
  });

  it('walks the texts of every collection the sample loads', () => {
    const texts = localizedTexts(sample, 'sample');
    const collections = new Set(texts.map((text) => text.path.split(/[.[]/)[1]));
    expect([...collections].sort()).toEqual(
      ['committees', 'contacts', 'duesPostponements', 'meetings', 'members', 'reportTexts', 'staff', 'visits'].sort(),
    );
    // Names of 79 members and 17 committees alone give 96 texts; the activity adds hundreds more.
    expect(texts.length).toBeGreaterThan(400);
  });

  it('carries every text in all six languages', () => {
    const incomplete = localizedTexts(sample, 'sample').filter((text) => text.missing.length > 0);
    expect(incomplete.map((text) => `${text.path} lacks ${text.missing.join(', ')}`)).toEqual([]);
  });
});
