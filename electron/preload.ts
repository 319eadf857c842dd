import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_KEY, IPC, type MenuCommand, type NearDeskApi } from '../shared/ipc/contract';

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
} satisfies NearDeskApi;

contextBridge.exposeInMainWorld(API_KEY, api);
