import { app, BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC, type AppInfo } from '../shared/ipc/contract';
import { setLocaleRequest } from '../shared/ipc/schemas';
import type { Locale } from '../shared/i18n/locales';
import { isAppUrl } from './origin-policy';

export type IpcHandlers = {
  allowedOrigins: readonly string[];
  onLocaleChange(locale: Locale): void;
};

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
    };
  });
  ipcMain.handle(IPC.setLocale, (event, locale: unknown): void => {
    assertTrustedSender(event, handlers.allowedOrigins);
    handlers.onLocaleChange(setLocaleRequest.parse(locale));
  });
}
