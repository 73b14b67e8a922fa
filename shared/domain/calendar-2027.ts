import type { CalendarYearData } from './calendar';

/**
 * A SAMPLE 2027 calendar for demo and tests only: the 国务院办公厅 publishes the real list around November 2026,
 * and the county enters it, which replaces this one. Marked `sample`, so screens say its days are not official.
 * The dates follow the usual pattern (Spring Festival 2027 falls on 02-06) but are placeholders.
 */
export const CALENDAR_2027_SAMPLE: CalendarYearData = {
  year: 2027,
  sample: true,
  from: '2027-01-01',
  to: '2027-12-31',
  holidays: [
    '2027-01-01..2027-01-03',
    '2027-02-05..2027-02-13',
    '2027-04-03..2027-04-05',
    '2027-05-01..2027-05-05',
    '2027-06-09..2027-06-11',
    '2027-09-15..2027-09-17',
    '2027-10-01..2027-10-07',
  ],
  workdays: ['2027-02-14', '2027-02-20', '2027-04-25', '2027-09-26', '2027-10-09'],
};
