import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLanTransport } from './lan-transport';

/** A WebSocket double the test opens, feeds and closes by hand. */
class FakeSocket {
  static all: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((m: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  open() {
    this.onopen?.();
  }
  receive(data: unknown) {
    this.onmessage?.({ data: typeof data === 'string' ? data : JSON.stringify(data) });
  }
  drop() {
    this.onclose?.();
  }
}

beforeEach(() => {
  FakeSocket.all = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

const transport = (fetchImpl: typeof fetch, token: string | null = null) =>
  createLanTransport({ baseUrl: 'http://hall.test:4780', deviceToken: () => token, fetchImpl, WebSocketImpl: FakeSocket as unknown as typeof WebSocket });

describe('LAN transport', () => {
  it('posts JSON with the device token and session, and returns the body', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: 7 })));
    const result = await transport(fetchImpl as unknown as typeof fetch, 'dev-token').call('queue.queues', {}, 'sess');
    expect(result).toEqual({ ok: true, value: 7 });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [URL, RequestInit];
    expect(String(url)).toBe('http://hall.test:4780/api/queue.queues');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer dev-token', 'X-Hall-Session': 'sess', 'Content-Type': 'application/json' });
  });

  it('turns a network failure into api/unreachable and reports the host as away', async () => {
    const t = transport((async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch);
    const states: boolean[] = [];
    t.onConnection((c) => states.push(c));
    FakeSocket.all[0]!.open();
    const result = await t.call('queue.queues', {}, null);
    expect(result).toEqual({ ok: false, error: { code: 'api/unreachable', message: expect.any(String) } });
    expect(states).toEqual([false, true, false]);
  });

  it('refuses a reply that is not the contract’s shape', async () => {
    const result = await transport((async () => new Response('<html>proxy error</html>', { status: 502 })) as unknown as typeof fetch).call('x.y', {}, null);
    expect(result).toMatchObject({ ok: false, error: { code: 'api/internal', message: expect.stringContaining('502') } });
  });

  it('delivers events and reconnects by itself with backoff after the socket drops', async () => {
    const t = transport(vi.fn() as unknown as typeof fetch, 'tok');
    const events: string[] = [];
    t.subscribe((name) => events.push(name));
    expect(FakeSocket.all[0]!.url).toBe('ws://hall.test:4780/api/events?token=tok');
    FakeSocket.all[0]!.open();
    FakeSocket.all[0]!.receive({ event: 'queue.called', payload: {} });
    FakeSocket.all[0]!.receive('not json');
    expect(events).toEqual(['queue.called']);
    FakeSocket.all[0]!.drop();
    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(500);
    expect(FakeSocket.all).toHaveLength(2);
    FakeSocket.all[1]!.drop();
    vi.advanceTimersByTime(500);
    expect(FakeSocket.all).toHaveLength(2); // backing off: 1 s now
    vi.advanceTimersByTime(500);
    expect(FakeSocket.all).toHaveLength(3);
    FakeSocket.all[2]!.open();
    FakeSocket.all[2]!.receive({ event: 'queue.changed', payload: {} });
    expect(events).toEqual(['queue.called', 'queue.changed']);
  });
});
