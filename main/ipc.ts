// Registers one ipcMain handler per contract channel; rejects foreign senders before validating payloads.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../preload/contract';
import type { Dispatch } from './dispatch';
import { isAppUrl } from './security';

export function registerIpc(dispatch: Dispatch, devServer: string | undefined): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isAppUrl(frame.url, devServer)) {
        return { ok: false, error: { code: 'ipc.foreignSender', message: 'Call refused: unknown sender.', params: {} } };
      }
      return dispatch(channel, payload);
    });
  }
}
