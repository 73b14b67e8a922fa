import { Alert, Empty, Table, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { CaseSummary } from '../../../../shared/features/intake/contract';
import { api } from '../../api/hall';
import { errorText } from '../../app/errors';
import { useHallEvent, useRemote } from '../../app/hooks';
import { dayAndMinute } from './format';
import { isPageKey, useKeyDown } from './keys';
import { ClockTag, StatusTag } from './tags';
import { casesText as t } from './text';

const LIMIT = 50;

/** What the search hands the case page, and the case page hands back on Esc. */
export interface SearchReturn {
  search: string;
  caseId: string;
}

interface Props {
  q: string;
  from: string | null;
  to: string | null;
  searchBox: RefObject<InputRef | null>;
  /** The box holds something other than what this list answers. */
  edited: boolean;
  onSearch: () => void;
}

/** The answer to one query, driven from the keyboard: ↑/↓ choose a case, Enter opens it, Esc leaves. */
export function CaseResults({ q, from, to, searchBox, edited, onSearch }: Props) {
  const navigate = useNavigate();
  const location = useLocation();
  const [activeId, setActiveId] = useState(() => (location.state as SearchReturn | null)?.caseId ?? null);
  const list = useRef<HTMLDivElement>(null);
  const { data, error, loading, reload } = useRemote(() => api.intake.search({ q, from, to, limit: LIMIT }));
  useHallEvent('intake.caseChanged', reload);

  const cases = data?.cases ?? [];
  const active = Math.max(0, cases.findIndex((c) => c.id === activeId));
  const open = (c: CaseSummary) => navigate(`/window/cases/${c.id}`, { state: { search: location.search, caseId: c.id } satisfies SearchReturn });

  useKeyDown((e) => {
    if (e.target !== searchBox.current?.input && !isPageKey(e)) return;
    if (e.key === 'Escape') return void navigate('/window');
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = cases[Math.min(cases.length - 1, Math.max(0, active + (e.key === 'ArrowDown' ? 1 : -1)))];
      if (next) setActiveId(next.id);
      return;
    }
    if (e.key !== 'Enter') return;
    e.preventDefault();
    // Enter searches what was typed; once the list answers it, Enter opens the chosen case.
    const chosen = cases[active];
    if (edited || !chosen) onSearch();
    else open(chosen);
  });

  useEffect(() => {
    list.current?.querySelector('.case-row-active')?.scrollIntoView?.({ block: 'nearest' });
  }, [active, data]);

  const empty =
    data?.field === 'recent' && !from && !to ? (
      t.noCases
    ) : (
      <>
        <div>{t.noResult(q)}</div>
        <div className="case-muted">{t.tryInstead}</div>
      </>
    );

  return (
    <>
      <div className="case-search-meta">
        {data && (
          <Typography.Text strong data-testid="search-field">
            {data.field === 'recent' && (from || to) ? t.byDays : t.fields[data.field]}
          </Typography.Text>
        )}
        {/* The days stay with the next query typed: say so, or a clerk wonders where older cases went. */}
        {data && (from || to) && <span data-testid="search-days">{t.days(from, to)}</span>}
        {data && <span>{t.found(cases.length)}</span>}
        {cases.length === LIMIT && <Typography.Text type="warning">{t.capped(LIMIT)}</Typography.Text>}
        <span className="case-keys">{t.searchKeys}</span>
      </div>
      {error !== undefined && <Alert type="error" showIcon title={errorText(error)} />}
      <div className="case-results" ref={list}>
        <Table<CaseSummary>
          rowKey="id"
          tableLayout="fixed"
          pagination={false}
          loading={loading}
          dataSource={cases}
          locale={{ emptyText: data ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> : ' ' }}
          rowClassName={(_, i) => (i === active ? 'case-row case-row-active' : 'case-row')}
          onRow={(c, i) => ({ onClick: () => open(c), 'aria-selected': i === active })}
          columns={[
            { title: t.columns.number, dataIndex: 'number', width: 230, className: 'case-number-cell' },
            {
              title: t.columns.applicant,
              key: 'applicant',
              width: 200,
              render: (_, c) => (
                <>
                  <div className="case-ellipsis">{c.applicantName}</div>
                  <div className="case-muted">{c.applicantKey}</div>
                </>
              ),
            },
            { title: t.columns.project, dataIndex: 'projectName', ellipsis: true },
            {
              title: t.columns.matters,
              key: 'matters',
              width: 210,
              render: (_, c) => (
                <>
                  <div className="case-ellipsis">{c.stageName}</div>
                  <div className="case-muted case-ellipsis">{c.matterNames.join('、')}</div>
                </>
              ),
            },
            {
              title: t.columns.receivedAt,
              dataIndex: 'receivedAt',
              width: 120,
              render: (at: number) => {
                const [day, minute] = dayAndMinute(at);
                return (
                  <>
                    <div>{day}</div>
                    <div className="case-muted">{minute}</div>
                  </>
                );
              },
            },
            { title: t.columns.status, dataIndex: 'status', width: 180, render: (_, c) => <StatusTag status={c.status} /> },
            { title: t.columns.clock, dataIndex: 'clock', width: 170, render: (_, c) => <ClockTag clock={c.clock} /> },
          ]}
        />
      </div>
    </>
  );
}
