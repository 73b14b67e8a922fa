import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../log';
import { owkAdapter } from './protocol';
import { createKeypadSession, type KeypadRatings } from './session';
import { keypadHall, type KeypadHall } from './test-support';

// The session without a port: what the keypad is told, line by line, against a real hall.
let h: KeypadHall;
let said: string[];
let session: ReturnType<typeof createKeypadSession>;

function start(ratings: KeypadRatings = h.ratings) {
  session = createKeypadSession({ windowId: h.windowId, deviceId: 'keypad:test', ratings, adapter: owkAdapter, log: silentLogger });
  session.attach((line) => said.push(line));
}
const until = (...lines: string[]) => vi.waitFor(() => expect(said).toEqual(lines), { timeout: 2000 });

beforeEach(async () => {
  h = await keypadHall();
  said = [];
});
afterEach(() => {
  session.close();
  vi.useRealTimers();
  h.t.dispose();
});

describe('keypad session', () => {
  it('records “not rated (timeout)” when nobody presses within the request’s time-out, then goes idle', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    start();
    const request = await h.requestRating();
    await vi.advanceTimersByTimeAsync(0);
    expect(said).toEqual(['IDLE', 'READY']);
    await vi.advanceTimersByTimeAsync(request.timeoutSeconds * 1000 - 1);
    expect(h.ratingRows()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.ratingRows()).toEqual([{ level: null, reasons: '[]', channel: 'keypad', notRatedReason: 'timeout', deviceId: 'keypad:test' }]);
    expect(said).toEqual(['IDLE', 'READY', 'IDLE']);
  });

  it('never times out while detached: a keypad that is gone cannot be pressed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    start();
    const request = await h.requestRating();
    await vi.advanceTimersByTimeAsync(0);
    session.detach();
    await vi.advanceTimersByTimeAsync(request.timeoutSeconds * 2000);
    expect(h.ratingRows()).toEqual([]);
    // Back: it lights up again with a fresh time-out.
    session.attach((line) => said.push(line));
    await vi.advanceTimersByTimeAsync(0);
    expect(said).toEqual(['IDLE', 'READY', 'READY']);
  });

  it('answers its own rating with OK and no IDLE; a bounced key gets OK again, storing nothing more', async () => {
    start();
    await h.requestRating();
    await until('IDLE', 'READY');
    session.receive('RATE 4');
    session.receive('RATE 4');
    session.receive('RATE 3');
    session.receive('PING');
    await until('IDLE', 'READY', 'OK', 'OK', 'ERR NOREQ', 'PONG', 'IDLE');
    expect(h.ratingRows()).toHaveLength(1);
    // A new request forgets the last key: a repeat of it is now the new rating.
    await h.requestRating();
    session.receive('RATE 4');
    await until('IDLE', 'READY', 'OK', 'OK', 'ERR NOREQ', 'PONG', 'IDLE', 'READY', 'OK');
    expect(h.ratingRows()).toHaveLength(2);
  });

  it('goes idle when the clerk withdraws the request', async () => {
    start();
    await h.requestRating();
    await until('IDLE', 'READY');
    await h.clerk.rating.cancel({});
    await until('IDLE', 'READY', 'IDLE');
    expect(h.ratingRows()).toEqual([expect.objectContaining({ notRatedReason: 'cancelled', channel: null })]);
  });

  it('answers ERR FAIL when the ratings fail, without disturbing the clerk who started the rating', async () => {
    start({
      ...h.ratings,
      openRequest: () => {
        throw new Error('database is locked');
      },
    });
    await expect(h.requestRating()).resolves.toMatchObject({ windowId: h.windowId });
    session.receive('RATE 5');
    session.receive('SKIP');
    await until('ERR FAIL', 'ERR FAIL');
    expect(h.ratingRows()).toEqual([]);
  });

  it('follows only its own window', async () => {
    start();
    await until('IDLE');
    await h.requestRating(h.t.as(h.t.hall.hostDevice, await h.t.signIn('1002', 2)));
    session.receive('RATE 5');
    await until('IDLE', 'ERR NOREQ');
  });
});
