import { Button, Tag } from 'antd';
import type { FollowUp } from '../../../../shared/features/rating/contract';
import { RatingTable, ReasonsAndText } from './RatingParts';
import { ratingsText as t } from './text';

function StatusTag({ item }: { item: FollowUp }) {
  if (item.closedAt !== null) return <Tag>{t.statuses.closed}</Tag>;
  if (item.overdue) return <Tag color="red">{t.statuses.overdue}</Tag>;
  return item.followedUpAt === null ? <Tag color="orange">{t.statuses.waiting}</Tag> : <Tag color="blue">{t.statuses.rectifying}</Tag>;
}

/** The follow-up items of real-name bad ratings; the host lists overdue ones first, and they are shown in red. */
export function FollowUpTable({ items, onOpen }: { items: FollowUp[]; onOpen: (item: FollowUp) => void }) {
  return (
    <RatingTable<FollowUp>
      rows={items}
      ratingOf={(item) => item.rating}
      empty={t.noFollowUps}
      rowClassName={(item) => (item.overdue ? 'ratings-overdue' : '')}
      lead={[{ title: t.status, key: 'status', width: 90, render: (_: unknown, item) => <StatusTag item={item} /> }]}
      rest={[
        { title: t.reasonsAndText, key: 'reasons', render: (_: unknown, item) => <ReasonsAndText rating={item.rating} /> },
        { title: t.rater, key: 'rater', render: (_: unknown, item) => item.rating.raterMasked ?? '—' },
        { title: t.followUpDue, dataIndex: 'followUpDue', width: 110 },
        { title: t.rectifyDue, dataIndex: 'rectifyDue', width: 110 },
        {
          title: '',
          key: 'open',
          width: 80,
          render: (_: unknown, item) => (
            <Button size="small" type={item.closedAt === null ? 'primary' : 'default'} onClick={() => onOpen(item)}>
              {item.closedAt === null ? t.handle : t.view}
            </Button>
          ),
        },
      ]}
    />
  );
}
