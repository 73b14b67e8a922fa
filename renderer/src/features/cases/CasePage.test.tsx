import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HallError } from '../../../../shared/api/errors';
import { hallDay } from '../../../../shared/domain/clock';
import type { CaseDetail } from '../../../../shared/features/intake/contract';
import { bridge } from '../../../test/fake-bridge';
import { CASE_ID, caseDetail, material, renderCases } from './testing';

const PAGE = `/window/cases/${CASE_ID}`;
const callsOf = (method: string) => bridge.calls.filter((c) => c.method === method).map((c) => c.input);

function hostHas(detail: CaseDetail) {
  bridge.handle('intake.get', () => detail);
}

describe('CasePage', () => {
  it('shows the clock in its colour, the applicant in full and the timeline in Chinese', async () => {
    hostHas(
      caseDetail({
        applicant: {
          kind: 'person',
          name: '张三',
          idType: 'resident',
          idNumber: '11010519491231002X',
          creditCode: null,
          contactName: null,
          phone: '13812345678',
          agent: null,
        },
        clock: { limitDays: 3, dueDay: '2099-01-05', elapsed: 5, remaining: -2, suspended: 1, colour: 'red', beyondCalendar: true },
        timeline: [
          { at: Date.UTC(2026, 10, 23, 1, 30), kind: 'intake.submit', staffName: '王丽', jobNumber: '1001', windowName: '1号窗口', deviceId: 'd', detail: { decision: 'accept', documentNumber: 'X审受〔2026〕第010042号' } },
          { at: Date.UTC(2026, 10, 24, 2, 0), kind: 'intake.view', staffName: '李强', jobNumber: '1002', windowName: '2号窗口', deviceId: 'd', detail: null },
        ],
      }),
    );
    renderCases(PAGE);
    const clock = await screen.findByTestId('case-clock');
    expect(clock.getAttribute('data-colour')).toBe('red');
    expect(clock.textContent).toContain('超期2个工作日');
    expect(clock.textContent).toContain('2099-01-05');
    expect(within(clock).getByTestId('beyond-calendar')).toBeTruthy();
    expect(within(screen.getByTestId('applicant')).getByText('11010519491231002X')).toBeTruthy();

    const rows = within(screen.getByTestId('timeline')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/2026-11-24 10:00查阅李强（1002）2号窗口/),
      expect.stringMatching(/2026-11-23 09:30受理登记王丽（1001）1号窗口决定：受理；文书编号：X审受〔2026〕第010042号/),
    ]);
    expect(callsOf('intake.get')).toEqual([{ caseId: CASE_ID }]);
  });

  it('补正 (B) sends only the ticked outstanding materials and puts the host’s message on that row', async () => {
    hostHas(
      caseDetail({
        status: 'notAccepted',
        decision: 'oneTime',
        decisionDetail: { kind: 'oneTime' },
        clock: null,
        materials: [
          material('用地批准手续'),
          material('建设工程规划许可证', { status: 'missing', form: null, copies: 0 }),
          material('施工合同', { status: 'defective', note: '缺少盖章', requiredForm: 'copy', requiredCopies: 2 }),
        ],
      }),
    );
    let refuse = true;
    bridge.handle('intake.supplement', () => {
      if (refuse) throw new HallError('intake/rules', 'refused', { 'materials.0.copies': '份数与要求不符' });
      return caseDetail({ status: 'accepted' });
    });
    renderCases(PAGE);
    await screen.findByText('尚未受理：材料补正齐全之日起计时');
    fireEvent.keyDown(document.body, { key: 'b' });

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByText('用地批准手续')).toBeNull(); // received at intake: nothing to supply
    fireEvent.click(within(dialog).getByLabelText('施工合同'));
    fireEvent.change(within(dialog).getByLabelText('施工合同 份数'), { target: { value: '3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }));

    expect(await within(dialog).findByText('份数与要求不符')).toBeTruthy();
    const row = within(dialog).getByText('份数与要求不符').closest('tr')!;
    expect(within(row).getByText('施工合同')).toBeTruthy();
    expect(callsOf('intake.supplement')).toEqual([{ caseId: CASE_ID, materials: [{ name: '施工合同', form: 'copy', copies: 3 }] }]);

    refuse = false;
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }));
    expect(await screen.findByText('材料已补齐，办件自今日起受理，已出具受理通知书')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('挂起 sends type, reason, approver and start day; 恢复计时 sends the suspension and its end day', async () => {
    const today = hallDay(Date.now());
    hostHas(caseDetail({ acceptedDay: '2026-01-05' }));
    let startRefused = true;
    bridge.handle('intake.suspend', (input) => {
      if (startRefused) throw new HallError('intake/rules', 'refused', { startDay: '挂起开始日不能晚于今天' });
      return caseDetail({ suspensions: [{ id: 'sus-1', type: input.type, reason: input.reason, approver: input.approver, startDay: input.startDay, endDay: null }] });
    });
    bridge.handle('intake.resume', (input) => caseDetail({ suspensions: [{ id: 'sus-1', type: 'expertReview', reason: '组织专家评审', approver: '赵局长', startDay: today, endDay: input.endDay }] }));
    renderCases(PAGE);

    fireEvent.click(await screen.findByRole('button', { name: /挂\s*起/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '挂起类型' }));
    fireEvent.click(await screen.findByTitle('专家论证/评审'));
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '组织专家评审' } });
    fireEvent.change(within(dialog).getByLabelText('批准人'), { target: { value: '赵局长' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }));
    expect(await within(dialog).findByText('挂起开始日不能晚于今天')).toBeTruthy(); // at the start-day field
    expect(within(dialog).queryByTestId('dialog-problem')).toBeNull();

    startRefused = false;
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf('intake.suspend').at(-1)).toEqual({ caseId: CASE_ID, type: 'expertReview', reason: '组织专家评审', approver: '赵局长', startDay: today });

    fireEvent.click(await screen.findByRole('button', { name: '恢复计时' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(callsOf('intake.resume')).toEqual([{ caseId: CASE_ID, suspensionId: 'sus-1', endDay: today }]));
    await waitFor(() => expect(screen.queryByRole('button', { name: '恢复计时' })).toBeNull());
  });

  it('P opens the newest notice; Esc returns to the search the case was opened from', async () => {
    hostHas(
      caseDetail({
        documents: [
          { id: 'doc-old', kind: 'oneTime', number: 'X审受〔2026〕第010041号', issuedAt: 1_000, prints: 1 },
          { id: 'doc-new', kind: 'accept', number: 'X审受〔2026〕第010042号', issuedAt: 2_000, prints: 0 },
        ],
      }),
    );
    const opened = renderCases({ pathname: PAGE, state: { search: '?q=abc', caseId: CASE_ID } });
    await screen.findByTestId('case-clock');
    fireEvent.keyDown(document.body, { key: 'p' });
    expect(screen.getByTestId('where').textContent).toBe('/window/notices/doc-new');
    opened.unmount();

    renderCases({ pathname: PAGE, state: { search: '?q=abc', caseId: CASE_ID } });
    await screen.findByTestId('case-clock');
    bridge.handle('intake.search', () => ({ field: 'name', cases: [] }));
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.getByTestId('where').textContent).toBe('/window/cases?q=abc');
  });

  it('says so when the case cannot be found', async () => {
    bridge.handle('intake.get', () => {
      throw new HallError('intake/not-found', 'No such case', { caseId: '找不到该办件' });
    });
    renderCases(PAGE);
    expect(await screen.findByText('找不到该办件')).toBeTruthy();
  });
});
