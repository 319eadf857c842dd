import type { Page } from '@playwright/test';
import en from '../../../shared/locales/en.json' with { type: 'json' };
import ja from '../../../shared/locales/ja.json' with { type: 'json' };
import ko from '../../../shared/locales/ko.json' with { type: 'json' };
import mn from '../../../shared/locales/mn.json' with { type: 'json' };
import ru from '../../../shared/locales/ru.json' with { type: 'json' };
import zh from '../../../shared/locales/zh.json' with { type: 'json' };

/** The UI strings, so tests find controls by what a user reads in each language. */
export const strings = { en, zh, ko, ja, ru, mn };
export type UiLocale = keyof typeof strings;

/** Base of the page objects: the page, and the strings of the language it is shown in. */
export class LocalizedPage {
  constructor(
    readonly page: Page,
    protected locale: UiLocale = 'en',
  ) {}

  get t() {
    return strings[this.locale];
  }
}
