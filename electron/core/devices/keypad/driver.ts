import type { SerialPort } from 'serialport';
import { silentLogger, type Logger } from '../../log';
import { createLineSplitter } from './lines';
import { MAX_LINE_BYTES, owkAdapter, type KeypadAdapter } from './protocol';
import { createKeypadSession, type KeypadRatings } from './session';

export interface KeypadOptions {
  /** The serial port: `COM3`, `/dev/ttyUSB0`. */
  path: string;
  /** 8N1 without flow control at this speed; default 9600. */
  baudRate?: number;
  /** The window whose requests this keypad rates. */
  windowId: string;
  ratings: KeypadRatings;
  /** Stored with each rating; default `keypad:<path>`. */
  deviceId?: string;
  /** A vendor mapping; default the OWK line protocol. */
  adapter?: KeypadAdapter;
  /** Wait between attempts to open a port that is missing or went away; default 2 s. */
  retryMs?: number;
  log?: Logger;
}

export interface KeypadDriver {
  /** Whether the port is open now. */
  connected(): boolean;
  /** Stops retrying and closes the port; the keypad's requests stay open for a pad or the host's sweep. */
  close(): Promise<void>;
}

/**
 * Runs a button keypad (评价按键器) on a serial port: opens it, and keeps opening it again while it is missing
 * or after it goes away (an unplugged USB adapter, a keypad switched off), so a hall never restarts the host
 * for a cable. The protocol lives in the session and the adapter; this file only owns the port.
 */
export function startKeypad(options: KeypadOptions): KeypadDriver {
  const { path } = options;
  const deviceId = options.deviceId ?? `keypad:${path}`;
  const retryMs = options.retryMs ?? 2000;
  const log = options.log ?? silentLogger;
  const adapter = options.adapter ?? owkAdapter;
  const session = createKeypadSession({ windowId: options.windowId, deviceId, ratings: options.ratings, adapter, log });
  let closed = false;
  let port: SerialPort | null = null;
  let retry: NodeJS.Timeout | undefined;
  /** Said once per outage, not once per attempt. */
  let missingSaid = false;

  async function connect(): Promise<void> {
    let opened: SerialPort;
    try {
      opened = await openPort(path, options.baudRate ?? 9600);
    } catch (error) {
      if (closed) return;
      if (!missingSaid) log.warn(`Keypad ${deviceId} cannot be opened (${error instanceof Error ? error.message : String(error)}); trying again every ${retryMs} ms`);
      missingSaid = true;
      retryLater();
      return;
    }
    if (closed) await closePort(opened);
    else attach(opened);
  }

  let connecting = connect();

  function retryLater() {
    retry = setTimeout(() => {
      connecting = connect();
    }, retryMs);
  }

  function attach(opened: SerialPort) {
    log.info(`Keypad ${deviceId} connected for window ${options.windowId}`);
    missingSaid = false;
    port = opened;
    const lines = createLineSplitter(MAX_LINE_BYTES);
    opened.on('data', (chunk: Buffer) => {
      for (const line of lines.push(chunk)) {
        // Empty lines carry nothing: a keypad may send one first to flush noise off the wire.
        if (line === null || line.trim()) session.receive(line);
      }
    });
    // A failed read or write closes the port as disconnected (below); 'error' only needs a listener so it is never thrown.
    opened.on('error', (error) => log.warn(`Keypad ${deviceId}: ${error.message}`));
    opened.once('close', () => {
      session.detach();
      port = null;
      if (closed) return;
      log.warn(`Keypad ${deviceId} went away; trying again every ${retryMs} ms`);
      missingSaid = true;
      retryLater();
    });
    // An adapter encodes an output its keypad has no command for as an empty line: nothing to send.
    session.attach((line) => {
      if (line) opened.write(`${line}\r\n`);
    });
  }

  return {
    connected: () => port !== null,
    async close() {
      closed = true;
      clearTimeout(retry);
      session.close();
      await connecting;
      if (port) await closePort(port);
    },
  };
}

async function openPort(path: string, baudRate: number): Promise<SerialPort> {
  // Loaded on first use: a hall without serial devices never loads the native binding.
  const { SerialPort: Port } = await import('serialport');
  const port = new Port({ path, baudRate, dataBits: 8, parity: 'none', stopBits: 1, rtscts: false, xon: false, xoff: false, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  return port;
}

function closePort(port: SerialPort): Promise<void> {
  return new Promise((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve()));
}
