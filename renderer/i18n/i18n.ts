import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadStrings } from '../../shared/i18n/load-strings';
import { isLocale, LOCALES, matchLocale, type Locale } from '../../shared/i18n/locales';
import type { Resource } from '../../shared/i18n/strings';

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

/**
 * Starts i18next with the strings of `locale` only (loading them unless the caller already
 * started to); the other languages load when chosen (switchLocale). There is no fallback
 * language: check-i18n makes every language complete, and English as a fallback would add its
 * strings to the first load of every other language for keys that cannot be missing.
 */
export async function initI18n(locale: Locale = initialLocale(), strings: Promise<Resource> = loadStrings(locale)): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { [locale]: { translation: await strings } },
    lng: locale,
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  persistLocale(locale);
  return i18next;
}

/** The strings of `locale`, loaded and handed to i18next the first time they are asked for. */
export async function localeStrings(locale: Locale): Promise<Resource> {
  const loaded = loadedStrings(locale);
  if (loaded) return loaded;
  const strings = await loadStrings(locale);
  if (!i18next.hasResourceBundle(locale, 'translation')) i18next.addResourceBundle(locale, 'translation', strings);
  return strings;
}

// The language chosen last: a switch whose strings arrive after a later choice gives way to it.
let chosen: Locale | undefined;

/**
 * Switches the UI language once its strings are loaded, so the screen goes from one language
 * straight to the other, never through keys. Resolves with whether this switch took effect (false
 * when another language was chosen while this one loaded).
 */
export async function switchLocale(locale: Locale): Promise<boolean> {
  chosen = locale;
  await localeStrings(locale);
  if (chosen !== locale) return false;
  await i18next.changeLanguage(locale);
  persistLocale(locale);
  return true;
}

/** The strings of `locale` if they are loaded already, without waiting. */
export function loadedStrings(locale: Locale): Resource | undefined {
  return i18next.hasResourceBundle(locale, 'translation') ? (i18next.getResourceBundle(locale, 'translation') as Resource) : undefined;
}
