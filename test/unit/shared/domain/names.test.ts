import { describe, expect, it } from 'vitest';
import { localizedName, missingLocales, namesMatch, pickLocalized } from '../../../../shared/domain/names';

const hyogo = { en: 'Hyogo Prefecture', ja: '兵庫県', zh: '兵库县', ko: '효고현', ru: 'Префектура Хиого', native: '兵庫県' };

describe('names', () => {
  it('shows the chosen language, then English, then the native form', () => {
    expect(localizedName(hyogo, 'zh')).toBe('兵库县');
    expect(localizedName(hyogo, 'mn')).toBe('Hyogo Prefecture');
    expect(localizedName({ native: 'Thành phố Hồ Chí Minh' }, 'ko')).toBe('Thành phố Hồ Chí Minh');
    expect(localizedName({ ru: 'Тыва' }, 'ko')).toBe('Тыва');
  });

  it('says which language a shown text is in, and when it stands in for the one asked for', () => {
    expect(pickLocalized(hyogo, 'ja')).toEqual({ text: '兵庫県', language: 'ja', fallback: false });
    expect(pickLocalized(hyogo, 'mn')).toEqual({ text: 'Hyogo Prefecture', language: 'en', fallback: true });
    expect(pickLocalized({ zh: '会员证书' }, 'ru')).toEqual({ text: '会员证书', language: 'zh', fallback: true });
    // The native form's language is not recorded, so none is claimed for it.
    expect(pickLocalized({ native: 'Thành phố Hồ Chí Minh' }, 'ko')).toEqual({ text: 'Thành phố Hồ Chí Minh', fallback: true });
    expect(pickLocalized({}, 'en')).toEqual({ text: '', fallback: false });
  });

  it('lists the languages still without a name', () => {
    expect(missingLocales(hyogo)).toEqual(['mn']);
  });

  it('finds a member by any language or the native form, ignoring case, width and spaces', () => {
    for (const query of ['兵庫', '兵库', '효고', 'hyogo', 'ＨＹＯＧＯ', 'хиого', 'Hyogo prefecture', '']) {
      expect(namesMatch(hyogo, query)).toBe(true);
    }
    expect(namesMatch(hyogo, 'Akita')).toBe(false);
  });
});
