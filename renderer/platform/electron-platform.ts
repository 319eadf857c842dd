import type { NearDeskApi } from '../../shared/ipc/contract';
import type { Platform } from './platform';

/** The platform as the preload API offers it inside Electron. */
export function electronPlatform(api: NearDeskApi): Platform {
  return {
    kind: 'electron',
    getAppInfo: () => api.getAppInfo(),
    setLocale: (locale) => api.setLocale(locale),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    saveBundle: (name, text) => api.saveBundle(name, text),
    openBundles: () => api.openBundle(),
    onBundleOpened: (listener) => api.onBundleOpened(listener),
    saveFile: (name, data) => api.saveFile(name, data),
    printToPdf: (name) => api.printToPdf(name),
    backups: {
      list: () => api.listBackups(),
      write: (reason, data, keep) => api.writeBackup(reason, data, keep),
      read: (name) => api.readBackup(name),
    },
  };
}
