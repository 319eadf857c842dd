import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { IPC, type AppInfo, type OpenedFile } from '../shared/ipc/contract';
import {
  backupNameRequest,
  extensionOf,
  printToPdfRequest,
  saveBundleRequest,
  saveFileRequest,
  setLocaleRequest,
  writeBackupRequest,
  type ExportExtension,
} from '../shared/ipc/schemas';
import type { BackupFolder } from './backup-folder';
import { translate } from '../shared/i18n/resources';
import { PDF_PRINT_OPTIONS } from '../shared/report/print-page';
import { BUNDLE_EXTENSION } from '../shared/sync/bundle-format';
import { readBundleFile, withExtension } from './bundle-files';
import type { Locale } from '../shared/i18n/locales';
import { writeFileAtomic } from '../node/atomic-file';
import { isAppUrl } from './origin-policy';

export type IpcHandlers = {
  allowedOrigins: readonly string[];
  onLocaleChange(locale: Locale): void;
  locale(): Locale;
  /** Bundle files opened from outside before the renderer was listening; emptied when taken. */
  takePendingBundles(): OpenedFile[];
  backups: BackupFolder;
};

function bundleFilters(locale: Locale) {
  return [{ name: translate(locale, 'sync.fileType'), extensions: [BUNDLE_EXTENSION.slice(1)] }];
}

/** Writes an exported file, replacing one the user chose to replace. */
const writeExport = (path: string, data: string | Uint8Array) => writeFileAtomic(path, data, { overwrite: true });

/** Thrown back to the renderer when a message comes from somewhere other than our own window. */
class UntrustedSenderError extends Error {}

/** Only our own windows, showing our own origin, may talk to main (Electron checklist item 17). */
function assertTrustedSender(event: IpcMainInvokeEvent, allowedOrigins: readonly string[]): void {
  const frameUrl = event.senderFrame?.url ?? '';
  const ownWindow = BrowserWindow.fromWebContents(event.sender) !== null;
  if (!ownWindow || !isAppUrl(frameUrl, allowedOrigins)) {
    throw new UntrustedSenderError(`IPC refused from ${frameUrl || 'unknown sender'}`);
  }
}

/** Registers the handlers of the IPC contract; every argument is parsed as unknown. */
export function registerIpc(handlers: IpcHandlers): void {
  ipcMain.handle(IPC.getAppInfo, (event): AppInfo => {
    assertTrustedSender(event, handlers.allowedOrigins);
    return {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      userDataPath: app.getPath('userData'),
      backupsPath: handlers.backups.path,
    };
  });
  ipcMain.handle(IPC.setLocale, (event, locale: unknown): void => {
    assertTrustedSender(event, handlers.allowedOrigins);
    handlers.onLocaleChange(setLocaleRequest.parse(locale));
  });
  ipcMain.handle(IPC.saveBundle, async (event, name: unknown, file: unknown): Promise<boolean> => {
    assertTrustedSender(event, handlers.allowedOrigins);
    const [suggestedName, content] = saveBundleRequest.parse([name, file]);
    const window = BrowserWindow.fromWebContents(event.sender)!;
    const choice = await dialog.showSaveDialog(window, {
      title: translate(handlers.locale(), 'sync.export.dialogTitle'),
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: bundleFilters(handlers.locale()),
    });
    if (choice.canceled || !choice.filePath) return false;
    await writeExport(withExtension(choice.filePath, BUNDLE_EXTENSION.slice(1)), content);
    return true;
  });
  ipcMain.handle(IPC.openBundle, async (event): Promise<OpenedFile[]> => {
    assertTrustedSender(event, handlers.allowedOrigins);
    const window = BrowserWindow.fromWebContents(event.sender)!;
    const choice = await dialog.showOpenDialog(window, {
      title: translate(handlers.locale(), 'sync.import.dialogTitle'),
      properties: ['openFile', 'multiSelections'],
      filters: bundleFilters(handlers.locale()),
    });
    if (choice.canceled) return [];
    return Promise.all(choice.filePaths.map(readBundleFile));
  });
  /** The save dialog for an exported file; the path chosen, or null if the user cancelled. */
  async function chooseExportPath(event: IpcMainInvokeEvent, suggestedName: string): Promise<string | null> {
    const window = BrowserWindow.fromWebContents(event.sender)!;
    const extension = extensionOf(suggestedName) as ExportExtension;
    const choice = await dialog.showSaveDialog(window, {
      title: translate(handlers.locale(), 'files.saveTitle'),
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: [{ name: translate(handlers.locale(), `files.${extension}`), extensions: [extension] }],
    });
    return choice.canceled || !choice.filePath ? null : withExtension(choice.filePath, extension);
  }
  ipcMain.handle(IPC.saveFile, async (event, name: unknown, data: unknown): Promise<boolean> => {
    assertTrustedSender(event, handlers.allowedOrigins);
    const [suggestedName, content] = saveFileRequest.parse([name, data]);
    const path = await chooseExportPath(event, suggestedName);
    if (!path) return false;
    await writeExport(path, content);
    return true;
  });
  ipcMain.handle(IPC.printToPdf, async (event, name: unknown): Promise<boolean> => {
    assertTrustedSender(event, handlers.allowedOrigins);
    const suggestedName = printToPdfRequest.parse(name);
    // Printed before the dialog opens, so the page is exactly what the user asked to print.
    const pdf = await event.sender.printToPDF({ ...PDF_PRINT_OPTIONS, pageSize: 'A4' });
    const path = await chooseExportPath(event, suggestedName);
    if (!path) return false;
    await writeExport(path, pdf);
    return true;
  });
  ipcMain.handle(IPC.listBackups, (event) => {
    assertTrustedSender(event, handlers.allowedOrigins);
    return handlers.backups.list();
  });
  ipcMain.handle(IPC.writeBackup, (event, reason: unknown, data: unknown, keep: unknown) => {
    assertTrustedSender(event, handlers.allowedOrigins);
    return handlers.backups.write(...writeBackupRequest.parse([reason, data, keep]));
  });
  ipcMain.handle(IPC.readBackup, (event, name: unknown) => {
    assertTrustedSender(event, handlers.allowedOrigins);
    return handlers.backups.read(backupNameRequest.parse(name));
  });
  ipcMain.handle(IPC.pendingBundles, (event): OpenedFile[] => {
    assertTrustedSender(event, handlers.allowedOrigins);
    return handlers.takePendingBundles();
  });
}
