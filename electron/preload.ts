import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_KEY, IPC, type MenuCommand, type NearDeskApi, type OpenedFile } from '../shared/ipc/contract';

// Only the contract's functions cross the bridge; ipcRenderer itself never does.
const api = {
  getAppInfo: () => ipcRenderer.invoke(IPC.getAppInfo),
  setLocale: (locale) => ipcRenderer.invoke(IPC.setLocale, locale),
  onMenuCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(IPC.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(IPC.menuCommand, forward);
    };
  },
  saveBundle: (name, file) => ipcRenderer.invoke(IPC.saveBundle, name, file),
  openBundle: () => ipcRenderer.invoke(IPC.openBundle),
  saveFile: (name, data) => ipcRenderer.invoke(IPC.saveFile, name, data),
  printToPdf: (name) => ipcRenderer.invoke(IPC.printToPdf, name),
  listBackups: () => ipcRenderer.invoke(IPC.listBackups),
  writeBackup: (reason, data, keep) => ipcRenderer.invoke(IPC.writeBackup, reason, data, keep),
  readBackup: (name) => ipcRenderer.invoke(IPC.readBackup, name),
  onBundleOpened: (listener) => {
    const forward = (_event: IpcRendererEvent, file: OpenedFile) => listener(file);
    ipcRenderer.on(IPC.bundleOpened, forward);
    // Files opened before the window listened (the double-click that launched the app) wait in main.
    void ipcRenderer.invoke(IPC.pendingBundles).then((files: OpenedFile[]) => files.forEach(listener));
    return () => {
      ipcRenderer.removeListener(IPC.bundleOpened, forward);
    };
  },
} satisfies NearDeskApi;

contextBridge.exposeInMainWorld(API_KEY, api);
