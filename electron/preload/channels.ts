/** IPC channel names, shared by the preload and the main process. */
export const CALL_CHANNEL = 'hall:call';
export const EVENT_CHANNEL = 'hall:event';
