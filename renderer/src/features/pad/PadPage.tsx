import { Button, Typography } from 'antd';
import { useState } from 'react';
import type { HallWindow } from '../../../../shared/features/hall/contract';
import { useHallEvent, useOnReconnect } from '../../app/hooks';
import { useAppStore } from '../../store';
import { ClosedScreen, PausedScreen, ThanksScreen, WelcomeScreen } from './IdleScreens';
import { RatingScreen } from './RatingScreen';
import { padText as t } from './text';
import { usePadRating } from './usePadRating';
import './pad.css';

const PAD_WINDOW_KEY = 'onewindow.pad.window';

/**
 * The evaluation pad of one window (a second screen at the window, or a tablet on the LAN): the clerk on duty
 * between applicants, the window's pause, and the rating whenever the clerk starts one. The window is chosen
 * once on the device.
 */
export function PadPage() {
  const windows = useAppStore((s) => s.windows);
  const refreshHall = useAppStore((s) => s.refreshHall);
  const [windowId, setWindowId] = useState(() => localStorage.getItem(PAD_WINDOW_KEY));

  useOnReconnect(refreshHall);
  useHallEvent('hall.changed', refreshHall);

  const window = windows.find((w) => w.id === windowId);
  if (window) return <WindowPad window={window} />;
  return (
    <div className="pad pad-choose">
      <Typography.Title level={2}>{t.chooseWindow}</Typography.Title>
      <div className="pad-window-grid">
        {windows.map((w) => (
          <Button
            key={w.id}
            size="large"
            className="pad-window-button"
            onClick={() => {
              localStorage.setItem(PAD_WINDOW_KEY, w.id);
              setWindowId(w.id);
            }}
          >
            {w.name}
          </Button>
        ))}
      </div>
    </div>
  );
}

/** An open rating comes before the window's state: the applicant is still there even if the clerk paused. */
function WindowPad({ window }: { window: HallWindow }) {
  const { state, submit, notRated } = usePadRating(window.id);
  if (state.phase === 'rating' || state.phase === 'sending') {
    const { request } = state.shown;
    return (
      <RatingScreen
        key={request.id}
        shown={state.shown}
        sending={state.phase === 'sending'}
        retrying={state.phase === 'sending' && state.retrying}
        error={state.phase === 'rating' ? state.error : null}
        onSubmit={(choice) => void submit(request.id, choice)}
        onDecline={() => notRated(request.id, 'declined')}
        onTimeout={() => notRated(request.id, 'timeout')}
      />
    );
  }
  if (state.phase === 'thanks') return <ThanksScreen />;
  if (!window.clerk || window.state === 'closed') return <ClosedScreen windowName={window.name} />;
  if (window.state === 'paused') return <PausedScreen clerk={window.clerk} windowName={window.name} reason={window.pauseReason} />;
  return <WelcomeScreen clerk={window.clerk} windowName={window.name} />;
}
