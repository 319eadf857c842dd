import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '../../shared/i18n/locales';
import { platform } from '../platform';
import { persistLocale } from './i18n';

/** The current UI language and a setter that persists it and tells the native shell. */
export function useLocale(): [Locale, (locale: Locale) => void] {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const setLocale = useCallback(
    (next: Locale) => {
      void i18n.changeLanguage(next);
      persistLocale(next);
      void platform.setLocale(next);
    },
    [i18n],
  );
  return [locale, setLocale];
}
