import { API_ERRORS, isApiErrorBody } from '../../../shared/api/errors';
import type { CallResult, ConnectionListener, EventListener, HallTransport } from '../../../shared/api/transport';

export interface LanTransportOptions {
  baseUrl: string;
  /** The paired device's bearer token, if this page runs on a LAN device. */
  deviceToken: () => string | null;
  WebSocketImpl?: typeof WebSocket;
  fetchImpl?: typeof fetch;
}

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 10_000;

/**
 * HTTP for calls and one WebSocket for events. The socket reconnects by itself with backoff; its state is the
 * page's "host reachable" signal, and a call that cannot reach the host says so as `api/unreachable`.
 */
export function createLanTransport(options: LanTransportOptions): HallTransport {
  const WS = options.WebSocketImpl ?? WebSocket;
  const doFetch = options.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const listeners = new Set<EventListener>();
  const connectionListeners = new Set<ConnectionListener>();
  let connected = false;
  let socket: WebSocket | null = null;
  let retryMs = RETRY_MIN_MS;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  function setConnected(value: boolean) {
    if (connected === value) return;
    connected = value;
    for (const l of connectionListeners) l(value);
  }

  function connect() {
    retryTimer = null;
    const url = new URL('/api/events', options.baseUrl);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const token = options.deviceToken();
    if (token) url.searchParams.set('token', token);
    const ws = new WS(url.toString());
    socket = ws;
    ws.onopen = () => {
      retryMs = RETRY_MIN_MS;
      setConnected(true);
    };
    ws.onmessage = (message) => {
      try {
        const { event, payload } = JSON.parse(String(message.data)) as { event: string; payload: unknown };
        for (const l of listeners) l(event, payload);
      } catch {
        // A frame we cannot read is dropped; the next refetch brings the screen up to date.
      }
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      setConnected(false);
      if (listeners.size + connectionListeners.size > 0) scheduleReconnect();
    };
  }

  function scheduleReconnect() {
    if (retryTimer) return;
    retryTimer = setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  }

  function ensureSocket() {
    if (!socket && !retryTimer) connect();
  }

  return {
    async call(method, input, session): Promise<CallResult> {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      const token = options.deviceToken();
      if (token) headers.Authorization = `Bearer ${token}`;
      if (session) headers['X-Hall-Session'] = session;
      let response: Response;
      try {
        response = await doFetch(new URL(`/api/${method}`, options.baseUrl), {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        setConnected(false);
        ensureSocket();
        return { ok: false, error: { code: API_ERRORS.unreachable, message: 'The hall host cannot be reached' } };
      }
      const body = (await response.json().catch(() => null)) as CallResult | null;
      if (body && (body.ok === true || isApiErrorBody(body.error))) return body;
      return { ok: false, error: { code: API_ERRORS.internal, message: `Unexpected reply (HTTP ${response.status})` } };
    },
    subscribe(listener) {
      listeners.add(listener);
      ensureSocket();
      return () => listeners.delete(listener);
    },
    onConnection(listener) {
      connectionListeners.add(listener);
      listener(connected);
      ensureSocket();
      return () => connectionListeners.delete(listener);
    },
  };
}
