import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { hallContract } from '../../shared/api/contract';
import { openHallStore, type HallStore } from '../../db/hall/open';
import type { CallerDevice } from './api/context';
import { createDispatcher, type Dispatcher } from './api/dispatcher';
import { createEventHub, type EventHub } from './api/events';
import type { HallDeps } from './deps';
import { createHallCalendar } from './features/catalog/calendar';
import { createCatalogService } from './features/catalog/service';
import { createDevicesService } from './features/devices/service';
import { createHallService } from './features/hall/service';
import { createIntakeService } from './features/intake/service';
import { createPrinting } from './features/printers/service';
import { createQueueService } from './features/queue/service';
import { createKeypads } from './features/keypads/service';
import { keypadRatings } from './features/rating/keypad-ratings';
import { createRatingService } from './features/rating/service';
import { createStaffService } from './features/staff/service';
import { consoleLogger, type Logger } from './log';

export interface HallOptions {
  dataDir: string;
  migrationsFolder: string;
  now?: () => number;
  log?: Logger;
  /** Run timed work (closing rating requests whose pad went away); tests that move the clock sweep by hand. */
  background?: boolean;
}

/** The hall's services, ready to be served over IPC or the LAN. */
export interface Hall {
  store: HallStore;
  dispatcher: Dispatcher;
  events: EventHub;
  /** The host's own screens: trusted as the `host` device role. */
  hostDevice: CallerDevice;
  authenticateDevice(token: string): CallerDevice | null;
  deps: HallDeps;
  /** Closes rating requests left open past their time-out; returns how many. */
  sweepRatings(): number;
  close(): void;
}

export const HALL_DB_FILE = 'hall.sqlite';

export function createHall(options: HallOptions): Hall {
  mkdirSync(options.dataDir, { recursive: true });
  const store = openHallStore(join(options.dataDir, HALL_DB_FILE), options.migrationsFolder);
  const log = options.log ?? consoleLogger();
  const events = createEventHub(hallContract);
  const deps: HallDeps = { store, now: options.now ?? Date.now, events, log, calendar: createHallCalendar(store.db) };
  const staff = createStaffService(deps);
  const devices = createDevicesService(deps);
  const printing = createPrinting(deps);
  const rating = createRatingService(deps);
  const stopSweeping = options.background === false ? () => {} : rating.startSweeping();
  const keypads = createKeypads(deps, keypadRatings(deps, rating), options.background !== false);
  const dispatcher = createDispatcher(
    hallContract,
    {
      hall: createHallService(deps),
      staff: staff.handlers,
      devices: devices.handlers,
      queue: createQueueService(deps, printing),
      catalog: createCatalogService(deps),
      printers: printing.handlers,
      intake: createIntakeService(deps),
      rating: rating.handlers,
      keypads: keypads.handlers,
    },
    staff.resolveSession,
    log,
  );
  return {
    store,
    dispatcher,
    events,
    hostDevice: { role: 'host', id: store.deviceId, name: 'host' },
    authenticateDevice: devices.authenticate,
    deps,
    sweepRatings: rating.sweep,
    close: () => {
      stopSweeping();
      // Drivers stop answering at once; their ports finish closing on their own.
      void keypads.close();
      store.close();
    },
  };
}
