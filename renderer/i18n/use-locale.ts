import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '../../shared/i18n/locales';
import { platform } from '../platform';
import { switchLocale } from './i18n';

/** The current UI language and a setter that loads its strings, switches, persists it and tells the native shell. */
export function useLocale(): [Locale, (locale: Locale) => void] {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const setLocale = useCallback((next: Locale) => {
    void switchLocale(next).then(async (switched) => {
      if (switched) await platform.setLocale(next);
    });
  }, []);
  return [locale, setLocale];
}
