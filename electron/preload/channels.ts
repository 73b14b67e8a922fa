/** IPC channel names, shared by the preload and the main process. */
export const CALL_CHANNEL = 'hall:call';
export const EVENT_CHANNEL = 'hall:event';
/** Native printing of the calling page: to a printer, or to a PDF file. */
export const PRINT_CHANNEL = 'hall:print';
