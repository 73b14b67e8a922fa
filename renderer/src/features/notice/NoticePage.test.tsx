import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HallError } from '../../../../shared/api/errors';
import type { CaseMaterial, Decision, DocumentKind, NoticeData } from '../../../../shared/features/intake/contract';
import { bridge } from '../../../test/fake-bridge';
import type { HallBridge } from '../../api/ipc-transport';
import { NoticePage } from './NoticePage';

const DOCUMENT_ID = '01930000-0000-7000-8000-0000000000d1';
const RECEIVED_AT = Date.UTC(2026, 10, 23, 1, 30); // 09:30 in the hall

function material(name: string, status: CaseMaterial['status'], extra: Partial<CaseMaterial> = {}): CaseMaterial {
  const handedIn = status === 'received' || status === 'defective';
  return {
    id: `m-${name}`,
    name,
    status,
    form: handedIn ? 'original' : null,
    copies: handedIn ? 1 : 0,
    note: '',
    requiredForm: 'original',
    requiredCopies: 1,
    required: true,
    deficiencyAllowed: false,
    standard: '加盖单位公章',
    suppliedAt: null,
    ...extra,
  };
}

const DECISIONS: Record<DocumentKind, Decision> = {
  accept: { kind: 'accept' },
  deficiency: { kind: 'deficiency', catchUpBy: '2026-11-25', commitmentSigned: true },
  oneTime: { kind: 'oneTime' },
  refuse: { kind: 'refuse', reason: 'notCompetent', detail: '该项目施工许可由市级部门实施', competentAgency: '云州市住房和城乡建设局' },
};

const NUMBERS: Record<DocumentKind, string> = {
  accept: '云溪审受〔2026〕第010001号',
  deficiency: '云溪审容〔2026〕第010002号',
  oneTime: '云溪审告〔2026〕第010003号',
  refuse: '云溪审不〔2026〕第010004号',
};

/** A notice as the host sends it: personal data already masked. */
function sampleNotice(kind: DocumentKind, overrides: Partial<NoticeData> = {}): NoticeData {
  const accepted = kind === 'accept' || kind === 'deficiency';
  return {
    documentId: DOCUMENT_ID,
    kind,
    documentNumber: NUMBERS[kind],
    caseNumber: '11010520261123010001',
    agencyName: '云溪县行政审批服务局',
    hallName: '云溪县政务服务中心',
    hallPhone: '0571-12345678',
    supervisionPhone: '12345',
    applicant: { name: '张*丰', idLabel: '居民身份证', idMasked: '1101**********002X', contact: '张*丰', phoneMasked: '138****5678', agent: null },
    project: { name: '云溪县第一中学教学楼扩建工程', code: '2026-331002-47-03-012345', location: '城南路88号', scale: '12000平方米' },
    stageName: '施工许可',
    matters: [
      {
        matterId: 'mt1',
        code: 'ZJ-001',
        name: '建筑工程施工许可证',
        department: '住建',
        legalLimitDays: 7,
        promisedLimitDays: 3,
        onTheSpot: false,
        legalBasis: '《建筑法》第八条',
        dueDay: accepted ? '2026-11-26' : null,
      },
    ],
    materials: [
      material('建筑工程施工许可申请表', 'received'),
      material('施工合同、监理合同', kind === 'oneTime' ? 'defective' : 'received', { form: 'copy', note: kind === 'oneTime' ? '监理合同未盖章' : '' }),
      material('质量安全措施资料', kind === 'deficiency' ? 'deferred' : 'received', { deficiencyAllowed: true, standard: '建设单位盖章' }),
      material('建设资金落实证明', kind === 'oneTime' ? 'missing' : 'received', { standard: '资金到位承诺或银行证明' }),
      material('授权委托书及受托人身份证明', 'missing', { required: false, standard: '委托代办时提交' }),
    ],
    receivedAt: RECEIVED_AT,
    acceptedDay: accepted ? '2026-11-23' : null,
    expectedCompletionDay: accepted ? '2026-11-26' : null,
    beyondCalendar: false,
    decision: DECISIONS[kind],
    delivery: { method: 'inPerson', address: null },
    clerk: { name: '王丽', jobNumber: '1001' },
    window: { number: 2, name: '2号窗口' },
    issuedAt: RECEIVED_AT,
    prints: 0,
    ...overrides,
  };
}

/** The host's side of printing: each recordPrint counts one more print of the notice. */
function serve(notice: NoticeData): { prints: () => number } {
  let prints = notice.prints;
  bridge.handle('intake.notice', () => notice);
  bridge.handle('intake.recordPrint', () => ({ prints: ++prints }));
  return { prints: () => prints };
}

