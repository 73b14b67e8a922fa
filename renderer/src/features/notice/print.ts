import type { NativePrintOutcome } from '../../api/ipc-transport';

export type PrintTarget = 'printer' | 'pdf';
/** `dialog`: the browser's own print dialog was shown; a page cannot learn what was done in it. */
export type PrintResult = NativePrintOutcome | { outcome: 'dialog' };

/** Inside Electron the preload prints natively; in a browser the page has only `window.print()`. */
export function hasNativePrinting(): boolean {
  return typeof window.hallBridge?.print === 'function';
}

/**
 * Prints the page as it is now. In a browser both targets open the print dialog: saving a PDF is choosing
 * “另存为 PDF” there, which the toolbar says beside the button.
 */
export async function printPage(target: PrintTarget, fileName: string): Promise<PrintResult> {
  const bridge = window.hallBridge;
  if (bridge?.print) return bridge.print(target === 'pdf' ? { target, fileName } : { target });
  window.print();
  return { outcome: 'dialog' };
}
