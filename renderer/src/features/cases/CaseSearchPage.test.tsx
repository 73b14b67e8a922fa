import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bridge } from '../../../test/fake-bridge';
import { caseSummary, renderCases } from './testing';

const A = caseSummary({ id: '01930000-0000-7000-8000-00000000000a', number: '33100220261123010001', applicantName: '张三' });
const B = caseSummary({ id: '01930000-0000-7000-8000-00000000000b', number: '33100220261123010002', applicantName: '李四' });
const C = caseSummary({
  id: '01930000-0000-7000-8000-00000000000c',
  number: '33100220261123010003',
  applicantName: '王五',
  clock: { limitDays: 3, dueDay: '2026-11-20', elapsed: 5, remaining: -2, suspended: 0, colour: 'red', beyondCalendar: false },
});

const searches = () => bridge.calls.filter((c) => c.method === 'intake.search').map((c) => c.input);
const selectedRow = () => screen.getAllByRole('row').find((r) => r.getAttribute('aria-selected') === 'true');

describe('CaseSearchPage', () => {
  it('lists the newest cases, then searches what was typed on Enter and says which key the host used', async () => {
    bridge.handle('intake.search', ({ q }) => (q ? { field: 'idNumber', cases: [B] } : { field: 'recent', cases: [A, B] }));
    renderCases('/window/cases');
    expect((await screen.findByTestId('search-field')).textContent).toBe('最近受理的办件');
    const box = screen.getByLabelText('查询内容');
    expect(document.activeElement).toBe(box);

    fireEvent.change(box, { target: { value: ' 11010519491231002X ' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('search-field').textContent).toBe('按身份证件号码查找'));
    expect(searches().at(-1)).toEqual({ q: '11010519491231002X', from: null, to: null, limit: 50 });
    expect(screen.queryByText('张三')).toBeNull();
    expect(screen.getByText('李四')).toBeTruthy();
    expect(screen.getByTestId('where').textContent).toBe('/window/cases?q=11010519491231002X');
  });

  it('moves the row with ↑/↓, opens the chosen case with Enter, and shows the overdue clock in red', async () => {
    bridge.handle('intake.search', () => ({ field: 'recent', cases: [A, B, C] }));
    bridge.handle('intake.get', () => new Promise(() => {}));
    renderCases('/window/cases');
    await screen.findByText('王五');
    const overdue = within(screen.getAllByRole('row')[3]!).getByTestId('clock');
    expect(overdue.getAttribute('data-colour')).toBe('red');
    expect(overdue.textContent).toContain('超期2个工作日');

    const box = screen.getByLabelText('查询内容');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' }); // stays on the last row
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(within(selectedRow()!).getByText('李四')).toBeTruthy();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.getByTestId('where').textContent).toBe(`/window/cases/${B.id}`);
    expect(searches()).toHaveLength(1); // Enter opened the case; it did not search again
  });

  it('goes back to the workbench with Esc', async () => {
    bridge.handle('intake.search', () => ({ field: 'recent', cases: [A] }));
    renderCases('/window/cases');
    await screen.findByText('张三');
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.getByTestId('where').textContent).toBe('/window');
  });

  it('takes the query and days from the address, and says what to try when nothing matches', async () => {
    bridge.handle('intake.search', () => ({ field: 'name', cases: [] }));
    renderCases('/window/cases?q=%E4%BA%91%E6%BA%AA&from=2026-11-01&to=2026-11-30');
    expect(await screen.findByText('没有找到与“云溪”相符的办件')).toBeTruthy();
    expect(screen.getByText(/可以试试/)).toBeTruthy();
    expect(searches()).toEqual([{ q: '云溪', from: '2026-11-01', to: '2026-11-30', limit: 50 }]);
    expect((screen.getByLabelText('查询内容') as HTMLInputElement).value).toBe('云溪');
    // The days narrow this query too, and the page says so.
    expect(screen.getByTestId('search-field').textContent).toBe('按申请人或项目名称查找');
    expect(screen.getByTestId('search-days').textContent).toBe('受理日期 2026-11-01 至 2026-11-30');
  });

  it('says the days were the key when only days were given', async () => {
    bridge.handle('intake.search', () => ({ field: 'recent', cases: [A] }));
    renderCases('/window/cases?from=2026-11-23');
    await screen.findByText('张三');
    expect(screen.getByTestId('search-field').textContent).toBe('按受理日期查找');
    expect(screen.getByTestId('search-days').textContent).toBe('受理日期 2026-11-23 至 不限');
  });

  it('says the hall has no cases yet when the newest list is empty', async () => {
    bridge.handle('intake.search', () => ({ field: 'recent', cases: [] }));
    renderCases('/window/cases');
    expect(await screen.findByText('还没有受理过办件。受理新办件请回到工作台。')).toBeTruthy();
  });
});
