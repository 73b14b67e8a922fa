import { Tag } from 'antd';
import type { RatingRecord } from '../../../../shared/features/rating/contract';
import { ANOMALY_LABELS } from './labels';
import { RatingTable } from './RatingParts';
import { ratingsText as t } from './text';

/** Ratings the host flagged for a look (bursts of top ratings, ratings while paused); flags, never verdicts. */
export function AnomaliesTable({ records }: { records: RatingRecord[] }) {
  return (
    <RatingTable<RatingRecord>
      rows={records}
      ratingOf={(r) => r}
      empty={t.noAnomalies}
      rest={[
        { title: t.flags, key: 'flags', render: (_: unknown, r) => r.anomalies.map((a) => <Tag key={a} color="orange">{ANOMALY_LABELS[a]}</Tag>) },
        { title: t.device, dataIndex: 'deviceId' },
      ]}
    />
  );
}
