import { describe, expect, it } from 'vitest';
import { isLocale, matchLocale } from '../../../../shared/i18n/locales';
import { translate } from '../../../../shared/i18n/resources';

describe('locales', () => {
  it('matches system languages to the six interface languages, English otherwise', () => {
    expect(matchLocale(['ko-KR', 'en-US'])).toBe('ko');
    expect(matchLocale(['zh-Hans-CN'])).toBe('zh');
    expect(matchLocale(['mn_MN'])).toBe('mn');
    expect(matchLocale(['fr-FR', 'de'])).toBe('en');
    expect(matchLocale([])).toBe('en');
    expect(isLocale('ja')).toBe(true);
    expect(isLocale('jp')).toBe(false);
  });

  it('translates for the main process with placeholders, falling back to the key', () => {
    expect(translate('en', 'recovery.reason', { reason: 'oom', code: '137' })).toBe('Reason: oom (code 137)');
    expect(translate('ru', 'menu.file')).not.toBe(translate('en', 'menu.file'));
    expect(translate('ja', 'no.such.key')).toBe('no.such.key');
  });
});
