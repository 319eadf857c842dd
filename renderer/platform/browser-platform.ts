import { commandOfKeyPress } from '../../shared/ipc/shortcuts';
import { BUNDLE_EXTENSION } from '../../shared/sync/bundle-extension';
import { browserBackups } from './browser-backups';
import { IS_MAC } from './keyboard';
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
      backupsPath: `${window.location.origin} (OPFS)/backups`,
    }),
    setLocale: async () => undefined,
    onMenuCommand: (listener) => {
      // No native menu here: its accelerators are heard from the keyboard instead.
      const onKeyDown = (event: KeyboardEvent) => {
        const command = event.defaultPrevented || event.isComposing ? undefined : commandOfKeyPress(event, IS_MAC);
        if (!command) return;
        event.preventDefault();
        listener(command);
      };
      window.addEventListener('keydown', onKeyDown);
      return () => window.removeEventListener('keydown', onKeyDown);
    },
    saveBundle: async (name, file) => download(name, new Blob([file], { type: 'application/json' })),
    openBundles: () => pickFiles(BUNDLE_EXTENSION),
    onBundleOpened: () => () => undefined,
    saveFile: async (name, data) => download(name, new Blob([data as BlobPart], { type: mimeType(name) })),
    printToPdf: async () => {
      // The browser's print dialog offers "Save as PDF"; print styles apply as in Electron.
      window.print();
      return true;
    },
    backups: browserBackups(),
  };
}

const MIME_TYPES: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  html: 'text/html;charset=utf-8',
  pdf: 'application/pdf',
};

function mimeType(name: string): string {
  return MIME_TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

/** Hands a file to the browser's downloads. */
function download(name: string, blob: Blob): boolean {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}

/** The browser's file chooser (several files allowed); resolves empty if the user closes it without choosing. */
function pickFiles(extension: string): Promise<File[]> {
  return new Promise((resolve) => {
    const input = Object.assign(document.createElement('input'), { type: 'file', multiple: true, accept: `${extension},application/json` });
    input.addEventListener('change', () => resolve([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => resolve([]), { once: true });
    input.click();
  });
}
