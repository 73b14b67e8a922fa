import { QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Row, Space, Statistic, Table, Tabs, Tooltip as Hint } from 'antd';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RatingSummary } from '../../../../shared/features/rating/contract';
import { statsText } from '../stats/text';
import { ratingsText as t } from './text';

type SummaryRow = RatingSummary['total'];

const percent = statsText.percent;
/** A share as a bar height in per cent; no bar where there is nothing to divide. */
const bar = (share: number | null) => (share === null ? 0 : Math.round(share * 1000) / 10);

/** Satisfaction and the rating rate of the period: totals, a chart by window, and tables by window, clerk, matter and day. */
export function SatisfactionView({ summary }: { summary: RatingSummary }) {
  const { total } = summary;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={16}>
        <Col span={4}><Statistic title={t.served} value={total.served} /></Col>
        <Col span={4}><Statistic title={t.rated} value={total.rated} /></Col>
        <Col span={4}><Statistic title={t.notRated} value={total.notRated} /></Col>
        <Col span={4}><Statistic title={t.bad} value={total.bad} styles={total.bad > 0 ? { content: { color: '#c8102e' } } : undefined} /></Col>
        <Col span={4}><Statistic title={<Hinted title={t.ratingRate} hint={t.ratingRateHint} />} value={percent(total.ratingRate)} /></Col>
        <Col span={4}><Statistic title={<Hinted title={t.satisfaction} hint={t.satisfactionHint} />} value={percent(total.satisfaction)} /></Col>
      </Row>
      <Row gutter={16}>
        <Col span={16}>
          <Tabs
            size="small"
            items={[
              { key: 'window', label: t.byWindow, children: <RowsTable rows={summary.byWindow} /> },
              { key: 'clerk', label: t.byClerk, children: <RowsTable rows={summary.byClerk} /> },
              { key: 'matter', label: t.byMatter, children: <RowsTable rows={summary.byMatter} /> },
              { key: 'day', label: t.byDay, children: <RowsTable rows={summary.byDay} /> },
            ]}
          />
        </Col>
        <Col span={8}>
          <Card size="small" title={t.chartTitle}>
            {summary.byWindow.length === 0 ? (
              <Empty />
            ) : (
              <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 400, height: 260 }}>
                <BarChart data={summary.byWindow.map((r) => ({ name: r.label, satisfaction: bar(r.satisfaction), ratingRate: bar(r.ratingRate) }))}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="name" />
                  <YAxis domain={[0, 100]} />
                  <Tooltip />
                  <Legend />
                  <Bar dataKey="satisfaction" name={t.satisfaction} fill="#237804" maxBarSize={40} isAnimationActive={false} />
                  <Bar dataKey="ratingRate" name={t.ratingRate} fill="#1456b8" maxBarSize={40} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

/** A figure's name, with how it is counted on hover. */
function Hinted({ title, hint }: { title: string; hint: string }) {
  return (
    <Hint title={hint}>
      <span>
        {title} <QuestionCircleOutlined />
      </span>
    </Hint>
  );
}

function RowsTable({ rows }: { rows: SummaryRow[] }) {
  return (
    <Table<SummaryRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t.name, dataIndex: 'label' },
        { title: t.served, dataIndex: 'served' },
        { title: t.rated, dataIndex: 'rated' },
        { title: t.notRated, dataIndex: 'notRated' },
        { title: t.good, dataIndex: 'good' },
        { title: t.neutral, dataIndex: 'neutral' },
        { title: t.bad, dataIndex: 'bad' },
        { title: t.ratingRate, key: 'rr', render: (_: unknown, r) => percent(r.ratingRate) },
        { title: t.satisfaction, key: 'sat', render: (_: unknown, r) => percent(r.satisfaction) },
      ]}
    />
  );
}
