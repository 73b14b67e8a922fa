import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { HallEvent, HallEventPayload } from '../../../shared/api/contract';
import { hall } from '../api/hall';
import { background } from './background';

/** Runs the handler for every contract event of that name while the component is mounted. */
export function useHallEvent<E extends HallEvent>(event: E, handler: (payload: HallEventPayload<E>) => unknown): void {
  const onEvent = useEffectEvent(handler);
  useEffect(() => hall.on(event, (payload) => background(onEvent(payload as HallEventPayload<E>))), [event]);
}

/** Runs the handler whenever the host comes back (and once at mount), so screens refetch after an outage. */
export function useOnReconnect(handler: () => unknown): void {
  const onConnected = useEffectEvent(handler);
  useEffect(
    () =>
      hall.onConnection((connected) => {
        if (connected) background(onConnected());
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

export interface Remote<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Loads data from the host when mounted, on `reload()`, and every `refreshMs` if given. */
export function useRemote<T>(load: () => Promise<T>, refreshMs?: number): Remote<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  const [version, setVersion] = useState(0);
  const run = useEffectEvent(load);
  useEffect(() => {
    let live = true;
    run().then(
      (data) => live && setState({ data, error: undefined, loading: false }),
      (error: unknown) => live && setState((s) => ({ data: s.data, error, loading: false })),
    );
    const timer = refreshMs ? setInterval(() => setVersion((v) => v + 1), refreshMs) : undefined;
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [version, refreshMs]);
  const reload = useCallback(() => {
    setState((s) => ({ ...s, loading: true }));
    setVersion((v) => v + 1);
  }, []);
  return { ...state, reload };
}
