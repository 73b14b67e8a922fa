import { Card, Col, DatePicker, Empty, Row, Space, Statistic, Table, Tabs } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatsRow } from '../../../../shared/features/queue/contract';
import { hallDay } from '../../../../shared/domain/clock';
import { api } from '../../api/hall';
import { useRemote } from '../../app/hooks';
import { statsText as t } from './text';

/** The supervisor's view of a day's queue: totals, a chart by hour, and tables per queue, window and clerk. */
export function StatsPanel() {
  const [day, setDay] = useState(() => hallDay(Date.now()));
  const { data: stats, reload } = useRemote(() => api.queue.stats({ day }), 30_000);
  const shown = stats?.day === day ? stats : undefined;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="stats-panel">
      <Space>
        {t.day}
        <DatePicker
          allowClear={false}
          value={dayjs(day)}
          disabledDate={(d: Dayjs) => d.isAfter(dayjs(hallDay(Date.now())), 'day')}
          onChange={(d) => {
            if (!d) return;
            setDay(d.format('YYYY-MM-DD'));
            reload();
          }}
        />
      </Space>
      {shown && (
        <>
          <Row gutter={16}>
            <Col span={4}><Statistic title={t.issued} value={shown.total.issued} /></Col>
            <Col span={4}><Statistic title={t.waitingNow} value={shown.total.waitingNow} /></Col>
            <Col span={4}><Statistic title={t.avgWait} value={t.minutes(shown.total.wait.averageMinutes)} /></Col>
            <Col span={4}><Statistic title={t.p90Wait} value={t.minutes(shown.total.wait.p90Minutes)} /></Col>
            <Col span={4}><Statistic title={t.noShowRate} value={t.percent(shown.noShowRate)} /></Col>
            <Col span={4}><Statistic title={t.over30} value={shown.total.waitsOver30} /></Col>
          </Row>
          <div>{t.appointmentLine(shown.appointments.booked, shown.appointments.checkedIn, shown.appointments.noShows)}</div>
          <Card title={t.byHour} size="small">
            {shown.byHour.length === 0 ? (
              <Empty />
            ) : (
              <ResponsiveContainer width="100%" height={240}>
                <ComposedChart data={shown.byHour.map((r) => ({ hour: r.label, issued: r.issued, wait: r.wait.averageMinutes ?? 0 }))}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="hour" />
                  <YAxis yAxisId="count" allowDecimals={false} />
                  <YAxis yAxisId="minutes" orientation="right" />
                  <Tooltip />
                  <Legend />
                  <Bar yAxisId="count" dataKey="issued" name={t.chartIssued} fill="#1456b8" isAnimationActive={false} />
                  <Line yAxisId="minutes" dataKey="wait" name={t.chartWait} stroke="#f5a623" strokeWidth={2} isAnimationActive={false} />
                </ComposedChart>
              </ResponsiveContainer>
            )}
          </Card>
          <Tabs
            items={[
              { key: 'queue', label: t.byQueue, children: <RowsTable rows={shown.byQueue} /> },
              { key: 'window', label: t.byWindow, children: <RowsTable rows={shown.byWindow} /> },
              { key: 'clerk', label: t.byClerk, children: <RowsTable rows={shown.byClerk} /> },
              { key: 'hour', label: t.byHour, children: <RowsTable rows={shown.byHour} /> },
            ]}
          />
        </>
      )}
    </Space>
  );
}

function RowsTable({ rows }: { rows: StatsRow[] }) {
  return (
    <Table<StatsRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t.name, dataIndex: 'label' },
        { title: t.issued, dataIndex: 'issued' },
        { title: t.served, dataIndex: 'served' },
        { title: t.noShows, dataIndex: 'noShows' },
        { title: t.waitingNow, dataIndex: 'waitingNow' },
        { title: t.avgWait, key: 'aw', render: (_: unknown, r) => t.minutes(r.wait.averageMinutes) },
        { title: t.p90Wait, key: 'pw', render: (_: unknown, r) => t.minutes(r.wait.p90Minutes) },
        { title: t.avgService, key: 'as', render: (_: unknown, r) => t.minutes(r.service.averageMinutes) },
        { title: t.p90Service, key: 'ps', render: (_: unknown, r) => t.minutes(r.service.p90Minutes) },
        { title: t.over30, dataIndex: 'waitsOver30' },
      ]}
    />
  );
}
