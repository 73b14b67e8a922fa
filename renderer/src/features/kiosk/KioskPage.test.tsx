import { fireEvent, render as renderDom, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import type { ReactElement } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { HallError } from '../../../../shared/api/errors';
import { bridge } from '../../../test/fake-bridge';
import { KioskPage } from './KioskPage';

const QUEUE_A = { id: '01930000-0000-7000-8000-00000000000a', prefix: 'A', name: '立项用地规划', waiting: 2 };
const QUEUE_C = { id: '01930000-0000-7000-8000-00000000000c', prefix: 'C', name: '施工许可', waiting: 0 };

const render = (ui: ReactElement) => renderDom(<App>{ui}</App>);

beforeEach(() => {
  bridge.handle('queue.queues', () => [QUEUE_A, QUEUE_C]);
  bridge.handle('hall.status', () => ({ configured: true, hall: { name: '云溪县政务服务中心', areaCode: '110105', phone: '0571-1' }, serviceDay: '2026-11-23', serverTime: 0 }));
  bridge.handle('hall.windows', () => []);
});

describe('KioskPage', () => {
  it('shows one large button per queue with its waiting count', async () => {
    render(<KioskPage />);
    expect(await screen.findByRole('button', { name: 'A 立项用地规划' })).toBeTruthy();
    expect(screen.getByText('A · 等候 2 人')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'C 施工许可' })).toBeTruthy();
  });

  it('takes a number in the tapped queue and shows the ticket', async () => {
    bridge.handle('queue.issueTicket', ({ queueId }) => ({
      id: 't1', number: 'C001', queueId, queueName: '施工许可', serviceDay: '2026-11-23', status: 'waiting',
      takenAt: Date.UTC(2026, 10, 23, 1, 5), calledAt: null, windowId: null, windowName: null, ahead: 3,
      hallName: '云溪县政务服务中心', hallPhone: '0571-1',
    }));
    render(<KioskPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'C 施工许可' }));
    expect((await screen.findByTestId('ticket-number')).textContent).toBe('C001');
    expect(screen.getByText('前方等待 3 人')).toBeTruthy();
    expect(screen.getByText(/09:05:00/)).toBeTruthy(); // the hall's time (UTC+8), not the test machine's
    expect(bridge.calls.find((c) => c.method === 'queue.issueTicket')?.input).toEqual({ queueId: QUEUE_C.id });
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
});
