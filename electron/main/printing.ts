import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { PRINT_CHANNEL } from '../preload/channels';
import { isTrustedSender } from './security';

/** The paper of the notices' `@page` rule; backgrounds print, so table headers keep their shading. */
const PAPER = { pageSize: 'A4', printBackground: true } as const;

const PrintRequest = z.discriminatedUnion('target', [
  z.object({ target: z.literal('printer') }).strict(),
  z.object({ target: z.literal('pdf'), fileName: z.string().trim().min(1).max(100) }).strict(),
]);

export type PrintOutcome =
  | { outcome: 'printed' | 'cancelled' }
  | { outcome: 'saved'; path: string }
  | { outcome: 'failed'; message: string };

/** A document number (`云溪审受〔2026〕第010001号`) as a file name: what no file system accepts becomes `_`. */
export function pdfFileName(name: string): string {
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '_')}.pdf`;
}

/**
 * Native printing for the app's own pages: the page that asks is the page that prints, so a page can print
 * only itself. Anything else (another origin, a malformed request) gets a refusal and no dialog.
 */
export function registerPrinting(): () => void {
  ipcMain.handle(PRINT_CHANNEL, async (event: IpcMainInvokeEvent, request: unknown): Promise<PrintOutcome> => {
    if (!isTrustedSender(event.senderFrame?.url)) return { outcome: 'failed', message: 'Untrusted sender' };
    const parsed = PrintRequest.safeParse(request);
    if (!parsed.success) return { outcome: 'failed', message: 'Invalid print request' };
    try {
      return parsed.data.target === 'printer' ? await toPrinter(event.sender) : await toPdf(event.sender, parsed.data.fileName);
    } catch (error) {
      return { outcome: 'failed', message: (error as Error).message };
    }
  });
  return () => ipcMain.removeHandler(PRINT_CHANNEL);
}

/** The system print dialog, so the clerk picks the printer and sees the pages first. */
function toPrinter(contents: WebContents): Promise<PrintOutcome> {
  return new Promise((resolve) => {
    contents.print({ ...PAPER, silent: false }, (success, failureReason) => {
      if (success) resolve({ outcome: 'printed' });
      // Chromium says "Print job canceled" when the dialog is closed without printing.
      else if (/cancel/i.test(failureReason)) resolve({ outcome: 'cancelled' });
      else resolve({ outcome: 'failed', message: failureReason || 'Print job failed' });
    });
  });
}

async function toPdf(contents: WebContents, name: string): Promise<PrintOutcome> {
  const options = {
    defaultPath: join(app.getPath('documents'), pdfFileName(name)),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const owner = BrowserWindow.fromWebContents(contents);
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { outcome: 'cancelled' };
  const pdf = await contents.printToPDF({ ...PAPER, preferCSSPageSize: true });
  await writeFile(choice.filePath, pdf);
  return { outcome: 'saved', path: choice.filePath };
}
