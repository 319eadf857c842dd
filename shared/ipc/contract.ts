import { LOCALES, type Locale } from '../i18n/locales';

/**
 * The one contract between main, preload and renderer. Every channel is namespaced; main parses
 * each argument with the schemas in `schemas.ts` (as `unknown`), and the preload object is checked against
 * `NearDeskApi` with `satisfies`, so the three sides cannot drift apart.
 */
export const IPC = {
  getAppInfo: 'app:get-info',
  setLocale: 'settings:set-locale',
  menuCommand: 'menu:command',
} as const;

/** What the About box and the status line show. */
export type AppInfo = {
  name: string;
  version: string;
  platform: string;
  /** Where Chromium keeps this installation's IndexedDB and settings. */
  userDataPath: string;
};

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = [
  'navigate:members',
  'navigate:committees',
  'navigate:activity',
  'navigate:follow-ups',
  'member:new',
  'committee:new',
  'visit:new',
  ...LOCALES.map((locale) => `locale:${locale}` as const),
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The API the preload exposes as `window.nearDesk`. */
export type NearDeskApi = {
  getAppInfo(): Promise<AppInfo>;
  setLocale(locale: Locale): Promise<void>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** The name under which the preload exposes the API. */
export const API_KEY = 'nearDesk';
