import { Alert, Button, Card, Empty, Layout, message, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { hallTime } from '../../../../shared/domain/clock';
import type { Ticket } from '../../../../shared/features/queue/contract';
import { background } from '../../app/background';
import { errorText } from '../../app/errors';
import { useHallEvent, useNow, useOnReconnect } from '../../app/hooks';
import { StatusBar } from '../../app/StatusBar';
import { appText } from '../../app/text';
import { useAppStore } from '../../store';
import { SignInForm } from './SignInForm';
import { windowText as t } from './text';

/** Keyboard first: a clerk calls hundreds of times a day. */
const SHORTCUTS = { callNext: 'F2' } as const;

export function WindowPage() {
  const session = useAppStore((s) => s.session);
  const restoreSession = useAppStore((s) => s.restoreSession);
  const refreshHall = useAppStore((s) => s.refreshHall);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    void restoreSession('window').finally(() => setRestored(true));
  }, [restoreSession]);
  useOnReconnect(refreshHall);

  return (
    <Layout className="app-layout">
      <Layout.Content className="app-content">
        {restored && (session?.window ? <Workbench /> : <SignInForm scope="window" title={t.signInTitle} withWindow />)}
      </Layout.Content>
      <StatusBar />
    </Layout>
  );
}

function Workbench() {
  const session = useAppStore((s) => s.session);
  const waiting = useAppStore((s) => s.waiting);
  const current = useAppStore((s) => s.current);
  const refreshWindowQueue = useAppStore((s) => s.refreshWindowQueue);
  const callNext = useAppStore((s) => s.callNext);
  const signOut = useAppStore((s) => s.signOut);
  const hostReachable = useAppStore((s) => s.hostReachable);
  const [busy, setBusy] = useState(false);
  // Below the card headers, so a notice never covers the waiting list's title.
  const [notice, noticeHolder] = message.useMessage({ top: 96, maxCount: 2 });

  useOnReconnect(refreshWindowQueue);
  useHallEvent('queue.changed', refreshWindowQueue);

  const onCallNext = useCallback(async () => {
    if (busy || !hostReachable) return;
    setBusy(true);
    try {
      const ticket = await callNext();
      void notice.success(t.calledTo(ticket.number));
    } catch (error) {
      void notice.warning(errorText(error));
    } finally {
      setBusy(false);
    }
  }, [busy, hostReachable, callNext, notice]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === SHORTCUTS.callNext) {
        e.preventDefault();
        void onCallNext();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCallNext]);

  return (
    <div className="workbench">
      {noticeHolder}
      {!hostReachable && (
        <Alert className="workbench-alert" type="error" showIcon message={appText.hostAway.title} description={appText.hostAway.body} />
      )}
      <Card
        className="workbench-current"
        title={t.current}
        extra={
          <Space>
            <Typography.Text type="secondary">{session?.window?.name}</Typography.Text>
            <Button onClick={() => background(signOut())}>{t.signOut}</Button>
          </Space>
        }
      >
        <div className={current ? 'current-number' : 'current-number current-number-empty'} data-testid="current-number">
          {current ? current.number : t.noCurrent}
        </div>
        {current && (
          <div className="current-meta">
            {current.queueName} · {t.takenAt} {hallTime(current.takenAt)} · <Tag>{t.statuses[current.status]}</Tag>
          </div>
        )}
        <Button
          type="primary"
          size="large"
          block
          loading={busy}
          disabled={!hostReachable}
          onClick={() => void onCallNext()}
          className="action-button"
        >
          {t.callNext} <kbd>{SHORTCUTS.callNext}</kbd>
        </Button>
      </Card>
      <Card className="workbench-waiting" title={`${t.waitingList}（${waiting.length}）`}>
        <WaitingTable tickets={waiting} />
      </Card>
    </div>
  );
}

function WaitingTable({ tickets }: { tickets: Ticket[] }) {
  const now = useNow(30_000);
  if (tickets.length === 0) return <Empty description="暂无等候" />;
  return (
    <Table<Ticket>
      size="middle"
      rowKey="id"
      pagination={false}
      dataSource={tickets}
      scroll={{ y: 480 }}
      columns={[
        { title: t.number, dataIndex: 'number', width: 100, render: (n: string) => <strong>{n}</strong> },
        { title: t.queue, dataIndex: 'queueName' },
        { title: t.takenAt, dataIndex: 'takenAt', width: 120, render: (at: number) => hallTime(at) },
        {
          title: t.waited,
          dataIndex: 'takenAt',
          width: 120,
          render: (at: number) => t.minutes(Math.max(0, Math.floor((now - at) / 60_000))),
        },
      ]}
    />
  );
}
