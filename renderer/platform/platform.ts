import type { BackupReason } from '../../shared/backup/backup-format';
import type { AppInfo, BackupFile, MenuCommand, OpenedFile, WrittenBackup } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/i18n/locales';

/**
 * What the renderer needs from the shell it runs in. The Electron adapter forwards to the preload
 * API; the browser adapter (end-to-end tests, `npm run start:web`) does the closest browser thing.
 * Features use this and never ask which shell they are in.
 */
export type Platform = {
  kind: 'electron' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  /** Tells the shell the UI language, so native menus and dialogs follow it. */
  setLocale(locale: Locale): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Saves a bundle: the native save dialog in Electron, a download in a browser. False if cancelled. */
  saveBundle(suggestedName: string, file: Uint8Array<ArrayBuffer>): Promise<boolean>;
  /** Lets the user pick bundle files (several make one import session): the native dialog, or the browser's file chooser. */
  openBundles(): Promise<Array<OpenedFile | File>>;
  /** Bundles opened from outside the window (double-click on a file once packaged). */
  onBundleOpened(listener: (file: OpenedFile) => void): () => void;
  /** Saves an exported file (CSV, XLSX, PNG, HTML): the native save dialog, or a download. False if cancelled. */
  saveFile(suggestedName: string, data: string | Uint8Array): Promise<boolean>;
  /** Makes a PDF of what the window shows (print styles apply): Electron's printToPDF, or the browser's print dialog. */
  printToPdf(suggestedName: string): Promise<boolean>;
  /** The backups folder: in the user-data directory (Electron), in the browser's private file system otherwise. */
  backups: BackupShelf;
};

/** Where backup files are kept. Names are those `backupFileName` makes; lists are newest first. */
export type BackupShelf = {
  list(): Promise<BackupFile[]>;
  /**
   * Writes one backup whole or not at all under a name the shelf gives it from its own clock, then
   * deletes the oldest beyond `keep` (shared/backup/backup-shelf.ts); fails with `BackupOutranked`
   * rather than delete the backup just written.
   */
  write(reason: BackupReason, data: Uint8Array, keep: number): Promise<WrittenBackup>;
  read(name: string): Promise<Uint8Array>;
};
