import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRINT_CHANNEL } from '../preload/channels';
import { pdfFileName, registerPrinting, type PrintOutcome } from './printing';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

// The Electron binary is not installed here: the fakes keep what the code registers and asks for.
const fake = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  showSaveDialog: vi.fn(),
  fromWebContents: vi.fn(),
  documents: '/home/clerk/文档',
}));
vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, handler: Handler) => {
      if (fake.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      fake.handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => fake.handlers.delete(channel)),
  },
  dialog: { showSaveDialog: fake.showSaveDialog },
  BrowserWindow: { fromWebContents: fake.fromWebContents },
  app: { getPath: (name: string) => (name === 'documents' ? fake.documents : `/unexpected/${name}`) },
}));

const TRUSTED = 'app://hall/window/notices/01930000-0000-7000-8000-0000000000d1';
const NUMBER = '云溪审受〔2026〕第010001号';
const PDF_BYTES = Buffer.from('%PDF-1.7 fake');

interface FakeContents {
  print: ReturnType<typeof vi.fn>;
  printToPDF: ReturnType<typeof vi.fn>;
}

let contents: FakeContents;
let dispose: (() => void) | null;
let dir: string;
const OWNER = { id: 'owner window' };

/** How the fake printer answers `webContents.print`: Chromium calls back with (success, failureReason). */
function printerAnswers(success: boolean, failureReason = ''): void {
  contents.print.mockImplementation((_options: unknown, callback: (success: boolean, reason: string) => void) => callback(success, failureReason));
}

function request(url: string | undefined, payload: unknown): Promise<PrintOutcome> {
  const handler = fake.handlers.get(PRINT_CHANNEL);
  if (!handler) throw new Error('no handler registered for the print channel');
  const event = { senderFrame: url === undefined ? null : { url }, sender: contents } as unknown as IpcMainInvokeEvent;
  return handler(event, payload) as Promise<PrintOutcome>;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'onewindow-print-'));
  contents = { print: vi.fn(), printToPDF: vi.fn(async () => PDF_BYTES) };
  fake.fromWebContents.mockReset().mockReturnValue(OWNER);
  fake.showSaveDialog.mockReset().mockResolvedValue({ canceled: false, filePath: join(dir, 'saved.pdf') });
  dispose = registerPrinting();
});

afterEach(() => {
  dispose?.();
  dispose = null;
  fake.handlers.clear();
  rmSync(dir, { recursive: true, force: true });
});

