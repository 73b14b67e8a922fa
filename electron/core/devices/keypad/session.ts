import { HallError } from '../../../../shared/api/errors';
import { RATING_ERRORS, type Level, type Reason } from '../../../../shared/features/rating/contract';
import type { RatingResult } from '../../features/rating/recording';
import type { Logger } from '../../log';
import type { KeypadAdapter, KeypadInput, KeypadOutput } from './protocol';

type MaybePromise<T> = T | Promise<T>;

/** A request opening or ending at a window. */
export interface RatingChange {
  windowId: string;
  requestId: string;
  open: boolean;
}

/**
 * What a keypad needs of the ratings core. Answers may come as promises, so a keypad plugged into a window PC
 * can reach the host over the LAN as well as in-process.
 */
export interface KeypadRatings {
  /** The window's open request, if any (`rating.open` returns these fields). */
  openRequest(windowId: string): MaybePromise<{ id: string; timeoutSeconds: number } | null>;
  /** Ends it with its one record; throws HallError as `createRecording(deps).end` does. */
  end(requestId: string, result: RatingResult): MaybePromise<unknown>;
  /** Called when a request opens or ends at any window; returns the unsubscribe. */
  onChange(listener: (change: RatingChange) => void): () => void;
}

export interface KeypadSessionOptions {
  windowId: string;
  deviceId: string;
  ratings: KeypadRatings;
  adapter: KeypadAdapter;
  log: Logger;
}

/** The request went away between looking and rating: for the keypad, nothing to rate. */
const GONE = new Set<string>([RATING_ERRORS.notFound, RATING_ERRORS.closed, RATING_ERRORS.alreadyRated]);

/**
 * The keypad of one window, for the driver's lifetime: answers its lines, lights it while a request is open
 * and, like a pad, records “not rated (timeout)” when nobody presses in time — only while attached, since a
 * keypad that is gone cannot be pressed (the host's sweep then records “interrupted”). One step runs at a
 * time, so answers go out in the order things happened even when the ratings answer through promises.
 */
export function createKeypadSession(o: KeypadSessionOptions) {
  const { windowId, ratings, log } = o;
  let write: ((line: string) => void) | null = null;
  let steps = Promise.resolve();
  let timer: { requestId: string; handle: NodeJS.Timeout } | null = null;
  /** The last request this keypad ended: its `ended` event is already answered by OK, not IDLE. */
  let endedHere: string | null = null;
  /** The input that ended it, until a new request opens: a bounced key, or one repeated after a lost OK, gets OK again. */
  let lastStored: string | null = null;

  const send = (output: KeypadOutput) => write?.(o.adapter.encode(output));
  const result = (level: Level | null, reasons: Reason[], notRatedReason: RatingResult['notRatedReason']): RatingResult => ({
    level,
    reasons,
    text: '',
    channel: 'keypad',
    notRatedReason,
    deviceId: o.deviceId,
  });

  function run(step: () => Promise<void>) {
    steps = steps.then(() => (write ? step() : undefined)).catch((error: unknown) => log.error(`Keypad ${o.deviceId} could not follow its window`, error));
  }

  function disarm() {
    if (timer) clearTimeout(timer.handle);
    timer = null;
  }

  async function sync() {
    const open = await ratings.openRequest(windowId);
    if (!write) return; // detached while asking: no time-out for a keypad that is gone
    if (!open) {
      disarm();
      send('idle');
      return;
    }
    if (timer?.requestId !== open.id) {
      lastStored = null;
      disarm();
      const handle = setTimeout(() => run(() => timeOut(open.id)), open.timeoutSeconds * 1000);
      timer = { requestId: open.id, handle };
    }
    send('ready');
  }

  async function timeOut(requestId: string) {
    timer = null;
    try {
      // The `ended` event that follows turns the keypad idle.
      await ratings.end(requestId, result(null, [], 'timeout'));
    } catch (error) {
      if (!(error instanceof HallError && GONE.has(error.code))) throw error;
    }
  }

  async function answer(line: string | null) {
    try {
      const input = line === null ? null : o.adapter.decode(line);
      if (input?.kind === 'ping') {
        send('pong');
        await sync();
      } else {
        send(input ? await rate(input) : 'bad');
      }
    } catch (error) {
      log.error(`Keypad ${o.deviceId}: a key press could not be stored`, error);
      send('failed');
    }
  }

  async function rate(input: Exclude<KeypadInput, { kind: 'ping' }>): Promise<KeypadOutput> {
    const key = JSON.stringify(input);
    const open = await ratings.openRequest(windowId);
    if (!open) return key === lastStored ? 'ok' : 'noRequest';
    try {
      await ratings.end(open.id, input.kind === 'rate' ? result(input.level, input.reasons, null) : result(null, [], 'declined'));
    } catch (error) {
      if (!(error instanceof HallError)) throw error;
      if (error.code === RATING_ERRORS.reasonRequired) return 'reasonRequired';
      if (GONE.has(error.code)) return 'noRequest';
      throw error;
    }
    endedHere = open.id;
    lastStored = key;
    disarm();
    return 'ok';
  }

  const unsubscribe = ratings.onChange((change) => {
    if (change.windowId === windowId) run(async () => (change.open || change.requestId !== endedHere ? sync() : undefined));
  });

  /** The port is gone: nothing can be told or pressed until it is back. */
  function detach() {
    write = null;
    disarm();
  }

  return {
    /** The port opened: tell the keypad where things stand. */
    attach(writeLine: (line: string) => void) {
      write = writeLine;
      run(sync);
    },
    detach,
    /** A line from the keypad; null for one too long to read. */
    receive(line: string | null) {
      run(() => answer(line));
    },
    close() {
      detach();
      unsubscribe();
    },
  };
}
