import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLocale, LOCALES, matchLocale, type Locale } from '../../shared/i18n/locales';
import { resources } from '../../shared/i18n/resources';

const STORAGE_KEY = 'near-desk.locale';

/** The saved UI language, or the best match for the system's languages. */
export function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  return isLocale(saved) ? saved : matchLocale(navigator.languages);
}

/** Remembers the UI language for the next start and sets the document language for screen readers. */
export function persistLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

/** Starts i18next with all six languages bundled (the app must work with no network). */
export async function initI18n(locale: Locale = initialLocale()): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(LOCALES.map((code) => [code, { translation: resources[code] }])),
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  persistLocale(locale);
  return i18next;
}
