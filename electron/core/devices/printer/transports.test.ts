import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { killSocat, socatMissing, startSocatPair } from '../test-socat';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HallError } from '../../../../shared/api/errors';
import { feed, text } from '../../../../shared/print/document';
import { ticketDocument, type TicketPrintData } from '../../../../shared/print/ticket';
import { decodeEscPos } from './escpos-decode';
import { encodeEscPos } from './escpos';
import { sendToPrinter, type PrinterTarget } from './transports';
import { SAMPLE_TICKET } from '../../../../shared/print/sample-ticket';

const ticket: TicketPrintData = { ...SAMPLE_TICKET, priorityLabel: '军人依法优先' };
const doc = ticketDocument(ticket);
// A size-2 line (GS ! 0x11 = XON), a 19-line feed (ESC d 0x13 = XOFF) and LFs: a tty left in cooked mode (LF → CR LF)
// or software flow control on the way would change these bytes.
doc.blocks.splice(-1, 0, text('谢谢', { size: 2 }), feed(19));
const bytes = encodeEscPos(doc);

async function failure(work: Promise<unknown>): Promise<HallError> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(HallError);
    return error as HallError;
  }
  throw new Error('expected the print to fail');
}

// ── TCP ──

interface Listener {
  server: Server;
  port: number;
  sockets: Set<Socket>;
}

async function listen(onConnection: (socket: Socket) => void, options: { pauseOnConnect?: boolean } = {}): Promise<Listener> {
  const sockets = new Set<Socket>();
  const server = createServer(options, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    onConnection(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port, sockets };
}

async function stop(listener: Listener): Promise<void> {
  for (const s of listener.sockets) s.destroy();
  await new Promise<void>((resolve) => listener.server.close(() => resolve()));
}

/** A stand-in for a printer's raw port: collects each job until the sender half-closes, then closes. */
async function loopbackPrinter() {
  const jobs: Buffer[] = [];
  let received: () => void = () => {};
  const nextJob = new Promise<void>((resolve) => (received = resolve));
  const listener = await listen((socket) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => {
      jobs.push(Buffer.concat(chunks));
      socket.end();
      received();
    });
  });
  return { ...listener, jobs, nextJob };
}

