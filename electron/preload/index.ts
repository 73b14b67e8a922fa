import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL, PRINT_CHANNEL } from './channels';

/**
 * What the renderer gets from Electron: call a contract method, hear contract events, and print its own page
 * (which a browser can only do through its print dialog). The main process validates everything it receives.
 */
const bridge = {
  call: (method: string, input: unknown, session: string | null): Promise<unknown> =>
    ipcRenderer.invoke(CALL_CHANNEL, method, input, session),
  onEvent: (listener: (event: string, payload: unknown) => void): (() => void) => {
    const handler = (_e: IpcRendererEvent, name: string, payload: unknown) => listener(name, payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
  print: (request: unknown): Promise<unknown> => ipcRenderer.invoke(PRINT_CHANNEL, request),
};

contextBridge.exposeInMainWorld('hallBridge', bridge);
