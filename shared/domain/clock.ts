/**
 * The hall's calendar day. Halls are in China (UTC+8, no daylight saving), and the day must not depend on
 * the PC's own time-zone setting, which on hall PCs is often wrong.
 */
export const HALL_TIME_ZONE = 'Asia/Shanghai';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: HALL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: HALL_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `YYYY-MM-DD` in the hall's time zone. */
export function hallDay(epochMs: number): string {
  return dayFormat.format(new Date(epochMs));
}

/** `HH:MM:SS` in the hall's time zone. */
export function hallTime(epochMs: number): string {
  return timeFormat.format(new Date(epochMs));
}
