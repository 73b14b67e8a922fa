import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { API_ERRORS } from '../../shared/api/errors';
import type { CallResult } from '../../shared/api/transport';
import type { Hall } from '../core/hall';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../preload/channels';
import { isTrustedSender } from './security';

/** The IPC side of the contract: the same dispatcher as the LAN, for the host's own windows only. */
export function registerIpc(hall: Hall, windows: () => WebContents[]): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown, session: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      return { ok: false, error: { code: API_ERRORS.forbiddenDevice, message: 'Untrusted sender' } } satisfies CallResult;
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: API_ERRORS.unknownMethod, message: 'Method must be a string' } } satisfies CallResult;
    }
    return hall.dispatcher.call(hall.hostDevice, typeof session === 'string' ? session : null, method, input);
  });
  const unsubscribe = hall.events.subscribe('host', (name, payload) => {
    for (const contents of windows()) {
      if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
    }
  });
  return () => {
    ipcMain.removeHandler(CALL_CHANNEL);
    unsubscribe();
  };
}
