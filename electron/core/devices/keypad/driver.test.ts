import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadlineParser, SerialPort } from 'serialport';
import { killSocat, socatMissing, startSocatPair } from '../test-socat';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger, type Logger } from '../../log';
import { startKeypad, type KeypadDriver } from './driver';
import { MAX_LINE_BYTES } from './protocol';
import { keypadHall, type KeypadHall } from './test-support';

// End to end: the driver on one end of a socat pty pair, a stand-in keypad on the other, a real hall behind.

if (socatMissing) console.warn('Skipping the keypad serial tests: socat is not installed (apt-get install socat)');

const LINE_WAIT_MS = 3000;

/** The keypad's end: sends lines, and reads the host's lines in order (split by serialport's own parser). */
interface FakeKeypad {
  send(text: string | Buffer): Promise<void>;
  /** The next line the host sent. */
  next(waitMs?: number): Promise<string>;
  close(): Promise<void>;
}

async function openKeypad(path: string): Promise<FakeKeypad> {
  const port = new SerialPort({ path, baudRate: 9600, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())));
  port.on('error', () => {});
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  port.pipe(new ReadlineParser({ delimiter: '\r\n' })).on('data', (line: string) => {
    const waiter = waiting.shift();
    if (waiter) waiter(line);
    else lines.push(line);
  });
  return {
    send: (text) => new Promise<void>((resolve, reject) => port.write(text, (e) => (e ? reject(e) : port.drain(() => resolve())))),
    next(waitMs = LINE_WAIT_MS) {
      const ready = lines.shift();
      if (ready !== undefined) return Promise.resolve(ready);
      return new Promise<string>((resolve, reject) => {
        const waiter = (line: string) => {
          clearTimeout(timer);
          resolve(line);
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(waiter), 1);
          reject(new Error(`no line from the host within ${waitMs} ms`));
        }, waitMs);
        waiting.push(waiter);
      });
    },
    close: () => new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())),
  };
}

