import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter, Route, Routes, useNavigate, useParams } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { HallError } from '../../../../shared/api/errors';
import { CALENDAR_2026 } from '../../../../shared/domain/calendar-2026';
import { bridge } from '../../../test/fake-bridge';
import { useAppStore } from '../../store';
import { IntakePage } from './IntakePage';

const TICKET_ID = '01930000-0000-7000-8000-0000000000c1';
const material = (name: string, form: 'original' | 'copy' | 'either', copies: number, deficiencyAllowed = false) => ({
  id: name, name, form, copies, required: true, deficiencyAllowed, standard: '加盖单位公章',
});
const matter = (id: string, name: string, promisedLimitDays: number, materials: ReturnType<typeof material>[]) => ({
  id, code: id, name, department: '住建', legalLimitDays: 7, promisedLimitDays, onTheSpot: false, legalBasis: '《建筑法》第八条', materials,
});
const PERMIT = matter('m-permit', '建筑工程施工许可证', 3, [
  material('施工许可申请表', 'original', 1),
  material('用地批准手续', 'copy', 1),
  material('质量安全措施资料', 'original', 1, true),
]);
// Lists 用地批准手续 again, asking for two copies: the union keeps one line with the most copies.
const FIRE = matter('m-fire', '特殊建设工程消防设计审查', 10, [material('消防设计文件', 'original', 1), material('用地批准手续', 'copy', 2)]);
const CATALOG = {
  version: 1,
  publishedAt: 0,
  stages: [
    { id: 'stage-1', code: 'S1', name: '立项用地规划许可', matters: [] },
    { id: 'stage-3', code: 'S3', name: '施工许可', matters: [PERMIT, FIRE] },
  ],
};
const BOOKED = { name: '张伟', idNumber: '11010519491231002X', phone: '13812345678' };
const PROJECT = { name: '云溪县第一中学教学楼扩建工程', code: '2026-331002-47-03-012345', location: '云溪县城南路88号', scale: '总建筑面积12000平方米' };

/** The notice page's place; its back goes one step back in history, as the notice page's Esc does. */
function NoticeProbe() {
  const navigate = useNavigate();
  return (
    <button data-testid="notice" onClick={() => void navigate(-1)}>
      {useParams().documentId}
    </button>
  );
}

