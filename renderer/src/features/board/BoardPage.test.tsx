import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { bridge } from '../../../test/fake-bridge';
import { useAppStore } from '../../store';
import { BoardPage } from './BoardPage';

const call = (number: string, windowName: string, calledAt: number) => ({
  ticketId: number, number, windowNumber: Number(windowName[0]), windowName, calledAt, recall: false,
});

beforeEach(() => useAppStore.setState({ board: null }));

describe('BoardPage', () => {
  it('shows calls newest first with the newest highlighted, and waiting counts', async () => {
    bridge.handle('queue.board', () => ({
      hallName: '云溪县政务服务中心',
      calls: [call('B001', '3号窗口', 2), call('A001', '1号窗口', 1)],
      queues: [{ id: 'q', prefix: 'A', name: '立项用地规划', waiting: 4 }],
    }));
    render(<BoardPage />);
    await waitFor(() => expect(screen.getAllByTestId('board-call')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('board-call');
    expect(first!.textContent).toContain('B001');
    expect(first!.textContent).toContain('请到 3号窗口');
    expect(first!.className).toContain('board-call-newest');
    expect(second!.className).not.toContain('board-call-newest');
    expect(screen.getByText('4 人')).toBeTruthy();
  });

  it('refetches when a call event arrives', async () => {
    let calls = [call('A001', '1号窗口', 1)];
    bridge.handle('queue.board', () => ({ hallName: '大厅', calls, queues: [] }));
    render(<BoardPage />);
    await waitFor(() => expect(screen.getAllByTestId('board-call')).toHaveLength(1));
    calls = [call('A002', '2号窗口', 2), ...calls];
    bridge.emit('queue.called', calls[0]);
    await waitFor(() => expect(screen.getAllByTestId('board-call')[0]!.textContent).toContain('A002'));
  });
});
