import { isApiErrorBody } from '../../../shared/api/errors';
import type { CallResult, HallTransport } from '../../../shared/api/transport';

/** Print the calling page on paper (the system print dialog), or save it as a PDF under a chosen name. */
export type NativePrintRequest = { target: 'printer' } | { target: 'pdf'; fileName: string };
export type NativePrintOutcome = { outcome: 'printed' | 'cancelled' } | { outcome: 'saved'; path: string } | { outcome: 'failed'; message: string };

/** What the preload exposes as `window.hallBridge` inside Electron. */
export interface HallBridge {
  call(method: string, input: unknown, session: string | null): Promise<unknown>;
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
  /** Chromium's native printing; optional because a page without it (a browser, a test) prints with `window.print()`. */
  print?(request: NativePrintRequest): Promise<NativePrintOutcome>;
}

export function createIpcTransport(bridge: HallBridge): HallTransport {
  return {
    async call(method, input, session) {
      const result = (await bridge.call(method, input, session)) as CallResult;
      if (result && (result.ok === true || (result.ok === false && isApiErrorBody(result.error)))) return result;
      return { ok: false, error: { code: 'api/internal', message: 'Malformed IPC reply' } };
    },
    subscribe: (listener) => bridge.onEvent(listener),
    // The main process is in the same app: it is always there.
    onConnection: (listener) => {
      listener(true);
      return () => {};
    },
  };
}
