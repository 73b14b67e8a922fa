import { fireEvent, render as renderDom, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import type { ReactElement } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { HallError } from '../../../../shared/api/errors';
import { bridge } from '../../../test/fake-bridge';
import { useAppStore } from '../../store';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { WindowPage } from './WindowPage';

const render = (ui: ReactElement) => renderDom(<App>{ui}</App>);
const WINDOW = { id: '01930000-0000-7000-8000-000000000001', number: 2, name: '2号窗口', kind: 'comprehensive', queueIds: [], state: 'idle', pauseReason: null, clerk: null };
const SESSION = {
  staff: { id: 's1', jobNumber: '1001', name: '王丽', role: 'clerk', active: true },
  window: { id: WINDOW.id, number: 2, name: '2号窗口' },
  signedInAt: 0,
};
const ticket = (number: string, status = 'waiting', priority = 'none') => ({
  id: number, number, queueId: 'q', queueName: '立项用地规划', serviceDay: '2026-11-23', status, priority,
  idMasked: null, appointment: false, targetWindowId: null, takenAt: Date.now() - 5 * 60_000, calledAt: null,
  startedAt: null, finishedAt: null, recalls: 0, windowId: null, windowName: null,
});

function Location() {
  const { pathname, search } = useLocation();
  return <div data-testid="location">{pathname + search}</div>;
}

/** The window page where the app mounts it, under `/window`, to follow where its keys lead. */
function renderAtWindow() {
  render(
    <MemoryRouter initialEntries={['/window']}>
      <Routes>
        <Route path="/window/*" element={<WindowPage />} />
      </Routes>
      <Location />
    </MemoryRouter>,
  );
}

beforeEach(() => {
  useAppStore.setState({ session: null, sessionScope: null, waiting: [], current: null, hostReachable: true });
  bridge.handle('hall.status', () => ({ configured: true, hall: { name: '大厅', areaCode: '110105', phone: '1' }, serviceDay: '2026-11-23', serverTime: 0 }));
  bridge.handle('hall.windows', () => [WINDOW]);
  bridge.handle('queue.queues', () => [{ id: 'q', prefix: 'A', name: '立项用地规划', role: 'normal', waiting: 2 }]);
});

describe('WindowPage', () => {
  it('asks for window, job number and PIN, and says which are missing', async () => {
    render(
      <MemoryRouter>
        <WindowPage />
      </MemoryRouter>,
    );
    fireEvent.click(await screen.findByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请选择窗口')).toBeTruthy();
    expect(await screen.findByText('请输入工号')).toBeTruthy();
    expect(await screen.findByText('请输入PIN')).toBeTruthy();
    expect(bridge.calls.some((c) => c.method === 'staff.signIn')).toBe(false);
  });

  it('shows a wrong PIN in Chinese and clears the PIN field', async () => {
    bridge.handle('staff.signIn', () => {
      throw new HallError('staff/bad-credentials', 'Wrong job number or PIN');
    });
    localStorage.setItem('onewindow.session.window', 'stale-token');
    bridge.handle('staff.me', () => {
      throw new HallError('api/not-signed-in', 'Sign in first');
    });
    render(
      <MemoryRouter>
        <WindowPage />
      </MemoryRouter>,
    );
    await waitFor(() => expect(localStorage.getItem('onewindow.session.window')).toBeNull());
    const pin = (await screen.findByLabelText('PIN')) as HTMLInputElement;
    fireEvent.change(screen.getByLabelText('工号'), { target: { value: '1001' } });
    fireEvent.change(pin, { target: { value: '0000' } });
    fireEvent.mouseDown(screen.getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('2号窗口'));
    fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect((await screen.findByTestId('sign-in-error')).textContent).toBe('工号或PIN不正确');
    expect(pin.value).toBe('');
  });

  it('calls the next ticket with F2 once signed in, carrying the session token', async () => {
    localStorage.setItem('onewindow.session.window', 'token-1');
    bridge.handle('staff.me', () => SESSION);
    let waiting = [ticket('A001'), ticket('A002')];
    let current: ReturnType<typeof ticket> | null = null;
    bridge.handle('queue.waiting', () => waiting);
    bridge.handle('queue.current', () => current);
    bridge.handle('queue.callNext', (_input, session) => {
      expect(session).toBe('token-1');
      const [next, ...rest] = waiting;
      waiting = rest;
      current = { ...next!, status: 'called' };
      return current;
    });
    render(
      <MemoryRouter>
        <WindowPage />
      </MemoryRouter>,
    );
    expect(await screen.findByText('等候队列（2）')).toBeTruthy();
    expect(screen.getByTestId('current-number').textContent).toBe('尚未叫号');
    fireEvent.keyDown(window, { key: 'F2' });
    await waitFor(() => expect(screen.getByTestId('current-number').textContent).toBe('A001'));
    await waitFor(() => expect(screen.getByText('等候队列（1）')).toBeTruthy());
    expect(screen.getByText(/工作人员：王丽（1001）/)).toBeTruthy(); // the status bar
  });

  it('says plainly when the hall host is away, and does not call', async () => {
    localStorage.setItem('onewindow.session.window', 'token-1');
    bridge.handle('staff.me', () => SESSION);
    bridge.handle('queue.waiting', () => [ticket('A001')]);
    bridge.handle('queue.current', () => null);
    bridge.handle('queue.callNext', () => ticket('A001', 'called'));
    render(
      <MemoryRouter>
        <WindowPage />
      </MemoryRouter>,
    );
    await screen.findByText('等候队列（1）');
    useAppStore.setState({ hostReachable: false });
    expect(await screen.findByText('大厅主机连接中断')).toBeTruthy();
    expect((screen.getByRole('button', { name: /叫下一位/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.keyDown(window, { key: 'F2' });
    await new Promise((r) => setTimeout(r, 50));
    expect(bridge.calls.some((c) => c.method === 'queue.callNext')).toBe(false);
  });

  it('keeps a key typed while the previous action is finishing, and runs it next', async () => {
    localStorage.setItem('onewindow.session.window', 'token-1');
    bridge.handle('staff.me', () => SESSION);
    let current: ReturnType<typeof ticket> | null = null;
    let waiting = [ticket('A001')];
    bridge.handle('queue.waiting', () => waiting);
    bridge.handle('queue.current', () => current);
    bridge.handle('queue.callNext', () => {
      current = { ...waiting[0]!, status: 'called' };
      waiting = [];
      return current;
    });
    bridge.handle('queue.start', () => {
      current = { ...current!, status: 'serving' };
      return current;
    });
    render(
      <MemoryRouter>
        <WindowPage />
      </MemoryRouter>,
    );
    await screen.findByText('等候队列（1）');
    fireEvent.keyDown(window, { key: 'F2' });
    fireEvent.keyDown(window, { key: 'F4' }); // typed before the call has come back
    await waitFor(() => expect(screen.getByText('A001：开始办理')).toBeTruthy());
    expect(bridge.calls.filter((c) => c.method === 'queue.callNext' || c.method === 'queue.start').map((c) => c.method)).toEqual([
      'queue.callNext',
      'queue.start',
    ]);
  });

  it('opens the intake with F10, taking the ticket being served along', async () => {
    localStorage.setItem('onewindow.session.window', 'token-1');
    bridge.handle('staff.me', () => SESSION);
    bridge.handle('queue.waiting', () => []);
    bridge.handle('queue.current', () => ({ ...ticket('A001', 'serving'), id: '01930000-0000-7000-8000-0000000000a1' }));
    renderAtWindow();
    await waitFor(() => expect(screen.getByTestId('current-number').textContent).toBe('A001'));
    expect(screen.getByRole('button', { name: /受理登记\s*F10/ })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'F10' });
    expect(screen.getByTestId('location').textContent).toBe('/window/intake?ticket=01930000-0000-7000-8000-0000000000a1');
  });

  it('opens the intake without a ticket when the one called is not being served yet', async () => {
    localStorage.setItem('onewindow.session.window', 'token-1');
    bridge.handle('staff.me', () => SESSION);
    bridge.handle('queue.waiting', () => []);
    bridge.handle('queue.current', () => ticket('A001', 'called'));
    renderAtWindow();
    await waitFor(() => expect(screen.getByTestId('current-number').textContent).toBe('A001'));
    fireEvent.click(screen.getByRole('button', { name: /受理登记/ }));
    expect(screen.getByTestId('location').textContent).toBe('/window/intake');
  });

  it('opens the case search with Ctrl+F', async () => {
    localStorage.setItem('onewindow.session.window', 'token-1');
    bridge.handle('staff.me', () => SESSION);
    bridge.handle('queue.waiting', () => []);
    bridge.handle('queue.current', () => null);
    renderAtWindow();
    expect(await screen.findByText('等候队列（0）')).toBeTruthy();
    // The browser's own find bar would cover the screen: the key is taken.
    expect(fireEvent.keyDown(window, { key: 'f', ctrlKey: true })).toBe(false);
    expect(screen.getByTestId('location').textContent).toBe('/window/cases');
  });
});
