import { Avatar, Button, Result, Typography } from 'antd';
import { useState } from 'react';
import { useHallEvent, useOnReconnect } from '../../app/hooks';
import { useAppStore } from '../../store';
import { padText as t } from './text';

const PAD_WINDOW_KEY = 'onewindow.pad.window';

/**
 * The evaluation pad at a window: here its idle welcome with the clerk on duty. Rating itself comes with the
 * rating feature; the pad is bound to one window, chosen once on the device.
 */
export function PadPage() {
  const windows = useAppStore((s) => s.windows);
  const refreshHall = useAppStore((s) => s.refreshHall);
  const [windowId, setWindowId] = useState(() => localStorage.getItem(PAD_WINDOW_KEY));

  useOnReconnect(refreshHall);
  useHallEvent('hall.changed', refreshHall);

  const window = windows.find((w) => w.id === windowId);
  if (!window) {
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
  if (!window.clerk || window.state === 'closed' || window.state === 'paused') {
    return (
      <div className="pad">
        <Result status="info" title={<span className="pad-title">{t.closed}</span>} subTitle={window.name} />
      </div>
    );
  }
  return (
    <div className="pad" data-testid="pad-welcome">
      <Typography.Title className="pad-title">{t.welcome}</Typography.Title>
      <Avatar size={160} className="pad-avatar">
        {window.clerk.name.slice(0, 1)}
      </Avatar>
      <div className="pad-clerk">
        {t.serving} <strong>{window.clerk.name}</strong>
      </div>
      <div className="pad-meta">
        {t.jobNumber} {window.clerk.jobNumber} · {window.name}
      </div>
      <Typography.Paragraph className="pad-hint">{t.hint}</Typography.Paragraph>
    </div>
  );
}
