import type { BackupReason } from '../backup/backup-format';
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
  saveBundle: 'bundle:save',
  openBundle: 'bundle:open',
  bundleOpened: 'bundle:opened',
  pendingBundles: 'bundle:pending',
  saveFile: 'file:save',
  printToPdf: 'file:print-pdf',
  listBackups: 'backups:list',
  writeBackup: 'backups:write',
  readBackup: 'backups:read',
} as const;

/** A backup file in the backups folder. */
export type BackupFile = { name: string; bytes: number };

/** The backup just written, under the name the shelf gave it, and the backups as they now are. */
export type WrittenBackup = { name: string; files: BackupFile[] };

/** A bundle file read by main (native dialog, double-click, second launch). */
/** Its bytes as they are on disk: the renderer decodes them strictly (a damaged file is refused, not patched). */
export type OpenedFile = { name: string; data: Uint8Array };

/** What the About box and the status line show. */
export type AppInfo = {
  name: string;
  version: string;
  platform: string;
  /** Where Chromium keeps this installation's IndexedDB and settings. */
  userDataPath: string;
  /** The folder automatic backups are written to. */
  backupsPath: string;
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
  'bundle:import',
  'bundle:export',
  'backup:now',
  'backup:restore',
  'app:print',
  'app:about',
  'app:search',
  'app:shortcuts',
  ...LOCALES.map((locale) => `locale:${locale}` as const),
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The API the preload exposes as `window.nearDesk`. */
export type NearDeskApi = {
  getAppInfo(): Promise<AppInfo>;
  setLocale(locale: Locale): Promise<void>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Shows the native save dialog and writes the bundle; false if the user cancelled. */
  saveBundle(suggestedName: string, file: Uint8Array): Promise<boolean>;
  /** Shows the native open dialog for bundle files (several may be chosen: one import session); empty if the user cancelled. */
  openBundle(): Promise<OpenedFile[]>;
  /** Bundle files opened from outside (double-click, "Open with", a second launch). */
  onBundleOpened(listener: (file: OpenedFile) => void): () => void;
  /** Shows the native save dialog for an exported file (CSV, XLSX, PNG, HTML) and writes it; false if cancelled. */
  saveFile(suggestedName: string, data: string | Uint8Array): Promise<boolean>;
  /** Prints the window to PDF (print styles apply) and saves it where the user chooses; false if cancelled. */
  printToPdf(suggestedName: string): Promise<boolean>;
  /** The backups in the backups folder, newest first. */
  listBackups(): Promise<BackupFile[]>;
  /**
   * Writes a backup atomically under a name main gives it (from its own clock and the reason),
   * deletes the oldest beyond `keep` (never fewer than three kept, never this one: if it would be,
   * the call fails), and returns its name and the list.
   */
  writeBackup(reason: BackupReason, data: Uint8Array, keep: number): Promise<WrittenBackup>;
  readBackup(name: string): Promise<Uint8Array>;
};

/** The name under which the preload exposes the API. */
export const API_KEY = 'nearDesk';
