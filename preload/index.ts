// Preload: exposes window.api — one method per contract channel, plus `on` for events. Nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi, type ApiNames } from './build-api';

// Filled in at build time from preload/contract (electron.vite.config.ts): names only, no zod schemas.
declare const __REDAKSI_API_NAMES__: ApiNames;

const api = buildApi(
  __REDAKSI_API_NAMES__,
  (channel, payload) => ipcRenderer.invoke(channel, payload),
  (listener) => {
    const wrapped = (_e: IpcRendererEvent, name: string, payload: unknown) => listener(name, payload);
    ipcRenderer.on('event', wrapped);
    return () => ipcRenderer.removeListener('event', wrapped);
  },
);
contextBridge.exposeInMainWorld('api', api);
