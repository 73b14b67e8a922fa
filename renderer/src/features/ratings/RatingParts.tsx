import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Level, RatingRecord } from '../../../../shared/features/rating/contract';
import { when } from './csv';
import { LEVEL_LABELS, NOT_RATED_LABELS, REASON_LABELS } from './labels';
import { ratingsText as t } from './text';

const LEVEL_COLORS: Record<Level, string> = {
  verySatisfied: 'green',
  satisfied: 'green',
  basic: 'blue',
  dissatisfied: 'orange',
  veryDissatisfied: 'red',
};

/** The level as the applicant pressed it, or why there is none. */
export function LevelTag({ rating }: { rating: RatingRecord }) {
  if (!rating.level) return <Tag>{rating.notRatedReason ? NOT_RATED_LABELS[rating.notRatedReason] : '—'}</Tag>;
  return <Tag color={LEVEL_COLORS[rating.level]}>{LEVEL_LABELS[rating.level]}</Tag>;
}

export function ReasonsAndText({ rating }: { rating: RatingRecord }) {
  return (
    <>
      {rating.reasons.map((r) => (
        <Tag key={r}>{REASON_LABELS[r]}</Tag>
      ))}
      {rating.text && <Typography.Text>{rating.text}</Typography.Text>}
    </>
  );
}

/**
 * A list of ratings: the list's leading columns, then when, where, by whom served and the level, then the
 * list's own columns.
 */
export function RatingTable<T extends { id: string }>(props: {
  rows: T[];
  ratingOf: (row: T) => RatingRecord;
  lead?: TableColumnsType<T>;
  rest: TableColumnsType<T>;
  empty: string;
  rowClassName?: (row: T) => string;
}) {
  const { rows, ratingOf } = props;
  return (
    <Table<T>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: props.empty }}
      rowClassName={props.rowClassName}
      columns={[
        ...(props.lead ?? []),
        { title: t.at, key: 'at', width: 170, render: (_: unknown, row) => when(ratingOf(row).ratedAt) },
        { title: t.window, key: 'window', render: (_: unknown, row) => ratingOf(row).windowName },
        { title: t.clerk, key: 'clerk', render: (_: unknown, row) => `${ratingOf(row).clerk.name}（${ratingOf(row).clerk.jobNumber}）` },
        { title: t.level, key: 'level', render: (_: unknown, row) => <LevelTag rating={ratingOf(row)} /> },
        ...props.rest,
      ]}
    />
  );
}
