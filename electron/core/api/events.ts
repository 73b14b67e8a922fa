import type { ContractSpec } from '../../../shared/api/define';
import { findEvent } from '../../../shared/api/define';
import type { DeviceRole } from '../../../shared/api/roles';

export type EventSink = (event: string, payload: unknown) => void;

export interface EventHub {
  emit(event: string, payload: unknown): void;
  /** Delivers the events that the device role may receive. */
  subscribe(role: DeviceRole, sink: EventSink): () => void;
}

/** Events are checked against the contract as they are emitted, so no transport ever sends a malformed one. */
export function createEventHub(contract: ContractSpec): EventHub {
  const subscribers = new Set<{ role: DeviceRole; sink: EventSink }>();
  return {
    emit(event, payload) {
      const spec = findEvent(contract, event);
      if (!spec) throw new Error(`Unknown event ${event}`);
      const checked = spec.payload.parse(payload);
      for (const s of subscribers) {
        if (spec.devices.includes(s.role)) s.sink(event, checked);
      }
    },
    subscribe(role, sink) {
      const entry = { role, sink };
      subscribers.add(entry);
      return () => subscribers.delete(entry);
    },
  };
}
