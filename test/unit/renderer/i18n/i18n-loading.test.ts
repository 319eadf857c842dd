// @vitest-environment jsdom
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, switchLocale } from '../../../../renderer/i18n/i18n';
import { loadStrings } from '../../../../shared/i18n/load-strings';
import { LOCALES } from '../../../../shared/i18n/locales';
import { resources } from '../../../../shared/i18n/resources';

const loaded = () => LOCALES.filter((locale) => i18next.hasResourceBundle(locale, 'translation'));

beforeAll(async () => {
  await initI18n('ru');
});

describe('the renderer’s languages', () => {
  it('starts with the starting language’s strings alone, English included only when it is the one', () => {
    expect(loaded()).toEqual(['ru']);
    expect(i18next.t('nav.members')).toBe(resources.ru.nav.members);
    expect(i18next.t('dashboard.intro')).toBe(resources.ru.dashboard.intro);
    expect(document.documentElement.lang).toBe('ru');
  });

  it('switches only once the new language’s strings are there, so no moment shows keys', async () => {
    const seen: string[] = [];
    i18next.on('languageChanged', () => seen.push(i18next.t('nav.members')));
    const switching = switchLocale('zh');
    // Until the strings arrive the screen stays in the language it was in.
    expect(i18next.language).toBe('ru');
    expect(await switching).toBe(true);
    expect(i18next.language).toBe('zh');
    expect(seen).toEqual([resources.zh.nav.members]);
    expect(loaded()).toEqual(['zh', 'ru']);
    expect(localStorage.getItem('near-desk.locale')).toBe('zh');
    expect(document.documentElement.lang).toBe('zh');
  });

  it('ends in the language chosen last when a second choice comes while the first loads', async () => {
    const [first, second] = await Promise.all([switchLocale('ko'), switchLocale('ja')]);
    expect([first, second]).toEqual([false, true]);
    expect(i18next.language).toBe('ja');
    expect(localStorage.getItem('near-desk.locale')).toBe('ja');
  });
});

it('loads each language as the same strings, core and areas, that Node has for it', async () => {
  for (const locale of LOCALES) expect(await loadStrings(locale)).toEqual(resources[locale]);
});
