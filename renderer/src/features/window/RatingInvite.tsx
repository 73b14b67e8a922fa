import { Alert, Button, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/hall';
import { errorText } from '../../app/errors';
import { useHallEvent, useOnReconnect } from '../../app/hooks';
import { keyName, RATE_KEY } from './shortcuts';
import { windowText as t } from './text';

/**
 * The clerk invites the applicant to rate on the window's pad (好差评). The clerk's screen only starts and
 * withdraws the invitation: it never offers a level, and it is told that a rating came in, not what it was.
 */
export function RatingInvite({ windowId }: { windowId: string }) {
  const [waiting, setWaiting] = useState(false);
  const [outcome, setOutcome] = useState<{ type: 'success' | 'info' | 'warning'; text: string } | null>(null);

  const refresh = useCallback(async () => {
    // Host away: the reconnect asks again.
    const open = await api.rating.open({ windowId }).catch(() => undefined);
    if (open !== undefined) setWaiting(open !== null);
  }, [windowId]);
  useOnReconnect(refresh);
  useHallEvent('rating.requested', (request) => request.windowId === windowId && setWaiting(true));
  useHallEvent('rating.ended', (ended) => {
    if (ended.windowId !== windowId) return;
    setWaiting(false);
    setOutcome(ended.level ? { type: 'success', text: t.rating.rated } : { type: 'info', text: t.rating.notRated });
  });

  const invite = useCallback(async () => {
    setOutcome(null);
    try {
      await api.rating.request({ step: null, caseId: null });
      setWaiting(true);
    } catch (error) {
      setOutcome({ type: 'warning', text: errorText(error) });
    }
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (keyName(e) !== RATE_KEY) return;
      e.preventDefault();
      if (!waiting) void invite();
    };
    globalThis.addEventListener('keydown', onKey);
    return () => globalThis.removeEventListener('keydown', onKey);
  }, [invite, waiting]);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {waiting ? (
        <Space>
          <Alert type="info" showIcon message={t.rating.waiting} data-testid="rating-waiting" />
          <Button onClick={() => void api.rating.cancel({}).catch((error: unknown) => setOutcome({ type: 'warning', text: errorText(error) }))}>
            {t.rating.withdraw}
          </Button>
        </Space>
      ) : (
        <Button size="large" block onClick={() => void invite()}>
          {t.rating.invite} <kbd>{RATE_KEY}</kbd>
        </Button>
      )}
      {outcome && <Alert type={outcome.type} showIcon message={outcome.text} data-testid="rating-outcome" />}
    </Space>
  );
}
