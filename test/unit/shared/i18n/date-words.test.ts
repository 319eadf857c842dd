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
    expect(en.span('2018-10', '2018-11')).toBe('October – November 2018');
    expect(en.span('2018-10', '2018-10')).toBe('October 2018');
    expect(en.span('2018-10-28', '2018-10-31')).toBe('28–31 Oct 2018');
  });

  it('writes what both ends of a span share once, in each language’s own order', () => {
    const spans = (tag: string) => {
      const words = dateWords(tag);
      return [words.span('2018-10-28', '2018-10-31'), words.span('2018-10-28', '2018-11-02'), words.span('2018-12-30', '2019-01-02'), words.span('2018', '2019')];
    };
    expect(spans('en-GB')).toEqual(['28–31 October 2018', '28 October – 2 November 2018', '30 December 2018 – 2 January 2019', '2018–2019']);
    expect(spans('zh-CN')).toEqual(['2018年10月28日–31日', '2018年10月28日–11月2日', '2018年12月30日–2019年1月2日', '2018年–2019年']);
    expect(spans('ko-KR')[0]).toBe('2018년 10월 28일~31일');
    expect(spans('ja-JP')[1]).toBe('2018年10月28日～11月2日');
    expect(spans('ru-RU')[0]).toBe('28–31 октября 2018\u202fг.');
    // Ends of different precision are both written whole.
    expect(dateWords('en-GB').span('2018-10', '2018-11-03')).toBe('October 2018 – 3 November 2018');
  });

  it('falls back to numbers where the engine lacks the language', () => {
    const mn = dateWords('mn-MN', 'long', false);
    expect([mn.date('2018-10-28'), mn.date('2018-10'), mn.date('2018')]).toEqual(['2018.10.28', '2018.10', '2018']);
  });
});
