import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isIP } from 'node:net';
import { hostname } from 'node:os';
import { WebSocketServer, type WebSocket } from 'ws';
import { hallContract } from '../../../shared/api/contract';
import { API_ERRORS } from '../../../shared/api/errors';
import type { CallResult } from '../../../shared/api/transport';
import type { CallerDevice } from '../api/context';
import type { Hall } from '../hall';
import { describeContract } from './describe';
import { statusFor } from './http-status';
import { serveSounds, SOUNDS_PATH } from './sounds';
import { loadStaticFiles } from './static-files';

export const SESSION_HEADER = 'x-hall-session';
const MAX_BODY_BYTES = 256 * 1024;
const PING_MS = 15_000;
/** The renderer's pages; each is the same single-page app opened at its role's path. */
export const PAGES = ['/window', '/kiosk', '/board', '/pad', '/admin'] as const;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // antd writes its styles at run time
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export interface LanServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export interface LanOptions {
  port: number;
  host?: string;
  rendererDir: string;
  /** Which remote addresses are the host PC's own screens; loopback unless a test says otherwise. */
  isHostAddress?: (address: string | undefined) => boolean;
  /** Folders of the board's announcement clips, served at /sounds/, highest priority first (see hallSoundDirs). */
  soundDirs?: string[];
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  return plain === '::1' || plain.startsWith('127.');
}

/**
 * Refuses requests whose Host is a name other than this PC's: a web page elsewhere could otherwise re-point
 * its own name at 127.0.0.1 (DNS rebinding) and call the host as if it were one of its screens.
 */
export function isAllowedHost(hostHeader: string | undefined, ownName = hostname()): boolean {
  if (!hostHeader) return false;
  const name = hostHeader.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return isIP(name) !== 0 || name === 'localhost' || name === ownName.toLowerCase() || name === `${ownName.toLowerCase()}.local`;
}

function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

export function startLanServer(hall: Hall, options: LanOptions): Promise<LanServer> {
  const serveStatic = loadStaticFiles(options.rendererDir);
  const serveSound = options.soundDirs ? serveSounds(options.soundDirs) : null;
  const describe = describeContract(hallContract);

  const isHostAddress = options.isHostAddress ?? isLoopback;

  function callerOf(req: IncomingMessage, token: string | null): CallerDevice {
    if (isHostAddress(req.socket.remoteAddress)) return hall.hostDevice;
    const device = token ? hall.authenticateDevice(token) : null;
    return device ?? { role: null, id: null, name: 'unpaired' };
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    let input: unknown;
    try {
      input = await readJson(req);
    } catch (error) {
      return sendResult(res, { ok: false, error: { code: API_ERRORS.invalidInput, message: (error as Error).message } });
    }
    const device = callerOf(req, bearer(req.headers.authorization));
    const session = req.headers[SESSION_HEADER];
    const result = await hall.dispatcher.call(device, typeof session === 'string' ? session : null, method, input);
    sendResult(res, result);
  }

  const server = createServer((req, res) => {
    setSecurityHeaders(res);
    if (!isAllowedHost(req.headers.host)) return sendJson(res, 421, { ok: false, error: { code: 'api/bad-host', message: 'Unknown Host' } });
    const url = new URL(req.url ?? '/', 'http://hall');
    if (url.pathname === '/api' && req.method === 'GET') return sendJson(res, 200, describe);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'api/method-not-allowed', message: 'Use POST' } });
      void handleCall(req, res, decodeURIComponent(url.pathname.slice(5)));
      return;
    }
    if (serveSound && url.pathname.startsWith(SOUNDS_PATH)) return void serveSound(req, res);
    if (!serveStatic(req, res)) sendJson(res, 404, { ok: false, error: { code: 'api/not-found', message: 'Not found' } });
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://hall');
    if (url.pathname !== '/api/events' || !isAllowedHost(req.headers.host)) return socket.destroy();
    const device = callerOf(req, url.searchParams.get('token'));
    if (device.role === null) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const role = device.role;
    sockets.handleUpgrade(req, socket, head, (ws) => {
      const unsubscribe = hall.events.subscribe(role, (event, payload) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ event, payload }));
      });
      keepAlive(ws);
      ws.on('close', unsubscribe);
      ws.on('error', unsubscribe);
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve({
        server,
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            for (const client of sockets.clients) client.terminate();
            sockets.close();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function keepAlive(ws: WebSocket): void {
  let alive = true;
  ws.on('pong', () => {
    alive = true;
  });
  const timer = setInterval(() => {
    if (!alive) return ws.terminate();
    alive = false;
    ws.ping();
  }, PING_MS);
  ws.on('close', () => clearInterval(timer));
}

function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

function sendResult(res: ServerResponse, result: CallResult): void {
  sendJson(res, statusFor(result), result);
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const type = req.headers['content-type'] ?? '';
    if (!type.toLowerCase().startsWith('application/json')) {
      req.resume();
      return reject(new Error('Send the input as Content-Type: application/json'));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Keep draining so the refusal can still be sent; the chunks are dropped.
        reject(new Error(`The request body is larger than ${MAX_BODY_BYTES} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new Error('The request body is not valid JSON'));
      }
    });
    req.on('error', reject);
  });
}
