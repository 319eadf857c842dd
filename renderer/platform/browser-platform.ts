import type { Platform } from './platform';

/** The platform in a plain Chromium: no native menu, data kept by the browser profile. */
export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    getAppInfo: async () => ({
      name: 'NEAR Desk',
      version: import.meta.env.VITE_APP_VERSION ?? 'dev',
      platform: 'browser',
      userDataPath: window.location.origin,
    }),
    setLocale: async () => undefined,
    onMenuCommand: () => () => undefined,
  };
}