function renderIntake(url = `/window/intake?ticket=${TICKET_ID}`) {
  return render(
    <App>
      <MemoryRouter initialEntries={['/window', url]}>
        <Routes>
          <Route path="/window" element={<div data-testid="workbench" />} />
          <Route path="/window/intake" element={<IntakePage />} />
          <Route path="/window/notices/:documentId" element={<NoticeProbe />} />
        </Routes>
      </MemoryRouter>
    </App>,
  );
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
/** The form item around a field: where its message is shown. */
const itemOf = (label: string) => field(label).closest('.ant-form-item') as HTMLElement;
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
const rows = () => [...document.querySelectorAll<HTMLElement>('.intake-materials tr.ant-table-row')];
const pressed = (row: HTMLElement) => within(row).queryAllByRole('button', { pressed: true }).map((b) => b.textContent);
const press = (target: Element | Window, key: string, extra: Partial<KeyboardEventInit> = {}) => fireEvent.keyDown(target, { key, ...extra });
const submitCalls = () => bridge.calls.filter((c) => c.method === 'intake.submit');

async function chooseMatters() {
  fireEvent.click(screen.getByRole('radio', { name: '施工许可' }));
  fireEvent.click(screen.getByRole('checkbox', { name: /建筑工程施工许可证/ }));
  fireEvent.click(screen.getByRole('checkbox', { name: /特殊建设工程消防设计审查/ }));
  await waitFor(() => expect(rows()).toHaveLength(4));
}

/** Marks every line by keyboard, starting on the first row: each key marks its row and moves to the next. */
function markByKeys(keys: string[]) {
  act(() => rows()[0]!.focus());
  for (const key of keys) press(document.activeElement!, key);
}

function fillProject() {
  for (const [label, value] of [['项目名称', PROJECT.name], ['投资项目代码', PROJECT.code], ['建设地点', PROJECT.location], ['建设规模', PROJECT.scale]]) type(label!, value!);
}

beforeEach(() => {
  useAppStore.setState({ status: { configured: true, hall: { name: '大厅', areaCode: '110105', phone: '1' }, serviceDay: '2026-11-23', serverTime: 0 } });
  bridge.handle('catalog.current', () => CATALOG);
  bridge.handle('catalog.calendar', () => ({ ...CALENDAR_2026, holidays: [...CALENDAR_2026.holidays], workdays: [...CALENDAR_2026.workdays], years: [2026], sampleYears: [] }));
  bridge.handle('intake.prefill', () => ({ ticketNumber: 'Y001', stageId: 'stage-3', applicant: BOOKED }));
  bridge.handle('intake.lookupApplicant', () => ({ latest: null, cases: 0, blacklisted: null }));
});

describe('IntakePage', () => {
  it('starts from the ticket: its stage, the appointment’s applicant, and the applicant’s latest case on request', async () => {
    bridge.handle('intake.lookupApplicant', () => ({ latest: { applicant: { kind: 'person', ...BOOKED, idType: 'resident', creditCode: null, contactName: null, agent: null }, project: PROJECT }, cases: 2, blacklisted: null }));
    renderIntake();
    expect((await screen.findByTestId('intake-ticket')).textContent).toBe('排队号 Y001');
    expect(bridge.calls.find((c) => c.method === 'intake.prefill')?.input).toEqual({ ticketId: TICKET_ID });
    expect(field('姓名').value).toBe('张伟');
    expect(field('证件号码').value).toBe('11010519491231002X');
    expect(field('联系电话').value).toBe('13812345678');
    expect((screen.getByRole('radio', { name: '施工许可' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('checkbox', { name: /建筑工程施工许可证/ }).closest('label')?.textContent).toContain('承诺 3 个工作日 · 法定 7 个工作日');

    expect(await screen.findByText('该申请人有 2 件历史办件')).toBeTruthy();
    expect(bridge.calls.find((c) => c.method === 'intake.lookupApplicant')?.input).toEqual({ key: '11010519491231002X' });
    expect(field('项目名称').value).toBe('');
    press(window, 'f', { altKey: true });
    expect(field('项目名称').value).toBe(PROJECT.name);
    expect(field('投资项目代码').value).toBe(PROJECT.code);
  });

  it('shows a mistyped ID number at its field, does not look it up, and submits nothing', async () => {
    renderIntake('/window/intake');
    expect((await screen.findByTestId('intake-ticket')).textContent).toBe('未关联排队号');
    type('证件号码', '110105194912310021');
    expect(itemOf('证件号码').textContent).not.toContain('校验位'); // not while the clerk is still typing
    fireEvent.blur(field('证件号码'));
    expect(itemOf('证件号码').textContent).toContain('身份证号码校验位不正确');

    press(window, 'Enter', { ctrlKey: true });
    expect(await screen.findByTestId('intake-summary')).toBeTruthy();
    expect(document.activeElement).toBe(field('证件号码')); // the first field to fix, going down the screen
    expect(submitCalls()).toHaveLength(0);
    expect(bridge.calls.some((c) => c.method === 'intake.lookupApplicant')).toBe(false);
  });

  it('marks materials from the keyboard: row by row, with the note, form and copies', async () => {
    renderIntake();
    await screen.findByTestId('intake-ticket');
    await chooseMatters();
    markByKeys(['s', 'q']);
    expect(pressed(rows()[0]!)).toEqual(['收到']);
    expect(pressed(rows()[1]!)).toEqual(['缺少']);
    expect(document.activeElement).toBe(rows()[2]);

    press(rows()[2]!, 'b'); // defective: the note opens for what is wrong
    const note = screen.getByLabelText('3 说明');
    expect(document.activeElement).toBe(note);
    fireEvent.change(note, { target: { value: '缺少公章' } });
    press(note, 'Enter');
    expect(document.activeElement).toBe(rows()[3]);

    press(rows()[3]!, 'ArrowUp');
    press(rows()[2]!, 'f'); // handed in as a copy, not the original asked for
    press(rows()[2]!, '2');
    expect(pressed(rows()[2]!)).toEqual(['不符']);
    expect(within(rows()[2]!).getByRole('button', { name: '复印件' })).toBeTruthy();
    expect((within(rows()[2]!).getByLabelText('3 份数') as HTMLInputElement).value).toBe('2');
    expect(screen.getByRole('note', { name: '材料核验按键' }).textContent).toContain('R容缺');
  });

  it('answers 容缺 where the rules forbid it, at the line', async () => {
    renderIntake();
    await screen.findByTestId('intake-ticket');
    await chooseMatters();
    markByKeys(['s', 's', 's', 'q']);
    press(rows()[3]!, 'r'); // 消防设计文件 may not be 容缺
    expect(rows()[3]!.textContent).toContain('该材料不允许容缺');
    expect(pressed(rows()[3]!)).toEqual(['缺少']);

    press(window, '2', { altKey: true });
    expect(rows()[3]!.textContent).toContain('必要材料缺少时不能容缺受理');
    expect(rows()[0]!.textContent).not.toContain('容缺受理');
    expect(itemOf('申请人已签署承诺书').textContent).toContain('请在申请人签署承诺书后勾选');
    press(window, 'Enter', { ctrlKey: true });
    await screen.findByTestId('intake-summary');
    expect(submitCalls()).toHaveLength(0);
  });

  it('puts the host’s refusal on the fields it names, until the clerk changes them', async () => {
    bridge.handle('intake.submit', () => {
      throw new HallError('intake/rules', 'The intake does not meet the rules of its decision', {
        'applicant.idNumber': '该证件已挂失',
        'materials.1.status': '该材料已过有效期',
      });
    });
    renderIntake();
    await screen.findByTestId('intake-ticket');
    fillProject();
    await chooseMatters();
    markByKeys(['s', 's', 's', 's']);
    press(window, '1', { altKey: true });
    press(window, 'Enter', { ctrlKey: true });

    await waitFor(() => expect(itemOf('证件号码').textContent).toContain('该证件已挂失'));
    expect(rows()[1]!.textContent).toContain('该材料已过有效期');
    expect(screen.getByTestId('intake-summary').textContent).toBe('受理信息不符合规定：该证件已挂失；该材料已过有效期');
    expect(document.activeElement).toBe(field('证件号码'));
    type('证件号码', '11010519491231002x');
    await waitFor(() => expect(itemOf('证件号码').textContent).not.toContain('该证件已挂失'));
    expect(rows()[1]!.textContent).toContain('该材料已过有效期');
  });

  it('sends the intake as marked, with the default catch-up day, and opens its notice', async () => {
    bridge.handle('intake.submit', () => ({ id: 'case-1', documents: [{ id: 'doc-1', kind: 'deficiency', number: 'X审容〔2026〕第010001号', issuedAt: 0, prints: 0 }] }));
    renderIntake();
    await screen.findByTestId('intake-ticket');
    type('联系电话', '138-1234-5678');
    fillProject();
    await chooseMatters();
    markByKeys(['s', 's', 'r', ' ']);
    press(window, '2', { altKey: true });
    expect((document.getElementById('intake-decision-catchUpBy') as HTMLInputElement).value).toBe('2026-11-26'); // 3 working days
    fireEvent.click(screen.getByRole('checkbox', { name: '申请人已签署承诺书' }));
    press(window, 'Enter', { ctrlKey: true });

    expect((await screen.findByTestId('notice', {}, { timeout: 5000 })).textContent).toBe('doc-1');
    expect(submitCalls().map((c) => c.input)).toEqual([
      {
        ticketId: TICKET_ID,
        applicant: { kind: 'person', name: '张伟', idType: 'resident', idNumber: '11010519491231002X', phone: '13812345678', agent: null },
        project: PROJECT,
        stageId: 'stage-3',
        matterIds: ['m-permit', 'm-fire'],
        materials: [
          { name: '施工许可申请表', status: 'received', form: 'original', copies: 1, note: '' },
          { name: '用地批准手续', status: 'received', form: 'copy', copies: 2, note: '' },
          { name: '质量安全措施资料', status: 'deferred', form: null, copies: 0, note: '' },
          { name: '消防设计文件', status: 'received', form: 'original', copies: 1, note: '' },
        ],
        decision: { kind: 'deficiency', catchUpBy: '2026-11-26', commitmentSigned: true },
        delivery: { method: 'inPerson' },
      },
    ]);
    // The notice took the form's place: back from it is the workbench, not the form again for the same ticket.
    fireEvent.click(screen.getByTestId('notice'));
    expect(await screen.findByTestId('workbench')).toBeTruthy();
  });

  it('keeps a blacklisted applicant from 容缺受理 and says why', async () => {
    bridge.handle('intake.lookupApplicant', () => ({ latest: null, cases: 0, blacklisted: '2026年被列入严重失信主体名单' }));
    renderIntake();
    expect((await screen.findByTestId('blacklisted')).textContent).toContain('信用黑名单：2026年被列入严重失信主体名单');
    expect((screen.getByRole('radio', { name: /容缺受理/ }) as HTMLInputElement).disabled).toBe(true);
    press(window, '2', { altKey: true });
    expect((screen.getByRole('radio', { name: /容缺受理/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('asks before Esc throws away what was typed', async () => {
    renderIntake();
    await screen.findByTestId('intake-ticket');
    type('建设地点', '云溪县');
    press(window, 'Escape');
    fireEvent.click(await screen.findByRole('button', { name: '放弃并返回' }));
    expect(await screen.findByTestId('workbench')).toBeTruthy();
  });
});
