import { constants as fsConstants } from 'node:fs';
import { open } from 'node:fs/promises';
import { connect } from 'node:net';
import type { SerialPort } from 'serialport';
import { HallError } from '../../../../shared/api/errors';
import { PRINT_ERRORS, PrinterTargetSchema, describePrinterTarget, type PrinterTarget } from '../../../../shared/print/target';

export type { PrinterTarget } from '../../../../shared/print/target';

export interface SendOptions {
  /** The whole job — connect or open, write, finish — must be done within this. Default 10 s. */
  timeoutMs?: number;
}

export const DEFAULT_PRINT_TIMEOUT_MS = 10_000;

/**
 * Sends a print job (ESC/POS bytes from `encodeEscPos`) to a receipt printer, and resolves once the printer has
 * all of it:
 *
 * - `tcp`: connect, write, half-close, and wait for the printer to close the connection (raw port 9100 printers
 *   close once they have the job). Refused or unroutable, or no connection within the timeout →
 *   `printer/unreachable`; connected but not finished within the timeout → `printer/timeout`; the connection
 *   dropped → `printer/io`.
 * - `serial`: open at `baudRate` 8N1 without flow control, write, wait until the OS has sent every byte (drain),
 *   close. Missing port → `printer/not-found`, held by another program → `printer/busy`.
 * - `file`: open the existing device file for appending (never created: an unplugged `/dev/usb/lp0` must fail,
 *   not become a regular file), write everything, close. Missing → `printer/not-found`.
 *
 * Every failure is a `HallError` with a `printer/…` code (`PRINT_ERRORS`; screens show `PRINT_ERROR_TEXT`). A
 * failure says nothing about whether paper came out: the ticket stays valid and can be printed again.
 */
