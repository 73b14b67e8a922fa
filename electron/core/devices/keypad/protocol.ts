import { LEVEL_CODES, type Level, type Reason } from '../../../../shared/features/rating/contract';

/** What a keypad asks for, whatever its wire format. */
export type KeypadInput = { kind: 'rate'; level: Level; reasons: Reason[] } | { kind: 'skip' } | { kind: 'ping' };

/**
 * What the host tells a keypad: light up (`ready`), go dark (`idle`), stored (`ok`), alive (`pong`), or why a
 * line changed nothing.
 */
export type KeypadOutput = 'ready' | 'idle' | 'ok' | 'pong' | 'reasonRequired' | 'noRequest' | 'bad' | 'failed';

/**
 * The one thing a vendor mapping replaces: lines in, lines out. Lines arrive without their line end, one byte
 * to one character (latin1), so binary noise reaches `decode` as it came; `encode` returns a line without its
 * line end.
 */
export interface KeypadAdapter {
  /** null when the line means nothing the adapter knows: the host answers `bad` and changes nothing. */
  decode(line: string): KeypadInput | null;
  encode(output: KeypadOutput): string;
}

/** Longest line the host reads, without its line end; longer ones are dropped unread and answered `bad`. */
export const MAX_LINE_BYTES = 64;

// Star order, as printed on keypads: the provincial numbering (5 = 非常满意 … 1 = 非常不满意).
const STARS = new Map(Object.entries(LEVEL_CODES.provincial).map(([level, stars]) => [String(stars), level as Level]));

const OWK_REASON_KEYS = new Map<string, Reason>([
  ['E', 'efficiency'],
  ['S', 'serviceLevel'],
  ['A', 'attitude'],
  ['V', 'environment'],
  ['P', 'process'],
  ['O', 'other'],
]);

const OWK_OUTPUT: Record<KeypadOutput, string> = {
  ready: 'READY',
  idle: 'IDLE',
  ok: 'OK',
  pong: 'PONG',
  reasonRequired: 'ERR REASON',
  noRequest: 'ERR NOREQ',
  bad: 'ERR BAD',
  failed: 'ERR FAIL',
};

/** The OneWindow keypad protocol (docs/keypad-protocol.md): `RATE <1-5> [<reason letters>]`, `SKIP`, `PING`. */
export const owkAdapter: KeypadAdapter = {
  decode(line) {
    if (!/^[\x20-\x7e\t]*$/.test(line)) return null;
    const [command, ...args] = line.trim().toUpperCase().split(/[ \t]+/);
    if (command === 'PING' || command === 'SKIP') return args.length === 0 ? { kind: command === 'PING' ? 'ping' : 'skip' } : null;
    if (command !== 'RATE' || args.length < 1 || args.length > 2) return null;
    const level = STARS.get(args[0]!);
    const reasons = args[1] === undefined ? [] : reasonsOf(args[1]);
    return level && reasons ? { kind: 'rate', level, reasons } : null;
  },
  encode: (output) => OWK_OUTPUT[output],
};

/** `A,E` → attitude, efficiency; a repeated key counts once; any unknown or empty key spoils the line. */
function reasonsOf(list: string): Reason[] | null {
  const reasons = list.split(',').map((key) => OWK_REASON_KEYS.get(key));
  return reasons.every((r): r is Reason => r !== undefined) ? [...new Set(reasons)] : null;
}
