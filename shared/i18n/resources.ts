import en from '../locales/en.json';
import ja from '../locales/ja.json';
import ko from '../locales/ko.json';
import mn from '../locales/mn.json';
import ru from '../locales/ru.json';
import zh from '../locales/zh.json';
import type { Locale } from './locales';

/** The English resource is the reference every other language must match key for key. */
export type Resource = typeof en;

/** All UI strings, by language. */
export const resources: Record<Locale, Resource> = { zh, ko, ja, ru, mn, en };

/**
 * Looks up a dotted key ("menu.file") for code outside React (the main process menu, dialogs).
 * Falls back to English, then to the key itself, so a missing string is visible, not a crash.
 */
export function translate(locale: Locale, key: string, values: Record<string, string> = {}): string {
  const lookup = (resource: unknown): string | undefined => {
    const found = key
      .split('.')
      .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), resource);
    return typeof found === 'string' ? found : undefined;
  };
  const template = lookup(resources[locale]) ?? lookup(resources.en) ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}
