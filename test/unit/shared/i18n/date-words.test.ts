import { describe, expect, it } from 'vitest';
import { dateWords } from '../../../../shared/i18n/date-words';

describe('date words', () => {
  it('writes a month or a year without inventing a day', () => {
    const en = dateWords('en-GB');
    expect(en.date('2018-10-28')).toBe('28 October 2018');
    expect(en.date('2018-10')).toBe('October 2018');
    expect(en.date('2018')).toBe('2018');
    const zh = dateWords('zh-CN');
    expect(zh.date('2018-10')).toBe('2018年10月');
    expect(zh.date('2018')).toBe('2018年');
    expect(dateWords('ru-RU').date('2018-10')).toMatch(/^октябрь 2018/);
  });

  it('abbreviates only the day form in medium style, and spans periods', () => {
    const en = dateWords('en-GB', 'medium');
    expect(en.date('2018-10-28')).toBe('28 Oct 2018');
    expect(en.date('2018-10')).toBe('October 2018');
    expect(en.span('2018-10', '2018-11')).toBe('October 2018 – November 2018');
    expect(en.span('2018-10', '2018-10')).toBe('October 2018');
  });

  it('falls back to numbers where the engine lacks the language', () => {
    const mn = dateWords('mn-MN', 'long', false);
    expect([mn.date('2018-10-28'), mn.date('2018-10'), mn.date('2018')]).toEqual(['2018.10.28', '2018.10', '2018']);
  });
});
