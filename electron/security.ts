import { app, shell, type Session, type WebContents } from 'electron';
import { isAppUrl, isExternalWebUrl } from './origin-policy';

/** Denies every permission request (camera, notifications, geolocation…): the app needs none. */
export function denyPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}

/**
 * Locks every web contents the app ever creates to its own origin: no navigation elsewhere, no
 * new windows (web links go to the system browser), no <webview>.
 */
export function lockDownContents(allowedOrigins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    const refuseForeign = (event: { preventDefault(): void }, url: string) => {
      if (!isAppUrl(url, allowedOrigins)) event.preventDefault();
    };
    contents.on('will-navigate', refuseForeign);
    contents.on('will-redirect', refuseForeign);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalWebUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