function renderPage(from = '/window/cases/c1') {
  return render(
    <App>
      <MemoryRouter initialEntries={[from, `/window/notices/${DOCUMENT_ID}`]} initialIndex={1}>
        <Routes>
          <Route path="/window/notices/:documentId" element={<NoticePage />} />
          <Route path="/window/cases/:caseId" element={<p>办件详情</p>} />
        </Routes>
      </MemoryRouter>
    </App>,
  );
}

async function sheets(): Promise<HTMLElement[]> {
  await screen.findAllByTestId('notice-qr'); // the QR is drawn asynchronously; printing waits for it
  return screen.getAllByTestId('notice-sheet');
}

const text = (el: HTMLElement) => el.textContent ?? '';
const printButton = () => screen.getByRole('button', { name: /打\s*印/ });
const native = () => window.hallBridge as HallBridge;

/** What every notice carries (DOMAIN §2). */
function expectCommonFields(sheet: HTMLElement, notice: NoticeData): void {
  const content = text(sheet);
  for (const value of [
    notice.agencyName,
    notice.documentNumber,
    notice.caseNumber,
    '张*丰',
    '居民身份证',
    '1101**********002X',
    '138****5678',
    notice.project.name,
    notice.project.code,
    '施工许可',
    '建筑工程施工许可证',
    '2026年11月23日 09:30', // intake time, in the hall's time zone
    '7个工作日',
    '3个工作日',
    '王丽（工号1001）',
    '2号窗口',
    '拨打大厅电话0571-12345678',
    '12345（政务服务便民热线）',
    '申请人（签字或盖章）',
    '签收时间',
  ]) {
    expect(content, value).toContain(value);
  }
  // The material table: name / original or copy / copies / status.
  const table = within(sheet).getByRole('columnheader', { name: '原件/复印件' }).closest('table')!;
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.map((r) => r.querySelector('td:nth-child(2)')?.textContent)).toEqual(notice.materials.map((m) => m.name));
  expect(text(rows[0]!)).toBe('1建筑工程施工许可申请表原件1已收');
  expect(text(rows[4]!)).toContain('未提交（非必要）');
  // A dashed stamping place with the agency's name; never an image of a seal.
  expect(within(sheet).getByTestId('notice-seal').getAttribute('aria-label')).toBe('云溪县行政审批服务局盖章处');
  expect(within(sheet).getAllByRole('img')).toHaveLength(1);
  expect(content).toContain('2026年11月23日');
}

beforeEach(() => {
  vi.spyOn(window, 'print').mockImplementation(() => {});
});

afterEach(() => {
  delete native().print;
  vi.restoreAllMocks();
});