describe('registerPrinting', () => {
  it('registers one handler on the print channel, and its disposer removes it', () => {
    expect([...fake.handlers.keys()]).toEqual([PRINT_CHANNEL]);
    dispose!();
    dispose = null;
    expect(fake.handlers.size).toBe(0);
    dispose = registerPrinting(); // Electron throws on a second handler: registering again must work
    expect([...fake.handlers.keys()]).toEqual([PRINT_CHANNEL]);
  });

  it.each([
    ['a foreign https page', 'https://evil.example/'],
    ['a local file', 'file:///x'],
    ['another app:// host', 'app://other/window'],
    ['a frame that is gone', undefined],
  ])('refuses %s: no dialog, nothing printed', async (_what, url) => {
    for (const payload of [{ target: 'printer' }, { target: 'pdf', fileName: NUMBER }]) {
      expect(await request(url, payload)).toEqual({ outcome: 'failed', message: 'Untrusted sender' });
    }
    expect(contents.print).not.toHaveBeenCalled();
    expect(contents.printToPDF).not.toHaveBeenCalled();
    expect(fake.showSaveDialog).not.toHaveBeenCalled();
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'printer'],
    ['an unknown target', { target: 'fax' }],
    ['a PDF without a name', { target: 'pdf' }],
    ['a PDF with an empty name', { target: 'pdf', fileName: '  ' }],
    ['a PDF with a very long name', { target: 'pdf', fileName: 'x'.repeat(101) }],
    ['printer options the page may not choose', { target: 'printer', silent: true, deviceName: 'other' }],
    ['a path chosen by the page', { target: 'pdf', fileName: NUMBER, path: '/etc/x.pdf' }],
  ])('refuses %s as a request', async (_what, payload) => {
    expect(await request(TRUSTED, payload)).toEqual({ outcome: 'failed', message: 'Invalid print request' });
    expect(contents.print).not.toHaveBeenCalled();
    expect(fake.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('printing on paper', () => {
  it('prints the asking page on A4 with backgrounds, through the system print dialog', async () => {
    printerAnswers(true);
    expect(await request(TRUSTED, { target: 'printer' })).toEqual({ outcome: 'printed' });
    expect(contents.print).toHaveBeenCalledExactlyOnceWith({ pageSize: 'A4', printBackground: true, silent: false }, expect.any(Function));
  });

  it('tells a closed dialog from a failed print', async () => {
    printerAnswers(false, 'Print job canceled');
    expect(await request(TRUSTED, { target: 'printer' })).toEqual({ outcome: 'cancelled' });
    printerAnswers(false, 'Print job failed');
    expect(await request(TRUSTED, { target: 'printer' })).toEqual({ outcome: 'failed', message: 'Print job failed' });
    printerAnswers(false);
    expect(await request(TRUSTED, { target: 'printer' })).toEqual({ outcome: 'failed', message: 'Print job failed' });
  });
});

describe('saving a PDF', () => {
  it('asks where to save, named by the document number, then writes the A4 PDF of the asking page there', async () => {
    expect(await request(TRUSTED, { target: 'pdf', fileName: NUMBER })).toEqual({ outcome: 'saved', path: join(dir, 'saved.pdf') });
    expect(fake.fromWebContents).toHaveBeenCalledWith(contents);
    expect(fake.showSaveDialog).toHaveBeenCalledExactlyOnceWith(OWNER, {
      defaultPath: join(fake.documents, `${NUMBER}.pdf`),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(contents.printToPDF).toHaveBeenCalledExactlyOnceWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(readFileSync(join(dir, 'saved.pdf'))).toEqual(PDF_BYTES);
  });

  it('makes nothing when the save dialog is cancelled', async () => {
    fake.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await request(TRUSTED, { target: 'pdf', fileName: NUMBER })).toEqual({ outcome: 'cancelled' });
    expect(contents.printToPDF).not.toHaveBeenCalled();
  });

  it('still asks when the page has no window of its own', async () => {
    fake.fromWebContents.mockReturnValue(null);
    await request(TRUSTED, { target: 'pdf', fileName: NUMBER });
    expect(fake.showSaveDialog).toHaveBeenCalledExactlyOnceWith({
      defaultPath: join(fake.documents, `${NUMBER}.pdf`),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
  });

  it('reports a PDF that could not be made or written, and leaves no file', async () => {
    contents.printToPDF.mockRejectedValue(new Error('Printing failed'));
    expect(await request(TRUSTED, { target: 'pdf', fileName: NUMBER })).toEqual({ outcome: 'failed', message: 'Printing failed' });
    expect(existsSync(join(dir, 'saved.pdf'))).toBe(false);
    contents.printToPDF.mockResolvedValue(PDF_BYTES);
    fake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'no-such-folder', 'x.pdf') });
    expect(await request(TRUSTED, { target: 'pdf', fileName: NUMBER })).toMatchObject({ outcome: 'failed', message: expect.stringContaining('ENOENT') });
  });
});

describe('pdfFileName', () => {
  it('keeps a document number as it is', () => {
    expect(pdfFileName(NUMBER)).toBe(`${NUMBER}.pdf`);
  });

  it('replaces what no file system accepts, and never makes a hidden file or a path', () => {
    expect(pdfFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j.pdf');
    expect(pdfFileName('../x')).toBe('__x.pdf');
    expect(pdfFileName('.hidden')).toBe('_hidden.pdf');
    expect(pdfFileName('a\u0000b\nc')).toBe('a_b_c.pdf');
  });
});
