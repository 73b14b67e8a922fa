import { useEffect, useSyncExternalStore } from 'react';
import { hallDay, hallTime } from '../../../../shared/domain/clock';
import type { CallEvent } from '../../../../shared/features/queue/contract';
import { useHallEvent, useNow, useOnReconnect } from '../../app/hooks';
import { useAppStore } from '../../store';
import { boardAnnouncer, type Announcer } from './announcer';
import { boardText as t } from './text';

const CURRENT_CALLS = 4;

/** The hall display board (综合屏), laid out for 1920×1080 and legible from across the hall. */
export function BoardPage({ announcer = boardAnnouncer() }: { announcer?: Announcer }) {
  const board = useAppStore((s) => s.board);
  const refreshBoard = useAppStore((s) => s.refreshBoard);
  const now = useNow();
  const voice = useSyncExternalStore(announcer.subscribe, announcer.getState);

  useEffect(() => announcer.preload(), [announcer]);
  useOnReconnect(refreshBoard);
  useHallEvent('queue.called', (call) => {
    announcer.announce(call);
    return refreshBoard();
  });
  useHallEvent('queue.changed', ({ queues }) =>
    useAppStore.setState((s) => (s.board ? { board: { ...s.board, queues } } : {})),
  );

  const calls = board?.calls ?? [];
  const current = calls.slice(0, CURRENT_CALLS);
  const recent = calls.slice(CURRENT_CALLS);
  return (
    <div className="board">
      <header className="board-header">
        <span className="board-hall">{board?.hallName}</span>
        <span className="board-clock">
          {hallDay(now)} {hallTime(now)}
        </span>
      </header>
      <main className="board-main">
        <section className="board-current" aria-label={t.nowCalling}>
          <h2>{t.nowCalling}</h2>
          {current.length === 0 && <div className="board-none">{t.none}</div>}
          {current.map((call, i) => (
            <CallRow key={call.ticketId} call={call} newest={i === 0} />
          ))}
        </section>
        <aside className="board-side">
          <section aria-label={t.waiting}>
            <h2>{t.waiting}</h2>
            <ul className="board-waiting">
              {board?.queues.map((q) => (
                <li key={q.id}>
                  <span>
                    {q.prefix} {q.name}
                  </span>
                  <strong>{t.people(q.waiting)}</strong>
                </li>
              ))}
            </ul>
          </section>
          <section aria-label={t.recent}>
            <h2>{t.recent}</h2>
            <ul className="board-recent">
              {recent.length === 0 && <li className="board-empty">{t.noneRecent}</li>}
              {recent.map((call) => (
                <li key={call.ticketId}>
                  <span>{call.number}</span>
                  <span>{call.windowName}</span>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </main>
      <footer className="board-notice">
        <div className="board-notice-text">{t.notice}</div>
      </footer>
      {voice.current && (
        <div className="board-announcing" role="status" data-testid="board-announcing">
          {t.announcing(voice.current.call.number, voice.current.call.windowName)}
        </div>
      )}
      {voice.locked && (
        <button type="button" className="board-voice-unlock" onClick={() => void announcer.unlock()}>
          {t.enableVoice}
        </button>
      )}
    </div>
  );
}

function CallRow({ call, newest }: { call: CallEvent; newest: boolean }) {
  return (
    <div className={newest ? 'board-call board-call-newest' : 'board-call'} data-testid="board-call">
      <span className="board-call-number">{call.number}</span>
      <span className="board-call-window">{t.toWindow(call.windowName)}</span>
    </div>
  );
}
