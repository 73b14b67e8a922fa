import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Input, type InputRef } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import './cases.css';
import { CaseResults } from './CaseResults';
import { casesText as t } from './text';

interface DayRange {
  from: string | null;
  to: string | null;
}

/**
 * One box finds a case by whatever the applicant brings (case number, ID, credit code, phone, a name); the host
 * says which key it used. The query lives in the URL, so Esc from a case comes back to the same list.
 */
export function CaseSearchPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const range: DayRange = { from: params.get('from'), to: params.get('to') };
  const [text, setText] = useState(q);
  const input = useRef<InputRef>(null);

  const search = (days: DayRange = range) => {
    const next = new URLSearchParams();
    if (text.trim()) next.set('q', text.trim());
    if (days.from) next.set('from', days.from);
    if (days.to) next.set('to', days.to);
    setParams(next, { replace: true });
  };

  return (
    <div className="case-search">
      <div className="case-search-bar">
        <Input
          ref={input}
          autoFocus
          size="large"
          allowClear
          aria-label={t.searchLabel}
          prefix={<SearchOutlined />}
          placeholder={t.searchPlaceholder}
          maxLength={60}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <DatePicker.RangePicker
          size="large"
          aria-label={t.dayRange}
          placeholder={[t.dayFrom, t.dayTo]}
          allowEmpty={[true, true]}
          value={[range.from ? dayjs(range.from) : null, range.to ? dayjs(range.to) : null]}
          onChange={(days) => search({ from: days?.[0]?.format('YYYY-MM-DD') ?? null, to: days?.[1]?.format('YYYY-MM-DD') ?? null })}
        />
        <Button size="large" type="primary" onClick={() => search()}>
          {t.searchButton}
        </Button>
        <Button size="large" onClick={() => navigate('/window')}>
          {t.backToWorkbench}
        </Button>
      </div>
      {/* A new query mounts a new list: its own load, its own row, no answer to an older query shown late. */}
      <CaseResults key={params.toString()} q={q} {...range} searchBox={input} edited={text.trim() !== q} onSearch={() => search()} />
    </div>
  );
}
