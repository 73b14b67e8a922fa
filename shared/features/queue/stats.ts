import { hallTime } from '../../domain/clock';
import type { DayStats, StatsRow, TicketStatus } from './contract';

/** One ticket of the day as the statistics need it (DOMAIN §5: wait = call − take; service = finish − start). */
export interface StatTicket {
  status: TicketStatus;
  queue: { key: string; label: string };
  window: { key: string; label: string } | null;
  clerk: { key: string; label: string } | null;
  takenAt: number;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
}

const LONG_WAIT_MS = 30 * 60_000;

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  // Nearest rank: the smallest value with at least p% of the values at or below it.
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function duration(values: number[]) {
  const minutes = values.map((ms) => ms / 60_000).sort((a, b) => a - b);
  const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
  return {
    count: minutes.length,
    averageMinutes: round(minutes.length ? minutes.reduce((a, b) => a + b, 0) / minutes.length : null),
    p90Minutes: round(percentile(minutes, 90)),
  };
}

function row(key: string, label: string, tickets: StatTicket[], now: number): StatsRow {
  const waits = tickets.filter((t) => t.calledAt !== null).map((t) => t.calledAt! - t.takenAt);
  const services = tickets.filter((t) => t.startedAt !== null && t.finishedAt !== null).map((t) => t.finishedAt! - t.startedAt!);
  // A ticket still waiting counts as a long wait once it has waited 30 minutes, not only once it is called.
  const longWaits = tickets.filter((t) => (t.calledAt ?? (t.status === 'waiting' ? now : t.takenAt)) - t.takenAt > LONG_WAIT_MS);
  return {
    key,
    label,
    issued: tickets.length,
    served: tickets.filter((t) => t.status === 'done').length,
    noShows: tickets.filter((t) => t.status === 'no_show').length,
    waitingNow: tickets.filter((t) => t.status === 'waiting').length,
    wait: duration(waits),
    service: duration(services),
    waitsOver30: longWaits.length,
  };
}

function groupBy(tickets: StatTicket[], pick: (t: StatTicket) => { key: string; label: string } | null, now: number): StatsRow[] {
  const groups = new Map<string, { label: string; tickets: StatTicket[] }>();
  for (const t of tickets) {
    const g = pick(t);
    if (!g) continue;
    const entry = groups.get(g.key) ?? { label: g.label, tickets: [] };
    entry.tickets.push(t);
    groups.set(g.key, entry);
  }
  return [...groups.entries()].map(([key, g]) => row(key, g.label, g.tickets, now));
}

/** The day's figures per queue, window, clerk and hour of taking. `now` decides which waits are already long. */
export function summarizeDay(
  day: string,
  tickets: StatTicket[],
  appointments: { booked: number; checkedIn: number; noShows: number },
  now: number,
): DayStats {
  const total = row('total', '合计', tickets, now);
  const called = tickets.filter((t) => t.calledAt !== null).length;
  const byHour = groupBy(tickets, (t) => ({ key: hallTime(t.takenAt).slice(0, 2), label: `${hallTime(t.takenAt).slice(0, 2)}时` }), now).sort(
    (a, b) => a.key.localeCompare(b.key),
  );
  return {
    day,
    total,
    noShowRate: called > 0 ? Math.round((total.noShows / called) * 1000) / 1000 : null,
    byQueue: groupBy(tickets, (t) => t.queue, now),
    byWindow: groupBy(tickets, (t) => t.window, now),
    byClerk: groupBy(tickets, (t) => t.clerk, now),
    byHour,
    appointments,
  };
}