describe('sendToPrinter: network printer (TCP)', () => {
  const listeners: Listener[] = [];
  afterEach(async () => {
    await Promise.all(listeners.splice(0).map(stop));
  });

  it('delivers exactly the encoded bytes to a loopback listener', async () => {
    const printer = await loopbackPrinter();
    listeners.push(printer);
    await sendToPrinter({ kind: 'tcp', host: '127.0.0.1', port: printer.port }, bytes, { timeoutMs: 5000 });
    await printer.nextJob;
    expect(printer.jobs).toHaveLength(1);
    expect(printer.jobs[0]!.equals(bytes)).toBe(true);
    expect(decodeEscPos(printer.jobs[0]!).lines).toContain('前方等待 3 人');
  });

  it('says the printer is unreachable when the port refuses', async () => {
    const closed = await listen(() => {});
    await stop(closed);
    const error = await failure(sendToPrinter({ kind: 'tcp', host: '127.0.0.1', port: closed.port }, bytes, { timeoutMs: 2000 }));
    expect(error.code).toBe('printer/unreachable');
    expect(error.message).toContain(`tcp://127.0.0.1:${closed.port}`);
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('times out when the printer accepts but never reads or closes', async () => {
    const stuck = await listen(() => {}, { pauseOnConnect: true });
    listeners.push(stuck);
    const started = Date.now();
    const error = await failure(sendToPrinter({ kind: 'tcp', host: '127.0.0.1', port: stuck.port }, bytes, { timeoutMs: 300 }));
    expect(error.code).toBe('printer/timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a connection the printer drops as cut off', async () => {
    const dropping = await listen((socket) => socket.resetAndDestroy());
    listeners.push(dropping);
    const big = Buffer.alloc(4 * 1024 * 1024, 0x41); // more than the socket buffers take at once
    const error = await failure(sendToPrinter({ kind: 'tcp', host: '127.0.0.1', port: dropping.port }, big, { timeoutMs: 5000 }));
    expect(error.code).toBe('printer/io');
  });

  it('refuses invalid settings before touching the network', async () => {
    const error = await failure(sendToPrinter({ kind: 'tcp', host: 'http://printer' } as PrinterTarget, bytes));
    expect(error.code).toBe('printer/invalid-target');
  });
});

// ── Device file ──

describe('sendToPrinter: device file', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'onewindow-print-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the exact bytes, appending job after job', async () => {
    const lp = join(dir, 'lp0');
    await writeFile(lp, '');
    await sendToPrinter({ kind: 'file', path: lp }, bytes);
    expect((await readFile(lp)).equals(bytes)).toBe(true);
    await sendToPrinter({ kind: 'file', path: lp }, bytes);
    expect((await readFile(lp)).equals(Buffer.concat([bytes, bytes]))).toBe(true);
  });

  it('never creates a missing device file', async () => {
    const missing = join(dir, 'lp9');
    const error = await failure(sendToPrinter({ kind: 'file', path: missing }, bytes));
    expect(error.code).toBe('printer/not-found');
    expect(existsSync(missing)).toBe(false);
  });

  it('reports a directory in place of a device as a failed write', async () => {
    const error = await failure(sendToPrinter({ kind: 'file', path: dir }, bytes));
    expect(error.code).toBe('printer/io');
    expect(error.message).toContain('EISDIR');
  });
});

// ── Serial port, through a socat virtual pair ──

if (socatMissing) console.warn('Skipping the serial printer tests: socat is not installed (apt-get install socat)');

describe.skipIf(socatMissing)('sendToPrinter: serial port (socat pty pair)', () => {
  let dir = '';
  let socat: ChildProcess | null = null;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'onewindow-serial-'));
  });
  afterEach(async () => {
    await killSocat(socat);
    socat = null;
  });
  afterAll(async () => {
    await killSocat(socat);
    await rm(dir, { recursive: true, force: true });
  });

  async function startPair(name: string): Promise<{ a: string; b: string }> {
    const a = join(dir, `${name}-a`);
    const b = join(dir, `${name}-b`);
    socat = await startSocatPair(a, b);
    return { a, b };
  }

  it('delivers exactly the encoded bytes, XON/XOFF and LF included', async () => {
    expect(bytes.includes(0x11) && bytes.includes(0x13) && bytes.includes(0x0a)).toBe(true);
    const { a, b } = await startPair('job');
    const reader = new SerialPort({ path: b, baudRate: 9600, autoOpen: false });
    await new Promise<void>((resolve, reject) => reader.open((e) => (e ? reject(e) : resolve())));
    try {
      const chunks: Buffer[] = [];
      const all = new Promise<void>((resolve) => {
        reader.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          if (Buffer.concat(chunks).length >= bytes.length) resolve();
        });
      });
      reader.on('error', () => {});
      await sendToPrinter({ kind: 'serial', path: a, baudRate: 9600 }, bytes, { timeoutMs: 5000 });
      await Promise.race([all, new Promise((_, reject) => setTimeout(() => reject(new Error('bytes did not arrive')), 5000))]);
      const received = Buffer.concat(chunks);
      expect(received.length).toBe(bytes.length);
      expect(received.equals(bytes)).toBe(true);
      expect(decodeEscPos(received).qrData).toEqual([ticket.ticketId]);
    } finally {
      if (reader.isOpen) await new Promise<void>((resolve) => reader.close(() => resolve()));
    }
  });

  it('says the port is not there', async () => {
    const error = await failure(sendToPrinter({ kind: 'serial', path: join(dir, 'ttyNONE'), baudRate: 9600 }, bytes, { timeoutMs: 2000 }));
    expect(error.code).toBe('printer/not-found');
  });
});

