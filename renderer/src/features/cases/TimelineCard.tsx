import type { TimelineEntry } from '../../../../shared/features/intake/contract';
import { when } from './format';
import { TableCard } from './TableCard';
import { casesText as t } from './text';

const VALUE_LABELS: Record<string, Record<string, string>> = { decision: t.decisions, type: t.suspensionTypes };

/** The details a clerk can read: document numbers, materials, days; ids and counters stay in the record. */
function detailText(detail: TimelineEntry['detail']): string {
  if (!detail) return '';
  return Object.entries(detail)
    .filter(([key, value]) => t.detailLabels[key] && value !== null && value !== '')
    .map(([key, value]) => {
      const shown = Array.isArray(value) ? value.join('、') : (VALUE_LABELS[key]?.[String(value)] ?? String(value));
      return `${t.detailLabels[key]}：${shown}`;
    })
    .join('；');
}

/** Everything done to the case, newest first: intake, every view of its personal data, prints, changes. */
export function TimelineCard({ timeline }: { timeline: TimelineEntry[] }) {
  // Entries can share a millisecond and a kind; their place keys them.
  const entries = [...timeline].sort((a, b) => b.at - a.at).map((e, i) => ({ ...e, key: i }));
  return (
    <TableCard<TimelineEntry & { key: number }>
      title={t.timeline}
      rowKey="key"
      data-testid="timeline"
      dataSource={entries}
      pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
      columns={[
        { title: t.at, dataIndex: 'at', width: 150, render: (at: number) => when(at) },
        { title: t.event, dataIndex: 'kind', width: 110, render: (kind: string) => t.timelineKinds[kind] ?? kind },
        { title: t.staff, key: 'staff', width: 140, render: (_, e) => (e.staffName ? t.staffOf(e.staffName, e.jobNumber) : t.none) },
        { title: t.window, dataIndex: 'windowName', width: 120, render: (name: string | null) => name ?? t.none },
        { title: t.detail, dataIndex: 'detail', render: (_, e) => detailText(e.detail) },
      ]}
    />
  );
}
