import { Alert, Button, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { background } from '../../app/background';
import { errorText } from '../../app/errors';
import { useHallEvent, useOnReconnect } from '../../app/hooks';
import { appText } from '../../app/text';
import { useAppStore } from '../../store';
import { CurrentTicket, enabledActions } from './CurrentTicket';
import { CallNumberDialog, PauseDialog, TransferDialog } from './dialogs';
import { actionForKey, keyName, PLACES, placeForKey, type Place, type ShortcutAction } from './shortcuts';
import { windowText as t } from './text';
import { RatingInvite } from './RatingInvite';
import { WaitingPanel } from './WaitingPanel';

type Dialog = 'transfer' | 'callNumber' | 'pause' | null;

/** The clerk's screen at a window: the current ticket with its actions, and the window's waiting lists. */
export function Workbench() {
  const session = useAppStore((s) => s.session);
  const windows = useAppStore((s) => s.windows);
  const queues = useAppStore((s) => s.queues);
  const waiting = useAppStore((s) => s.waiting);
  const current = useAppStore((s) => s.current);
  const hostReachable = useAppStore((s) => s.hostReachable);
  const { refreshWindowQueue, refreshQueues, refreshHall, act, callNumber, transfer, setWindow, pause, signOut } = useAppStore.getState();
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  // The last action's outcome, shown in the ticket card: nothing floats over the waiting list.
  const [notice, setNotice] = useState<{ type: 'success' | 'warning'; text: string } | null>(null);
  const window = windows.find((w) => w.id === session?.window?.id);
  const navigate = useNavigate();

  // At mount too: signing in has just opened the window, so the window list is out of date.
  useOnReconnect(() => Promise.all([refreshWindowQueue(), refreshQueues(), refreshHall()]));
  useHallEvent('queue.changed', refreshWindowQueue);
  useHallEvent('hall.changed', refreshHall);

  // A key pressed while an action is still finishing is kept and run next (clerks type ahead), then
  // judged against the state as it is by then.
  const inFlight = useRef(false);
  const typedAhead = useRef<ShortcutAction | null>(null);
  const onActionRef = useRef<(action: ShortcutAction) => void>(() => {});

  const run = useCallback(async (work: () => Promise<unknown>, done?: string) => {
    inFlight.current = true;
    setBusy(true);
    setNotice(null);
    try {
      await work();
      if (done) setNotice({ type: 'success', text: done });
      setDialog(null);
    } catch (error) {
      setNotice({ type: 'warning', text: errorText(error) });
    } finally {
      inFlight.current = false;
      setBusy(false);
      const next = typedAhead.current;
      typedAhead.current = null;
      if (next) onActionRef.current(next);
    }
  }, []);

  const onAction = useCallback(
    (action: ShortcutAction) => {
      if (inFlight.current) {
        typedAhead.current = action;
        return;
      }
      const state = useAppStore.getState();
      const myWindow = state.windows.find((w) => w.id === state.session?.window?.id);
      if (!state.hostReachable || dialog) return;
      if (!enabledActions(state.current, myWindow).has(action)) return;
      if (action === 'transfer' || action === 'callNumber') return setDialog(action);
      if (action === 'pause') return myWindow?.state === 'paused' ? void run(() => setWindow('resume')) : setDialog('pause');
      void run(async () => {
        const ticket = await act(action);
        setNotice({ type: 'success', text: action === 'callNext' ? t.calledTo(ticket.number) : t.done(ticket.number, t.actions[action]) });
      });
    },
    [dialog, run, act, setWindow],
  );
  useEffect(() => {
    onActionRef.current = onAction;
  }, [onAction]);

  // The intake takes the ticket being served along, so the case records it and the form starts from it.
  const go = useCallback(
    (place: Place) => {
      const serving = useAppStore.getState().current;
      const ticket = serving?.status === 'serving' ? `?ticket=${serving.id}` : '';
      void navigate(place === 'intake' ? `/window/intake${ticket}` : '/window/cases');
    },
    [navigate],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const key = keyName(e);
      const place = placeForKey(key);
      const action = actionForKey(key);
      if (!place && !action) return;
      e.preventDefault();
      if (action) onAction(action);
      else if (place && !dialog) go(place);
    };
    globalThis.addEventListener('keydown', onKey);
    return () => globalThis.removeEventListener('keydown', onKey);
  }, [onAction, go, dialog]);

  const header = (
    <Space className="workbench-bar">
      <Typography.Text strong>{session?.window?.name}</Typography.Text>
      {window && <Tag color={window.state === 'paused' ? 'orange' : window.state === 'closed' ? 'default' : 'green'}>{t.windowStates[window.state]}</Tag>}
      {window?.state === 'closed' ? (
        <Button type="primary" onClick={() => void run(() => setWindow('open'))}>
          {t.actions.open}
        </Button>
      ) : (
        <Button disabled={Boolean(current)} onClick={() => void run(() => setWindow('close'))}>
          {t.actions.close}
        </Button>
      )}
      <Button onClick={() => background(signOut())}>{t.signOut}</Button>
    </Space>
  );

  return (
    <div className="workbench">
      <div className="workbench-alert workbench-header">{header}</div>
      {!hostReachable && <Alert className="workbench-alert" type="error" showIcon message={appText.hostAway.title} description={appText.hostAway.body} />}
      {window?.state === 'paused' && (
        <Alert className="workbench-alert" type="warning" showIcon message={`${t.windowStates.paused}：${window.pauseReason ?? ''}`} />
      )}
      <CurrentTicket current={current} window={window} busy={busy} hostReachable={hostReachable} onAction={onAction}>
        <div className="action-grid">
          {(Object.keys(PLACES) as Place[]).map((place) => (
            <Button key={place} size="large" onClick={() => go(place)}>
              {t.places[place]} <kbd>{PLACES[place]}</kbd>
            </Button>
          ))}
        </div>
        {session?.window && <RatingInvite windowId={session.window.id} />}
        {notice && <Alert className="workbench-notice" type={notice.type} showIcon message={notice.text} data-testid="action-notice" />}
      </CurrentTicket>
      <WaitingPanel tickets={waiting} queues={queues} />
      <TransferDialog open={dialog === 'transfer'} onCancel={() => setDialog(null)} onSubmit={(target) => run(() => transfer(target))} />
      <CallNumberDialog open={dialog === 'callNumber'} onCancel={() => setDialog(null)} onSubmit={(n) => run(() => callNumber(n), t.calledTo(n))} />
      <PauseDialog open={dialog === 'pause'} onCancel={() => setDialog(null)} onSubmit={(reason) => run(() => pause(reason))} />
    </div>
  );
}
