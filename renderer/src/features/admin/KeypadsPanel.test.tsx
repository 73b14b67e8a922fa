import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { HallError } from '../../../../shared/api/errors';
import type { HallWindow } from '../../../../shared/features/hall/contract';
import { bridge } from '../../../test/fake-bridge';
import { useAppStore } from '../../store';
import { KeypadsPanel } from './KeypadsPanel';

const WINDOW: HallWindow = { id: '01930000-0000-7000-8000-000000000001', number: 1, name: '1号窗口', kind: 'comprehensive', queueIds: [], state: 'idle', pauseReason: null, clerk: null };
const KEYPAD = { path: '/dev/ttyUSB0', windowId: WINDOW.id, baudRate: 9600, windowName: '1号窗口', connected: true };

beforeEach(() => {
  useAppStore.setState({ windows: [WINDOW] });
  bridge.handle('keypads.list', () => [KEYPAD]);
});

describe('the keypads tab', () => {
  it('lists each keypad with its window and whether its port is open', async () => {
    render(<KeypadsPanel />);
    expect(await screen.findByText('/dev/ttyUSB0')).toBeTruthy();
    expect(screen.getByText('已连接')).toBeTruthy();
  });

  it('shows the host’s refusal at the field and saves nothing', async () => {
    bridge.handle('keypads.save', () => {
      throw new HallError('api/invalid-input', 'path: bad', { path: '串口应为 COM3 或 /dev/ttyUSB0 这样的名称' });
    });
    render(<KeypadsPanel />);
    fireEvent.change(await screen.findByPlaceholderText('/dev/ttyUSB0 或 COM3'), { target: { value: 'nonsense' } });
    fireEvent.mouseDown(screen.getAllByRole('combobox')[0]!);
    fireEvent.click(await screen.findByTitle('1号窗口'));
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('串口应为 COM3 或 /dev/ttyUSB0 这样的名称')).toBeTruthy();
    await waitFor(() => expect(bridge.calls.find((c) => c.method === 'keypads.save')?.input).toEqual({ path: 'nonsense', windowId: WINDOW.id, baudRate: 9600 }));
  });
});
