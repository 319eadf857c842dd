import type { Session } from 'electron';
import { isAppUrl } from './origin-policy';

/** Denies every permission request (camera, notifications, geolocation…): the app needs none. */
export function denyPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}

/** The parts of a web contents the lock-down uses, so it can be tested without Electron. */
export type LockableContents = {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

/**
 * Locks a web contents to the app's own origin: no navigation elsewhere, no <webview>, and no new
 * window of any kind. The app has no external links, so window.open opens nothing, not even the
 * system browser: a link out would only serve to carry data out of the window.
 */
export function lockDown(contents: LockableContents, allowedOrigins: readonly string[]): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, allowedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
