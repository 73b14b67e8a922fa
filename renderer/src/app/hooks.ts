import { useEffect, useRef, useState } from 'react';
import type { HallEvent, HallEventPayload } from '../../../shared/api/contract';
import { hall } from '../api/hall';

/** Runs the handler for every contract event of that name while the component is mounted. */
export function useHallEvent<E extends HallEvent>(event: E, handler: (payload: HallEventPayload<E>) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => hall.on(event, (payload) => latest.current(payload as HallEventPayload<E>)), [event]);
}

/** Runs the handler whenever the host comes back (and once at mount), so screens refetch after an outage. */
export function useOnReconnect(handler: () => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(
    () =>
      hall.onConnection((connected) => {
        if (connected) latest.current();
      }),
    [],
  );
}

/** The current time, ticking every second. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
