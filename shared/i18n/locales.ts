/** The six interface languages, in the order the language menu shows them. */
export const LOCALES = ['zh', 'ko', 'ja', 'ru', 'mn', 'en'] as const;

/** One of the six interface languages. */
export type Locale = (typeof LOCALES)[number];

/** Each language's own name for itself, shown in the language switcher whatever the UI language. */
export const LOCALE_NATIVE_NAMES: Record<Locale, string> = {
  zh: '中文',
  ko: '한국어',
  ja: '日本語',
  ru: 'Русский',
  mn: 'Монгол',
  en: 'English',
};

/** BCP 47 tags handed to Intl so dates, numbers and collation follow the chosen language. */
export const INTL_TAGS: Record<Locale, string> = {
  zh: 'zh-CN',
  ko: 'ko-KR',
  ja: 'ja-JP',
  ru: 'ru-RU',
  mn: 'mn-MN',
  en: 'en-GB',
};

/** Whether a string names one of the six languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the interface language for a system locale such as "ko-KR" or "zh-Hans-CN"; English when none fits. */
export function matchLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