describe('the four notices', () => {
  it('受理通知书: every field, the case number as a QR code, the expected completion day', async () => {
    const notice = sampleNotice('accept');
    serve(notice);
    renderPage();
    const [sheet, ...more] = await sheets();
    expect(more).toHaveLength(0);
    expect(within(sheet!).getByRole('heading', { level: 1 }).textContent).toBe('受理通知书');
    expectCommonFields(sheet!, notice);
    const qr = within(sheet!).getByTestId('notice-qr') as HTMLImageElement;
    expect(qr.src).toMatch(/^data:image\/png;base64,/);
    expect(qr.alt).toBe('办件编号11010520261123010001');
    expect(text(screen.getByTestId('notice-completion'))).toContain('2026年11月26日');
    expect(text(sheet!)).toContain('第三十二条第一款第（五）项');
    expect(text(sheet!)).toContain('窗口领取');
    expect(screen.queryByTestId('notice-reprint')).toBeNull();
  });

  it('says the completion day may move when it lies beyond the published calendar, and shows an EMS address', async () => {
    serve(sampleNotice('accept', { beyondCalendar: true, expectedCompletionDay: '2027-01-08', delivery: { method: 'ems', address: '云溪县城南路88号' } }));
    renderPage();
    const [sheet] = await sheets();
    expect(text(screen.getByTestId('notice-completion'))).toContain('2027年1月8日');
    expect(text(screen.getByTestId('notice-completion'))).toContain('次年节假日安排公布后可能调整');
    expect(text(sheet!)).toContain('EMS邮寄：云溪县城南路88号');
  });

  it('容缺受理通知书: two copies (第一联/第二联), then the 承诺书 with the catch-up day and signature lines', async () => {
    const notice = sampleNotice('deficiency');
    serve(notice);
    renderPage();
    const [first, second, commitment, ...more] = await sheets();
    expect(more).toHaveLength(0);
    for (const [sheet, copy] of [
      [first!, '第一联申请人留存'],
      [second!, '第二联受理窗口存档'],
    ] as const) {
      expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe('容缺受理通知书');
      expect(text(sheet)).toContain(copy);
      expectCommonFields(sheet, notice);
      expect(text(within(sheet).getByTestId('notice-catch-up'))).toContain('请于2026年11月25日前');
      expect(text(sheet)).toContain('本次申请终止办理');
      expect(within(sheet).getByText('容缺', { selector: 'td' })).toBeTruthy();
    }
    expect(commitment!.dataset.kind).toBe('commitment');
    expect(within(commitment!).getByRole('heading', { level: 1 }).textContent).toBe('容缺受理承诺书');
    const promise = text(commitment!);
    for (const part of [
      '于2026年11月25日前（含当日）补齐下列容缺材料',
      '本次申请终止办理',
      '质量安全措施资料',
      '建设单位盖章',
      '原件1份',
      '承诺人（签字或盖章）',
      '法定代表人或委托代理人（签字）',
      notice.documentNumber,
      '受理人员：王丽（工号1001）',
    ]) {
      expect(promise, part).toContain(part);
    }
  });

  it('一次性告知书: every missing or defective material with its standard, the legal basis, the 5-day rule', async () => {
    const notice = sampleNotice('oneTime');
    serve(notice);
    renderPage();
    const [sheet] = await sheets();
    expect(within(sheet!).getByRole('heading', { level: 1 }).textContent).toBe('一次性告知书');
    expectCommonFields(sheet!, notice);
    expect(screen.getAllByTestId('notice-lacking').map(text)).toEqual([
      '1施工合同、监理合同不符合要求：监理合同未盖章原件1份加盖单位公章',
      '2建设资金落实证明缺少原件1份资金到位承诺或银行证明',
    ]);
    const content = text(sheet!);
    expect(content).toContain('《建筑法》第八条');
    expect(content).toContain('5日内一次性告知');
    expect(content).toContain('本申请暂不予受理');
    expect(text(screen.getByTestId('notice-completion'))).toContain('受理后另行告知');
  });

  it('不予受理通知书: the reason, the competent agency and the right to 行政复议 or 行政诉讼', async () => {
    const notice = sampleNotice('refuse');
    serve(notice);
    renderPage();
    const [sheet] = await sheets();
    expect(within(sheet!).getByRole('heading', { level: 1 }).textContent).toBe('不予受理通知书');
    expectCommonFields(sheet!, notice);
    const content = text(sheet!);
    expect(content).toContain('该申请事项依法不属于本机关职权范围');
    expect(content).toContain('第三十二条第一款第（二）项');
    expect(text(screen.getByTestId('notice-refusal-detail'))).toBe('该项目施工许可由市级部门实施');
    expect(content).toContain('云州市住房和城乡建设局（请向该机关提出申请）');
    expect(content).toContain('六十日内依法申请行政复议');
    expect(content).toContain('六个月内依法向人民法院提起行政诉讼');
    expect(text(screen.getByTestId('notice-completion'))).toContain('不适用');
  });
});

