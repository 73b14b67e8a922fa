import { fireEvent, render as renderDom, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import type { ReactElement } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { HallError } from '../../../../shared/api/errors';
import { bridge } from '../../../test/fake-bridge';
import { KioskPage } from './KioskPage';

const QUEUE_A = { id: '01930000-0000-7000-8000-00000000000a', prefix: 'A', name: '立项用地规划', role: 'normal', waiting: 2 };
const QUEUE_C = { id: '01930000-0000-7000-8000-00000000000c', prefix: 'C', name: '施工许可', role: 'normal', waiting: 0 };
const QUEUE_Y = { id: '01930000-0000-7000-8000-00000000000f', prefix: 'Y', name: '预约', role: 'appointment', waiting: 0 };
const issued = (number: string, queueId: string, extra: Record<string, unknown> = {}) => ({
  id: '01930000-0000-7000-8000-0000000000c1', number, queueId, queueName: '施工许可', serviceDay: '2026-11-23', status: 'waiting',
  priority: 'none', idMasked: null, appointment: false, targetWindowId: null, takenAt: Date.UTC(2026, 10, 23, 1, 5),
  calledAt: null, startedAt: null, finishedAt: null, recalls: 0, windowId: null, windowName: null, ahead: 3,
  estimatedWaitMinutes: 15, hallName: '云溪县政务服务中心', hallPhone: '0571-1', ...extra,
});

const render = (ui: ReactElement) => renderDom(<App>{ui}</App>);

beforeEach(() => {
  bridge.handle('queue.queues', () => [QUEUE_A, QUEUE_C, QUEUE_Y]);
  bridge.handle('queue.printTicket', () => ({ printer: 'tcp://127.0.0.1:9100' }));
  bridge.handle('printers.mine', () => ({ configured: true, paperWidth: 58 }));
  bridge.handle('hall.status', () => ({ configured: true, hall: { name: '云溪县政务服务中心', areaCode: '110105', phone: '0571-1' }, serviceDay: '2026-11-23', serverTime: 0 }));
  bridge.handle('hall.windows', () => []);
});

describe('KioskPage', () => {
  it('shows one large button per queue with its waiting count', async () => {
    render(<KioskPage />);
    expect(await screen.findByRole('button', { name: 'A 立项用地规划' })).toBeTruthy();
    expect(screen.getByText('A · 等候 2 人')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'C 施工许可' })).toBeTruthy();
    // The appointment queue is reached by checking in, not by a button of its own.
    expect(screen.queryByRole('button', { name: 'Y 预约' })).toBeNull();
  });

  it('takes a number in the tapped queue and shows the ticket', async () => {
    bridge.handle('queue.issueTicket', ({ queueId }) => issued('C001', queueId));
    render(<KioskPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'C 施工许可' }));
    expect((await screen.findByTestId('ticket-number')).textContent).toBe('C001');
    const shown = within(screen.getByTestId('ticket'));
    expect(shown.getByText('前方等待 3 人')).toBeTruthy();
    expect(shown.getByText('预计等候约 15 分钟')).toBeTruthy();
    expect(shown.getByText(/取号时间 09:05/)).toBeTruthy(); // the hall's time (UTC+8), not the test machine's
    // The preview is the printed ticket itself.
    expect(screen.getByLabelText('打印预览').textContent).toContain('C001');
    expect(bridge.calls.find((c) => c.method === 'queue.issueTicket')?.input).toEqual({ queueId: QUEUE_C.id, idNumber: null, priority: null });
    await waitFor(() => expect(screen.getByTestId('print-status').textContent).toBe('号票已打印，请取走'));
  });

  it('shows a print failure, keeps the ticket and prints again on request', async () => {
    bridge.handle('queue.issueTicket', ({ queueId }) => issued('A003', queueId));
    let attempts = 0;
    bridge.handle('queue.printTicket', () => {
      attempts += 1;
      if (attempts === 1) throw new HallError('printer/timeout', 'The printer did not take the job');
      return { printer: 'tcp://printer:9100' };
    });
    render(<KioskPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'A 立项用地规划' }));
    await waitFor(() => expect(screen.getByTestId('print-status').textContent).toBe('打印机无响应，请检查纸张和打印机状态后重新打印'));
    expect(screen.getByTestId('ticket-number').textContent).toBe('A003');
    fireEvent.click(screen.getByRole('button', { name: '重新打印' }));
    await waitFor(() => expect(screen.getByTestId('print-status').textContent).toBe('号票已打印，请取走'));
    expect(attempts).toBe(2);
  });

  it('sends the ID typed on the keypad and the chosen priority with the ticket', async () => {
    bridge.handle('queue.issueTicket', ({ queueId }) => issued('A001', queueId, { priority: 'elderly', idMasked: '1101**********002X' }));
    render(<KioskPage />);
    fireEvent.click(await screen.findByRole('button', { name: '身份证号（可选）' }));
    for (const key of '11010519491231002') fireEvent.click(screen.getAllByRole('button', { name: key }).at(-1)!);
    fireEvent.click(screen.getByRole('button', { name: 'X' }));
    fireEvent.click(screen.getByRole('button', { name: /确\s*定/ }));
    expect(await screen.findByText('身份证 1101**********002X')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '优先办理' }));
    fireEvent.click(await screen.findByRole('button', { name: '老年人优先' }));
    fireEvent.click(screen.getByRole('button', { name: 'A 立项用地规划' }));
    await screen.findByTestId('ticket-number');
    expect(bridge.calls.find((c) => c.method === 'queue.issueTicket')?.input).toEqual({
      queueId: QUEUE_A.id,
      idNumber: '11010519491231002X',
      priority: 'elderly',
    });
  });

  it('updates waiting counts live from queue.changed events', async () => {
    render(<KioskPage />);
    await screen.findByText('A · 等候 2 人');
    bridge.emit('queue.changed', { queues: [{ ...QUEUE_A, waiting: 5 }, QUEUE_C] });
    await waitFor(() => expect(screen.getByText('A · 等候 5 人')).toBeTruthy());
  });

  it('says in Chinese why a number could not be taken', async () => {
    bridge.handle('queue.issueTicket', () => {
      throw new HallError('queue/hall-not-set-up', 'The hall is not set up yet');
    });
    render(<KioskPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'A 立项用地规划' }));
    await waitFor(() => expect(document.querySelector('.ant-modal-confirm')?.textContent).toContain('大厅尚未完成设置'));
    expect(screen.queryByTestId('ticket-number')).toBeNull();
  });

  it('does not try to print on a kiosk without a printer, and says to note the number', async () => {
    bridge.handle('printers.mine', () => ({ configured: false, paperWidth: null }));
    bridge.handle('queue.issueTicket', ({ queueId }) => issued('B001', queueId));
    render(<KioskPage />);
    await waitFor(() => expect(bridge.calls.some((c) => c.method === 'printers.mine')).toBe(true));
    fireEvent.click(await screen.findByRole('button', { name: 'A 立项用地规划' }));
    await screen.findByTestId('ticket-number');
    expect(screen.getByTestId('print-status').textContent).toBe('请记下您的号码，留意叫号屏幕和语音提示');
    expect(bridge.calls.some((c) => c.method === 'queue.printTicket')).toBe(false);
  });
});