describe.skipIf(socatMissing)('keypad driver over a serial port (socat pty pair)', () => {
  let dir = '';
  let socat: ChildProcess | null = null;
  let h: KeypadHall;
  let driver: KeypadDriver | null = null;
  let keypad: FakeKeypad | null = null;
  let host = '';
  let device = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'onewindow-keypad-'));
    host = join(dir, 'host');
    device = join(dir, 'keypad');
  });
  beforeEach(async () => {
    h = await keypadHall();
  });
  afterEach(async () => {
    await driver?.close();
    await keypad?.close();
    await killSocat(socat);
    driver = keypad = socat = null;
    h.t.dispose();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function startPair(): Promise<void> {
    socat = await startSocatPair(host, device);
  }

  /** The pair, the keypad's end open, the driver started: the keypad hears where things stand. */
  async function connected(log: Logger = silentLogger): Promise<FakeKeypad> {
    await startPair();
    keypad = await openKeypad(device);
    driver = startKeypad({ path: host, windowId: h.windowId, ratings: h.ratings, retryMs: 100, log });
    expect(await keypad.next()).toBe('IDLE');
    return keypad;
  }

  /** Connected, and a rating requested at its window: the keypad lights up. */
  async function lit(): Promise<FakeKeypad> {
    const k = await connected();
    await h.requestRating();
    expect(await k.next()).toBe('READY');
    return k;
  }

  it('lights up on a request, stores RATE 5 once as 非常满意 from the keypad, and answers OK', async () => {
    const k = await lit();
    await k.send('RATE 5\r\n');
    expect(await k.next()).toBe('OK');
    expect(h.ratingRows()).toEqual([{ level: 'verySatisfied', reasons: '[]', channel: 'keypad', notRatedReason: null, deviceId: `keypad:${host}` }]);
    // OK was the end of it: the next line answers the PING, no IDLE in between.
    await k.send('PING\n');
    expect([await k.next(), await k.next()]).toEqual(['PONG', 'IDLE']);
  });

  it('asks for a reason key on a bad rating without one, then stores it with the reason; a follow-up only when real-name', async () => {
    const k = await lit();
    await k.send('RATE 1\n');
    expect(await k.next()).toBe('ERR REASON');
    expect(h.ratingRows()).toEqual([]);
    await k.send('RATE 1 A\n');
    expect(await k.next()).toBe('OK');
    expect(h.ratingRows()).toEqual([expect.objectContaining({ level: 'veryDissatisfied', reasons: '["attitude"]', channel: 'keypad' })]);
    expect(h.followUpCount()).toBe(0); // a ticket names nobody: not real-name
    await h.requestCaseRating();
    expect(await k.next()).toBe('READY');
    await k.send('RATE 1 A\n');
    expect(await k.next()).toBe('OK');
    expect(h.followUpCount()).toBe(1);
  });

  it('records SKIP as not rated (declined); with nothing open a key gets ERR NOREQ', async () => {
    const k = await connected();
    await k.send('RATE 3\n');
    expect(await k.next()).toBe('ERR NOREQ');
    await h.requestRating();
    expect(await k.next()).toBe('READY');
    await k.send('SKIP\n');
    expect(await k.next()).toBe('OK');
    expect(h.ratingRows()).toEqual([{ level: null, reasons: '[]', channel: 'keypad', notRatedReason: 'declined', deviceId: `keypad:${host}` }]);
    await k.send('RATE 5\n');
    expect(await k.next()).toBe('ERR NOREQ');
    expect(h.ratingRows()).toHaveLength(1);
  });

  it('answers every kind of garbage with ERR BAD, changes nothing, and keeps working', async () => {
    const k = await lit();
    const garbage: (string | Buffer)[] = [
      'HELLO\n',
      'RATE 0\n',
      'RATE 6\n',
      'RATE 1 X\n',
      'RATE 5 A,\n',
      `${'RATE 5 '.repeat(MAX_LINE_BYTES)}\n`,
      Buffer.from([0x00, 0xff, 0x1b, 0x80, 0x0a]),
      'rate 5 ☺\n',
    ];
    for (const line of garbage) {
      await k.send(line);
      expect(await k.next()).toBe('ERR BAD');
    }
    // Empty lines carry nothing and get no answer; the request is still open for a proper key.
    await k.send('\r\n\n  \nRATE 4\n');
    expect(await k.next()).toBe('OK');
    expect(h.ratingRows()).toEqual([expect.objectContaining({ level: 'satisfied' })]);
  });

  it('reconnects when the port goes away and comes back, and picks up where things stand', async () => {
    const log: string[] = [];
    const k = await connected({ info: (m) => log.push(m), warn: (m) => log.push(m), error: (m) => log.push(m) });
    await killSocat(socat);
    await k.close();
    // The request opens while the keypad is gone; nothing is lost.
    await h.requestRating();
    await sleep(300); // a few failed attempts
    await startPair();
    keypad = await openKeypad(device);
    // The driver may say where things stand before the keypad's end is open: ask until it answers.
    let answer = '';
    for (let i = 0; i < 25 && answer !== 'PONG'; i++) {
      await keypad.send('PING\n');
      answer = await keypad.next(200).catch(() => '');
    }
    while (answer !== 'READY') answer = await keypad.next();
    await keypad.send('RATE 5\n');
    // A ping that timed out above may still be answered (PONG, then the state again) before the rating's OK.
    let reply = await keypad.next();
    while (reply === 'PONG' || reply === 'READY') reply = await keypad.next();
    expect(reply).toBe('OK');
    expect(h.ratingRows()).toEqual([expect.objectContaining({ level: 'verySatisfied', channel: 'keypad' })]);
    // One outage, said once however many attempts failed.
    expect(log.map((m) => m.replace(/ \(.*\)/, '').replace(host, 'PATH'))).toEqual([
      `Keypad keypad:PATH connected for window ${h.windowId}`,
      'Keypad keypad:PATH went away; trying again every 100 ms',
      `Keypad keypad:PATH connected for window ${h.windowId}`,
    ]);
  });

  it('closes cleanly: the port is released and no retry outlives close(), also one started while the port was missing', async () => {
    driver = startKeypad({ path: host, windowId: h.windowId, ratings: h.ratings, retryMs: 50, log: silentLogger });
    await sleep(150); // the pair does not exist yet: attempts fail
    await driver.close();
    await startPair();
    await sleep(300);
    // Serial ports are opened exclusively: had a retry survived, this would fail.
    await (await openKeypad(host)).close();

    keypad = await openKeypad(device);
    driver = startKeypad({ path: host, windowId: h.windowId, ratings: h.ratings, log: silentLogger });
    expect(await keypad.next()).toBe('IDLE');
    await expect(openKeypad(host)).rejects.toThrow(/lock/i);
    await driver.close();
    await (await openKeypad(host)).close();
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

