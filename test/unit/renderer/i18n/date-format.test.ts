import { describe, expect, it } from 'vitest';
import { dateFormatters } from '../../../../renderer/i18n/date-format';

describe('date formatting', () => {
  it('uses the language’s own pattern where the engine has it, never shifting the calendar day', () => {
    expect(dateFormatters('en-GB', true).date('2018-03-05')).toBe('5 Mar 2018');
    expect(dateFormatters('zh-CN', true).date('2018-10-29')).toBe('2018年10月29日');
    expect(dateFormatters('ru-RU', true).date('2018-12-31')).toMatch(/^31 дек\.? 2018/);
  });

  it('falls back to the numeric form, not to American English, where the engine lacks the language', () => {
    const mongolian = dateFormatters('mn-MN', false);
    expect(mongolian.date('2018-03-05')).toBe('2018.03.05');
    expect(mongolian.dateTime(new Date(2018, 2, 5, 14, 30).toISOString())).toBe('2018.03.05 14:30');
  });
});
