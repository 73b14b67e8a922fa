import type { WorkCalendar } from '../../shared/domain/calendar';
import type { HallStore } from '../../db/hall/open';
import type { EventHub } from './api/events';
import type { Logger } from './log';

/** What every hall service is built from. The clock is injected so tests can script a day. */
export interface HallDeps {
  store: HallStore;
  now: () => number;
  events: EventHub;
  log: Logger;
  /** The working-day calendar the county sent (DOMAIN §3). */
  calendar: () => WorkCalendar;
}
