/**
 * The host's log. Callers pass messages without personal data (names, ID numbers, phones); errors are
 * reduced to their message and stack, never the input that caused them.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export function consoleLogger(prefix = 'onewindow'): Logger {
  const stamp = () => new Date().toISOString();
  return {
    info: (m) => console.log(`${stamp()} ${prefix} ${m}`),
    warn: (m) => console.warn(`${stamp()} ${prefix} WARN ${m}`),
    error: (m, e) => console.error(`${stamp()} ${prefix} ERROR ${m}`, e instanceof Error ? (e.stack ?? e.message) : ''),
  };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
