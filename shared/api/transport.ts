import type { ApiErrorBody } from './errors';

/** What crosses a transport for one call: a result, or an error body. */
export type CallResult = { ok: true; value: unknown } | { ok: false; error: ApiErrorBody };

export type EventListener = (event: string, payload: unknown) => void;
export type ConnectionListener = (connected: boolean) => void;

/**
 * The two transports (Electron IPC through the preload, and HTTP + WebSocket on the LAN) both look like this
 * to the renderer. The staff session token travels with every call.
 */
export interface HallTransport {
  call(method: string, input: unknown, session: string | null): Promise<CallResult>;
  subscribe(listener: EventListener): () => void;
  onConnection(listener: ConnectionListener): () => void;
}
