import { fireEvent, render as renderDom, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hallDay } from '../../../../shared/domain/clock';
import { badRating, followUp } from './fixtures';
import { bridge } from '../../../test/fake-bridge';
import { RatingsPanel } from './RatingsPanel';

const row = (key: string, label: string, extra: Record<string, unknown> = {}) => ({
  key, label, served: 4, rated: 2, notRated: 1, good: 1, neutral: 0, bad: 1, ratingRate: 0.5, satisfaction: 0.5, ...extra,
});
const summary = ({ from, to }: { from: string; to: string }) => ({
  from, to,
  total: row('all', '合计'),
  byWindow: [row('w1', '1号窗口'), row('w2', '2号窗口', { rated: 0, good: 0, bad: 0, ratingRate: 0, satisfaction: null })],
  byClerk: [row('s1', '王丽（1001）')],
  byMatter: [row('建筑工程施工许可证核发', '建筑工程施工许可证核发')],
  byDay: [row('2026-11-23', '2026-11-23')],
  anomalies: [badRating({ id: 'x1', level: 'verySatisfied', reasons: [], anomalies: ['burst', 'whilePaused'], windowName: '2号窗口' })],
});
const OVERDUE = followUp({ id: '01930000-0000-7000-8000-0000000000f0', overdue: true, rating: badRating({ text: '等了很久' }) });
const ON_TIME = followUp({ rating: badRating({ reasons: ['efficiency'], raterMasked: '李*' }) });

const render = () => renderDom(<App><RatingsPanel /></App>);
const calls = (method: string) => bridge.calls.filter((c) => c.method === method).map((c) => c.input);

beforeEach(() => {
  bridge.handle('rating.summary', summary);
  bridge.handle('rating.followUps', () => [OVERDUE, ON_TIME]);
});

afterEach(() => vi.restoreAllMocks());

describe('RatingsPanel', () => {
  it('asks for this month and shows satisfaction and the rating rate by window, clerk, matter and day', async () => {
    render();
    const windows = await screen.findByRole('table');
    const today = hallDay(Date.now());
    expect(calls('rating.summary')).toEqual([{ from: `${today.slice(0, 8)}01`, to: today }]);
    const cells = (label: string) => [...within(windows).getByText(label).closest('tr')!.cells].map((c) => c.textContent);
    expect(cells('1号窗口')).toEqual(['1号窗口', '4', '2', '1', '1', '0', '1', '50%', '50%']);
    expect(cells('2号窗口')).toEqual(['2号窗口', '4', '0', '1', '0', '0', '0', '0%', '—']);
    fireEvent.click(screen.getByRole('tab', { name: '按工作人员' }));
    expect(await screen.findByText('王丽（1001）')).toBeTruthy();
  });

  it('lists the anomalies with their time, window, clerk and flags', async () => {
    render();
    fireEvent.click(await screen.findByRole('tab', { name: /异常提示/ }));
    const cells = within(await screen.findByText('连续好评间隔过短').then((el) => el.closest('tr')!));
    expect(cells.getByText('窗口暂停期间评价')).toBeTruthy();
    expect(cells.getByText('2026-11-23 09:05:00')).toBeTruthy();
    expect(cells.getByText('王丽（1001）')).toBeTruthy();
    expect(cells.getByText('非常满意')).toBeTruthy();
  });

  it('puts overdue follow-ups first in red and records the follow-up form as entered', async () => {
    bridge.handle('rating.recordFollowUp', (input) => ({ ...OVERDUE, ...input, followedUpAt: 1, closedAt: 1 }));
    render();
    fireEvent.click(await screen.findByRole('tab', { name: /差评回访整改/ }));
    const first = (await screen.findByText('等了很久')).closest('tr')!;
    expect(first.className).toContain('ratings-overdue');
    expect(within(first).getByText('已逾期')).toBeTruthy();
    expect(within(first).getByText('张*（1101**********002X）')).toBeTruthy();
    expect(screen.getByText('李*').closest('tr')!.className).not.toContain('ratings-overdue');

    fireEvent.click(within(first).getByRole('button', { name: /处\s*理/ }));
    const dialog = within(await screen.findByRole('dialog'));
    fireEvent.click(dialog.getByRole('button', { name: /保\s*存/ }));
    expect(await dialog.findByText('请填写回访结果')).toBeTruthy();
    expect(calls('rating.recordFollowUp')).toEqual([]);

    fireEvent.click(dialog.getByText('部分属实'));
    fireEvent.change(dialog.getByLabelText('回访结果'), { target: { value: '已电话回访，申请人表示认可' } });
    fireEvent.change(dialog.getByLabelText('整改措施'), { target: { value: '窗口人员服务规范培训' } });
    fireEvent.change(dialog.getByLabelText('反馈情况'), { target: { value: '已向申请人致歉' } });
    fireEvent.click(dialog.getByRole('checkbox', { name: '整改完成，关闭此项' }));
    fireEvent.click(dialog.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(calls('rating.recordFollowUp')).toEqual([
        {
          id: OVERDUE.id,
          verdict: 'partlyTrue',
          followUpResult: '已电话回访，申请人表示认可',
          measure: '窗口人员服务规范培训',
          feedback: '已向申请人致歉',
          appeal: '',
          close: true,
        },
      ]),
    );
    await waitFor(() => expect(calls('rating.followUps')).toHaveLength(2)); // the list is read again
  });

  it('downloads the period’s ratings as a CSV file', async () => {
    bridge.handle('rating.export', () => [{ ...badRating(), codeGbt39046: 5, codeProvincial: 1 }]);
    // jsdom has no object URLs.
    URL.createObjectURL ??= () => '';
    URL.revokeObjectURL ??= () => undefined;
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:csv');
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^好差评_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.csv$/);
    });
    render();
    fireEvent.click(await screen.findByRole('button', { name: /导出CSV/ }));
    await waitFor(() => expect(clicked).toHaveBeenCalledOnce());
    expect((created.mock.calls[0]![0] as Blob).type).toBe('text/csv;charset=utf-8');
    expect(calls('rating.export')).toEqual(calls('rating.summary'));
  });
});
