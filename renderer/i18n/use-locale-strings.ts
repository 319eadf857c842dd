import { useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../shared/i18n/locales';
import type { Resource } from '../../shared/i18n/strings';
import { loadedStrings, localeStrings } from './i18n';

/** A language and its strings. */
export type LocaleStrings = { locale: Locale; strings: Resource };

/**
 * The strings of `locale` (another language than the UI's, such as the annual report's), loading
 * them when needed. While they load it keeps the language loaded before, so a screen that had
 * something to show goes on showing it; undefined only until the first language is there.
 */
export function useLocaleStrings(locale: Locale): LocaleStrings | undefined {
  const [loaded, setLoaded] = useState<LocaleStrings>();
  const ready = loadedStrings(locale);
  useEffect(() => {
    if (ready) return undefined;
    let current = true;
    void localeStrings(locale).then((strings) => current && setLoaded({ locale, strings }));
    return () => {
      current = false;
    };
  }, [locale, ready]);
  return useMemo(() => (ready ? { locale, strings: ready } : loaded), [locale, ready, loaded]);
}