export async function sendToPrinter(target: PrinterTarget, bytes: Uint8Array, opts: SendOptions = {}): Promise<void> {
  const parsed = PrinterTargetSchema.safeParse(target);
  if (!parsed.success) {
    throw new HallError(PRINT_ERRORS.invalidTarget, `Invalid printer settings: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  const t = parsed.data;
  switch (t.kind) {
    case 'tcp':
      return sendTcp(t.host, t.port, bytes, timeoutMs);
    case 'serial':
      return sendSerial(t.path, t.baudRate, bytes, timeoutMs);
    case 'file':
      return sendFile(t.path, bytes, timeoutMs);
  }
}

function sendTcp(host: string, port: number, bytes: Uint8Array, timeoutMs: number): Promise<void> {
  const where = describePrinterTarget({ kind: 'tcp', host, port });
  return new Promise((resolve, reject) => {
    let connected = false;
    let written = false;
    let settled = false;
    const socket = connect({ host, port });
    const settle = (error: HallError | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => {
      settle(
        connected
          ? new HallError(PRINT_ERRORS.timeout, `Printer ${where} did not finish taking the job within ${timeoutMs} ms; check paper and cover`)
          : new HallError(PRINT_ERRORS.unreachable, `Printer ${where} did not answer within ${timeoutMs} ms; check power, cable and address`),
      );
    }, timeoutMs);
    socket.once('connect', () => {
      connected = true;
      // Write the job and half-close: the printer prints and then closes its side.
      socket.end(bytes);
    });
    socket.once('finish', () => {
      written = true;
    });
    socket.on('error', (error: NodeJS.ErrnoException) => settle(netError(error, where, connected)));
    socket.once('close', (hadError) => {
      if (hadError) return; // the 'error' handler has settled
      settle(written ? null : new HallError(PRINT_ERRORS.io, `Printer ${where} closed the connection before taking the whole job`));
    });
  });
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENOTFOUND', 'EAI_AGAIN', 'EADDRNOTAVAIL']);

function netError(error: NodeJS.ErrnoException, where: string, connected: boolean): HallError {
  const code = error.code ?? 'unknown';
  if (!connected && UNREACHABLE_CODES.has(code)) {
    return new HallError(PRINT_ERRORS.unreachable, `Printer ${where} cannot be reached (${code}); check power, cable and address`);
  }
  if (code === 'ETIMEDOUT') {
    return connected
      ? new HallError(PRINT_ERRORS.timeout, `Printer ${where} stopped answering (${code})`)
      : new HallError(PRINT_ERRORS.unreachable, `Printer ${where} did not answer (${code}); check power, cable and address`);
  }
  return new HallError(PRINT_ERRORS.io, `Printing to ${where} was cut off (${code}); print again`);
}

async function sendSerial(path: string, baudRate: number, bytes: Uint8Array, timeoutMs: number): Promise<void> {
  const where = describePrinterTarget({ kind: 'serial', path, baudRate });
  // Loaded on first use: a hall without serial printers never loads the native binding.
  const { SerialPort: Port } = await import('serialport');
  const port: SerialPort = new Port({ path, baudRate, dataBits: 8, parity: 'none', stopBits: 1, rtscts: false, xon: false, xoff: false, autoOpen: false });
  const step = (run: (done: (error: Error | null | undefined) => void) => void) =>
    new Promise<void>((resolve, reject) => run((error) => (error ? reject(error) : resolve())));
  let opened = false;
  const job = (async () => {
    await step((done) => port.open(done));
    opened = true;
    await step((done) => port.write(Buffer.from(bytes), (error) => done(error)));
    await step((done) => port.drain(done));
  })();
  try {
    await withTimeout(job, timeoutMs, () => new HallError(PRINT_ERRORS.timeout, `Printer ${where} did not take the job within ${timeoutMs} ms`));
  } catch (error) {
    job.catch(() => {}); // a timed-out job may still fail later; nobody is waiting for it
    throw error instanceof HallError ? error : deviceError(error, where, opened);
  } finally {
    if (port.isOpen) await step((done) => port.close(done)).catch(() => {});
  }
}

async function sendFile(path: string, bytes: Uint8Array, timeoutMs: number): Promise<void> {
  const where = describePrinterTarget({ kind: 'file', path });
  let opened = false;
  const job = (async () => {
    // Append, write only, and no O_CREAT: a device file that is not there is an error.
    const handle = await open(path, fsConstants.O_WRONLY | fsConstants.O_APPEND);
    opened = true;
    try {
      let offset = 0;
      while (offset < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
        offset += bytesWritten;
      }
    } finally {
      await handle.close();
    }
  })();
  try {
    // A blocked device write cannot be cancelled; it is left to finish or fail on its own.
    await withTimeout(job, timeoutMs, () => new HallError(PRINT_ERRORS.timeout, `Printer ${where} did not take the job within ${timeoutMs} ms`));
  } catch (error) {
    job.catch(() => {});
    throw error instanceof HallError ? error : deviceError(error, where, opened);
  }
}

function deviceError(error: unknown, where: string, opened: boolean): HallError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  const is = (errno: string, text: RegExp) => code === errno || text.test(message);
  if (is('ENOENT', /no such file|ENOENT/i) || is('ENXIO', /no such device|ENXIO/i)) {
    return new HallError(PRINT_ERRORS.notFound, `Printer ${where} is not there; check that it is plugged in and the port name is right`);
  }
  if (is('EACCES', /permission denied|EACCES/i) || is('EPERM', /EPERM|not permitted/i)) {
    return new HallError(PRINT_ERRORS.noAccess, `No permission to use printer ${where}`);
  }
  if (is('EBUSY', /busy|cannot lock|EBUSY/i)) {
    return new HallError(PRINT_ERRORS.busy, `Printer ${where} is in use by another program`);
  }
  return new HallError(PRINT_ERRORS.io, `Printing to ${where} failed${opened ? ' part way' : ''} (${code || message.slice(0, 120)}); print again`);
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
