import type { ClientOf, EventName, MethodName, PayloadOf } from './define';
import { catalogFeature } from '../features/catalog/contract';
import { devicesFeature } from '../features/devices/contract';
import { hallFeature } from '../features/hall/contract';
import { intakeFeature } from '../features/intake/contract';
import { keypadsFeature } from '../features/keypads/contract';
import { printersFeature } from '../features/printers/contract';
import { ratingFeature } from '../features/rating/contract';
import { queueFeature } from '../features/queue/contract';
import { staffFeature } from '../features/staff/contract';

/** The hall API, declared once. IPC and the LAN server are both generated from this object. */
export const hallContract = {
  hall: hallFeature,
  staff: staffFeature,
  devices: devicesFeature,
  queue: queueFeature,
  catalog: catalogFeature,
  printers: printersFeature,
  intake: intakeFeature,
  rating: ratingFeature,
  keypads: keypadsFeature,
};

export type HallContract = typeof hallContract;
export type HallMethod = MethodName<HallContract>;
export type HallEvent = EventName<HallContract>;
export type HallClient = ClientOf<HallContract>;
export type HallEventPayload<E extends HallEvent> = PayloadOf<HallContract, E>;
