import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL } from './channels';

/**
 * The one thing the renderer gets from Electron: call a contract method and hear contract events. The main process validates everything it receives.
 */
const bridge = {
  call: (method: string, input: unknown, session: string | null): Promise<unknown> =>
    ipcRenderer.invoke(CALL_CHANNEL, method, input, session),
  onEvent: (listener: (event: string, payload: unknown) => void): (() => void) => {
    const handler = (_e: IpcRendererEvent, name: string, payload: unknown) => listener(name, payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('hallBridge', bridge);