describe('printing', () => {
  it('records the print before printing, and marks every later paper 补打', async () => {
    const host = serve(sampleNotice('accept'));
    const seen: Array<{ recorded: number; reprint: boolean }> = [];
    vi.mocked(window.print).mockImplementation(() => {
      seen.push({ recorded: host.prints(), reprint: screen.queryByTestId('notice-reprint') !== null });
    });
    renderPage();
    await sheets();
    expect(screen.getByTestId('notice-pdf-hint').textContent).toContain('另存为 PDF');

    fireEvent.click(printButton());
    await waitFor(() => expect(seen).toEqual([{ recorded: 1, reprint: false }]));
    // The next paper would be a reprint: the preview says so already.
    await waitFor(() => expect(screen.queryByTestId('notice-reprint')).not.toBeNull());
    expect(screen.getByTestId('notice-prints').textContent).toContain('已打印1次');

    fireEvent.click(screen.getByRole('button', { name: /保存PDF/ }));
    await waitFor(() => expect(seen).toEqual([{ recorded: 1, reprint: false }, { recorded: 2, reprint: true }]));
    expect(bridge.calls.filter((c) => c.method === 'intake.recordPrint').map((c) => c.input)).toEqual([
      { documentId: DOCUMENT_ID },
      { documentId: DOCUMENT_ID },
    ]);
  });

  it('marks the very first print of a notice printed before as 补打', async () => {
    serve(sampleNotice('refuse', { prints: 2 }));
    let reprint = false;
    vi.mocked(window.print).mockImplementation(() => (reprint = screen.queryByTestId('notice-reprint') !== null));
    renderPage();
    await sheets();
    fireEvent.keyDown(window, { key: 'Enter' });
    await waitFor(() => expect(window.print).toHaveBeenCalledTimes(1));
    expect(reprint).toBe(true);
  });

  it('prints nothing when the print cannot be recorded', async () => {
    serve(sampleNotice('accept'));
    bridge.handle('intake.recordPrint', () => {
      throw new HallError('api/unreachable', 'Host away');
    });
    renderPage();
    await sheets();
    fireEvent.click(printButton());
    expect((await screen.findByTestId('notice-outcome')).textContent).toContain('无法连接大厅主机');
    expect(window.print).not.toHaveBeenCalled();
  });

  it('inside Electron prints and saves the PDF through the bridge, named by the document number', async () => {
    const notice = sampleNotice('deficiency');
    const host = serve(notice);
    const order: string[] = [];
    native().print = vi.fn(async (request) => {
      order.push(`${request.target} after ${host.prints()} recorded`);
      return request.target === 'pdf' ? { outcome: 'saved' as const, path: '/home/clerk/文档/x.pdf' } : { outcome: 'printed' as const };
    });
    renderPage();
    await sheets();
    expect(screen.queryByTestId('notice-pdf-hint')).toBeNull();

    fireEvent.click(printButton());
    expect((await screen.findByTestId('notice-outcome')).textContent).toContain('已发送到打印机');
    fireEvent.click(screen.getByRole('button', { name: /保存PDF/ }));
    await waitFor(() => expect(screen.getByTestId('notice-outcome').textContent).toContain('已保存：/home/clerk/文档/x.pdf'));

    expect(native().print).toHaveBeenNthCalledWith(1, { target: 'printer' });
    expect(native().print).toHaveBeenNthCalledWith(2, { target: 'pdf', fileName: notice.documentNumber });
    expect(order).toEqual(['printer after 1 recorded', 'pdf after 2 recorded']);
    expect(window.print).not.toHaveBeenCalled();
  });

  it('says when the print dialog was cancelled or the printer failed', async () => {
    serve(sampleNotice('accept'));
    native().print = vi.fn().mockResolvedValueOnce({ outcome: 'cancelled' }).mockResolvedValueOnce({ outcome: 'failed', message: 'Print job failed' });
    renderPage();
    await sheets();
    fireEvent.click(printButton());
    expect((await screen.findByTestId('notice-outcome')).textContent).toContain('已取消打印');
    fireEvent.click(printButton());
    await waitFor(() => expect(screen.getByTestId('notice-outcome').textContent).toBe('打印失败：Print job failed'));
  });
});

describe('keys', () => {
  it('Enter and Ctrl+P print (the browser’s own print would skip the log); Enter on a button is the button’s', async () => {
    serve(sampleNotice('accept'));
    renderPage();
    await sheets();
    const ctrlP = new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true, cancelable: true });
    window.dispatchEvent(ctrlP);
    expect(ctrlP.defaultPrevented).toBe(true);
    await waitFor(() => expect(window.print).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(printButton().hasAttribute('disabled')).toBe(false));
    fireEvent.keyDown(window, { key: 'Enter' });
    await waitFor(() => expect(window.print).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(printButton().hasAttribute('disabled')).toBe(false));
    fireEvent.keyDown(screen.getByRole('button', { name: /返\s*回/ }), { key: 'Enter' });
    await new Promise((r) => setTimeout(r, 20));
    expect(window.print).toHaveBeenCalledTimes(2);
  });

  it('Esc goes back to where the notice was opened from', async () => {
    serve(sampleNotice('accept'));
    renderPage();
    await sheets();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(await screen.findByText('办件详情')).toBeTruthy();
  });

  it('shows why a notice cannot be shown, and still offers the way back', async () => {
    bridge.handle('intake.notice', () => {
      throw new HallError('intake/not-found', 'No such notice', { documentId: '找不到该文书' });
    });
    renderPage();
    expect((await screen.findByText('文书加载失败')).closest('[role="alert"]')?.textContent).toContain('找不到该文书');
    expect(printButton().hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /返\s*回/ }));
    expect(await screen.findByText('办件详情')).toBeTruthy();
  });
});
