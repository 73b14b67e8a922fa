import { DownloadOutlined } from '@ant-design/icons';
import { App, Badge, Button, DatePicker, Segmented, Space, Tabs } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { hallDay } from '../../../../shared/domain/clock';
import type { FollowUp } from '../../../../shared/features/rating/contract';
import { api } from '../../api/hall';
import { errorText } from '../../app/errors';
import { useHallEvent, useRemote } from '../../app/hooks';
import { AnomaliesTable } from './AnomaliesTable';
import { downloadCsv, ratingsCsv } from './csv';
import { FollowUpForm } from './FollowUpForm';
import { FollowUpTable } from './FollowUpTable';
import { SatisfactionView } from './SatisfactionView';
import { ratingsText as t } from './text';
import './ratings.css';

/** This month so far, in the hall's calendar. */
function thisMonth(): { from: string; to: string } {
  const today = hallDay(Date.now());
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/**
 * 好差评 for the supervisor: satisfaction and the rating rate of a period, the anomalies to look at, the bad
 * ratings to follow up and rectify, and the period's ratings as CSV for the provincial system. Refreshed as
 * ratings arrive.
 */
export function RatingsPanel() {
  const { message } = App.useApp();
  const [range, setRange] = useState(thisMonth);
  const [which, setWhich] = useState<'open' | 'all'>('open');
  const [editing, setEditing] = useState<FollowUp | null>(null);
  const summary = useRemote(() => api.rating.summary(range));
  const followUps = useRemote(() => api.rating.followUps({ open: which === 'open' }));
  useHallEvent('rating.ended', () => {
    summary.reload();
    followUps.reload();
  });

  const shown = summary.data?.from === range.from && summary.data.to === range.to ? summary.data : undefined;
  const overdue = followUps.data?.filter((f) => f.overdue).length ?? 0;

  const exportCsv = async () => {
    try {
      downloadCsv(t.exportFile(range.from, range.to), ratingsCsv(await api.rating.export(range)));
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="ratings-panel">
      <Space wrap>
        {t.range}
        <DatePicker.RangePicker
          allowClear={false}
          value={[dayjs(range.from), dayjs(range.to)]}
          disabledDate={(d: Dayjs) => d.isAfter(dayjs(hallDay(Date.now())), 'day')}
          onChange={(days) => {
            if (!days?.[0] || !days[1]) return;
            setRange({ from: days[0].format('YYYY-MM-DD'), to: days[1].format('YYYY-MM-DD') });
            summary.reload();
          }}
        />
        <Button icon={<DownloadOutlined />} onClick={() => void exportCsv()}>
          {t.export}
        </Button>
      </Space>
      <Tabs
        items={[
          { key: 'satisfaction', label: t.sections.satisfaction, children: shown && <SatisfactionView summary={shown} /> },
          {
            key: 'followUps',
            label: (
              <Badge count={overdue} offset={[10, -2]}>
                {t.sections.followUps}
              </Badge>
            ),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Segmented<'open' | 'all'>
                  value={which}
                  options={[
                    { value: 'open', label: t.openOnly },
                    { value: 'all', label: t.all },
                  ]}
                  onChange={(value) => {
                    setWhich(value);
                    followUps.reload();
                  }}
                />
                <FollowUpTable items={followUps.data ?? []} onOpen={setEditing} />
              </Space>
            ),
          },
          {
            key: 'anomalies',
            label: (
              <Badge count={shown?.anomalies.length ?? 0} color="orange" offset={[10, -2]}>
                {t.sections.anomalies}
              </Badge>
            ),
            children: <AnomaliesTable records={shown?.anomalies ?? []} />,
          },
        ]}
      />
      {editing && (
        <FollowUpForm
          item={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            followUps.reload();
          }}
        />
      )}
    </Space>
  );
}
