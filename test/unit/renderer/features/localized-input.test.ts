import { describe, expect, it } from 'vitest';
import { mergeLines, mergeText, textIn } from '../../../../renderer/features/activity/localized-input';

describe('editing multilingual texts in one language', () => {
  const title = { zh: '第十二次NEAR全体会议', en: '12th NEAR General Assembly' };

  it('shows the UI language, falling back to English and then any language', () => {
    expect(textIn(title, 'zh')).toBe('第十二次NEAR全体会议');
    expect(textIn(title, 'ko')).toBe('12th NEAR General Assembly');
    expect(textIn({ ru: 'Форум' }, 'ko')).toBe('Форум');
    expect(textIn(undefined, 'en')).toBe('');
  });

  it('keeps the other languages when one is edited, and changes nothing when nothing was edited', () => {
    expect(mergeText(title, '제12차 NEAR 총회', 'ko')).toEqual({ ...title, ko: '제12차 NEAR 총회' });
    expect(mergeText(title, '12th NEAR General Assembly', 'ko')).toBe(title);
    expect(mergeText(title, '  ', 'en')).toBeUndefined();
    expect(mergeText(undefined, 'New', 'ru')).toEqual({ ru: 'New' });
  });

  it('merges lines item by item', () => {
    const items = [{ zh: '下届全体会议举办地', en: 'Venue of the next Assembly' }, { zh: '新会员入会' }];
    expect(mergeLines(items, 'Venue of the next Assembly\nAdmission of new members\n\nThird item', 'en')).toEqual([
      items[0],
      { zh: '新会员入会', en: 'Admission of new members' },
      { en: 'Third item' },
    ]);
  });
});
