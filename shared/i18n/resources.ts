import en from './languages/en';
import ja from './languages/ja';
import ko from './languages/ko';
import mn from './languages/mn';
import ru from './languages/ru';
import zh from './languages/zh';
import type { Locale } from './locales';
import { translateIn, type Resource } from './strings';

// All six languages at once, for Node (the main process menus and dialogs, the CLI, tests). The
// renderer never imports this module: it loads the one language it shows (shared/i18n/load-strings.ts).

export type { Resource } from './strings';

/** All UI strings, by language. */
export const resources: Record<Locale, Resource> = { zh, ko, ja, ru, mn, en };

/**
 * Looks up a dotted key ("menu.file") for code outside React (the main process menu, dialogs).
 * Falls back to English, then to the key itself, so a missing string is visible, not a crash.
 */
export function translate(locale: Locale, key: string, values: Record<string, string> = {}): string {
  return translateIn([resources[locale], resources.en], key, values);
}
