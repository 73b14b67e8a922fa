import type { CalendarYearData } from './calendar';

/**
 * The 2026 calendar as the 国务院办公厅 published it (2025-11-04; DOMAIN §3): the county's seed and the demo's. A
 * hall's calendar comes from the county server as data.
 */
export const CALENDAR_2026: CalendarYearData = {
  year: 2026,
  sample: false,
  from: '2026-01-01',
  to: '2026-12-31',
  holidays: [
    '2026-01-01..2026-01-03',
    '2026-02-15..2026-02-23',
    '2026-04-04..2026-04-06',
    '2026-05-01..2026-05-05',
    '2026-06-19..2026-06-21',
    '2026-09-25..2026-09-27',
    '2026-10-01..2026-10-07',
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};
