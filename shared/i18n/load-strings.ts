import type { Locale } from './locales';
import type { Resource } from './strings';

// One dynamic import per language: the bundler makes each language one chunk of its own, fetched
// only when that language is shown (or a report is written in it).
const LOADERS: Record<Locale, () => Promise<{ default: Resource }>> = {
  zh: () => import('./languages/zh'),
  ko: () => import('./languages/ko'),
  ja: () => import('./languages/ja'),
  ru: () => import('./languages/ru'),
  mn: () => import('./languages/mn'),
  en: () => import('./languages/en'),
};

/** The strings of one language, loaded on first use. */
export async function loadStrings(locale: Locale): Promise<Resource> {
  return (await LOADERS[locale]()).default;
}
