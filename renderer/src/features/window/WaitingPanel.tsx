import { Card, Empty, Table, Tabs, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { hallTime } from '../../../../shared/domain/clock';
import type { QueueInfo, Ticket } from '../../../../shared/features/queue/contract';
import { PRIORITY_LABELS } from '../../../../shared/features/queue/labels';
import { useNow } from '../../app/hooks';
import { windowText as t } from './text';

const LONG_WAIT_MINUTES = 30;

/** The waiting list of every queue the window serves, in calling order, one tab per queue. */
export function WaitingPanel({ tickets, queues }: { tickets: Ticket[]; queues: QueueInfo[] }) {
  const [tab, setTab] = useState('all');
  const served = useMemo(() => queues.filter((q) => tickets.some((x) => x.queueId === q.id)), [queues, tickets]);
  const shown = tab === 'all' ? tickets : tickets.filter((x) => x.queueId === tab);
  return (
    <Card className="workbench-waiting" title={`${t.waitingList}（${tickets.length}）`}>
      <Tabs
        size="small"
        activeKey={served.some((q) => q.id === tab) ? tab : 'all'}
        onChange={setTab}
        items={[
          { key: 'all', label: `${t.all} ${tickets.length}` },
          ...served.map((q) => ({ key: q.id, label: `${q.prefix} ${q.name} ${tickets.filter((x) => x.queueId === q.id).length}` })),
        ]}
      />
      <WaitingTable tickets={shown} />
    </Card>
  );
}

function WaitingTable({ tickets }: { tickets: Ticket[] }) {
  const now = useNow(30_000);
  if (tickets.length === 0) return <Empty description={t.emptyWaiting} />;
  return (
    <Table<Ticket>
      size="middle"
      rowKey="id"
      pagination={false}
      dataSource={tickets}
      scroll={{ y: 'calc(100vh - 330px)' }}
      columns={[
        { title: t.number, dataIndex: 'number', width: 90, render: (n: string) => <strong>{n}</strong> },
        { title: t.queue, dataIndex: 'queueName', ellipsis: true },
        {
          title: t.category,
          key: 'category',
          width: 130,
          render: (_: unknown, x) =>
            x.priority === 'none' ? null : <Tag color={x.priority === 'appointment' ? 'blue' : 'orange'}>{PRIORITY_LABELS[x.priority]}</Tag>,
        },
        { title: t.takenAt, dataIndex: 'takenAt', width: 100, render: (at: number) => hallTime(at).slice(0, 5) },
        {
          title: t.waited,
          dataIndex: 'takenAt',
          key: 'waited',
          width: 100,
          render: (at: number) => {
            const minutes = Math.max(0, Math.floor((now - at) / 60_000));
            return <span className={minutes >= LONG_WAIT_MINUTES ? 'long-wait' : undefined}>{t.minutes(minutes)}</span>;
          },
        },
      ]}
    />
  );
}
