import type { ClientOf, ContractSpec } from './define';
import { HallError } from './errors';
import type { HallTransport } from './transport';

export interface Client<C extends ContractSpec> {
  api: ClientOf<C>;
  setSession(token: string | null): void;
  session(): string | null;
  on(event: string, listener: (payload: unknown) => void): () => void;
  onConnection(listener: (connected: boolean) => void): () => void;
}

/** Builds the typed client (`api.queue.issueTicket(...)`) over any transport. Errors are thrown as HallError. */
export function createClient<C extends ContractSpec>(contract: C, transport: HallTransport): Client<C> {
  let token: string | null = null;
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const [featureName, spec] of Object.entries(contract)) {
    const calls: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const name of Object.keys(spec.methods)) {
      calls[name] = async (input) => {
        const result = await transport.call(`${featureName}.${name}`, input ?? {}, token);
        if (!result.ok) throw HallError.fromBody(result.error);
        return result.value;
      };
    }
    api[featureName] = calls;
  }
  return {
    api: api as ClientOf<C>,
    setSession: (value) => {
      token = value;
    },
    session: () => token,
    on: (event, listener) =>
      transport.subscribe((name, payload) => {
        if (name === event) listener(payload);
      }),
    onConnection: (listener) => transport.onConnection(listener),
  };
}
