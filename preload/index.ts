// Preload: exposes window.api — one method per contract channel, plus `on` for events. Nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi } from './build-api';

const api = buildApi(
  (channel, payload) => ipcRenderer.invoke(channel, payload),
  (listener) => {
    const wrapped = (_e: IpcRendererEvent, name: string, payload: unknown) => listener(name, payload);
    ipcRenderer.on('event', wrapped);
    return () => ipcRenderer.removeListener('event', wrapped);
  },
);
contextBridge.exposeInMainWorld('api', api);
