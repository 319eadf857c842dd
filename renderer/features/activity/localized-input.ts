import type { AnyNames } from '../../../shared/domain/names';
import type { Locale } from '../../../shared/i18n/locales';

type Text = Partial<Record<Locale, string>>;

/** What an input shows for a text kept in several languages: the UI language, else the first one there is. */
export function textIn(value: AnyNames | undefined, locale: Locale): string {
  if (!value) return '';
  return value[locale] ?? value.en ?? Object.values(value).find(Boolean) ?? '';
}

/**
 * Puts what was typed in the UI language back into a multilingual text without losing the other
 * languages. A value left as it was shown changes nothing; a blank input removes the text.
 */
export function mergeText(previous: Text | undefined, typed: string, locale: Locale): Text | undefined {
  const value = typed.trim();
  if (!value) return undefined;
  if (previous && value === textIn(previous, locale)) return previous;
  return { ...(previous ?? {}), [locale]: value };
}

/** The same for a list of texts edited as lines (agenda items, side events). */
export function mergeLines(previous: readonly Text[], typed: string, locale: Locale): Text[] {
  return typed
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => mergeText(previous[index], line, locale) ?? {});
}
