import type { HallMethod } from '../../shared/api/contract';
import { HallError } from '../../shared/api/errors';
import type { CallResult } from '../../shared/api/transport';
import type { HallBridge } from '../src/api/ipc-transport';

type Handler = (input: any, session: string | null) => unknown;

/**
 * Stands in for the preload bridge in component tests: each test says how the host answers which method, and
 * can push events. Calls are recorded; a method without a handler fails the call loudly.
 */
export class FakeBridge implements HallBridge {
  calls: Array<{ method: string; input: unknown; session: string | null }> = [];
  private handlers = new Map<string, Handler>();
  private listeners = new Set<(event: string, payload: unknown) => void>();

  handle(method: HallMethod, handler: Handler): void {
    this.handlers.set(method, handler);
  }

  reset(): void {
    this.calls = [];
    this.handlers.clear();
  }

  emit(event: string, payload: unknown): void {
    for (const l of this.listeners) l(event, payload);
  }

  async call(method: string, input: unknown, session: string | null): Promise<CallResult> {
    this.calls.push({ method, input, session });
    const handler = this.handlers.get(method);
    if (!handler) return { ok: false, error: { code: 'test/unhandled', message: `no fake for ${method}` } };
    try {
      return { ok: true, value: await handler(input, session) };
    } catch (error) {
      if (error instanceof HallError) return { ok: false, error: error.toBody() };
      throw error;
    }
  }

  onEvent(listener: (event: string, payload: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const bridge = new FakeBridge();
