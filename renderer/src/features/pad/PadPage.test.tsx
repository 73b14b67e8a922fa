import { act, fireEvent, render as renderDom, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HallError } from '../../../../shared/api/errors';
import { bridge } from '../../../test/fake-bridge';
import { useAppStore } from '../../store';
import { PadPage } from './PadPage';

const WINDOW_ID = '01930000-0000-7000-8000-000000000001';
const WANG = { id: '01930000-0000-7000-8000-0000000000c1', name: '王丽', jobNumber: '1001', photoVersion: null };
const window1 = (extra: Record<string, unknown> = {}) => ({
  id: WINDOW_ID, number: 1, name: '1号窗口', kind: 'comprehensive', queueIds: [], state: 'serving', pauseReason: null,
  clerk: WANG, ...extra,
});
const REQUEST = {
  id: '01930000-0000-7000-8000-0000000000a1', windowId: WINDOW_ID, windowName: '1号窗口', clerk: WANG,
  step: 'intake', ratingNo: 1, caseNumber: '3310022611230101001', matterNames: ['建筑工程施工许可证核发'], ticketNumber: 'A001',
  requestedAt: 0, timeoutSeconds: 60,
};
const record = (input: { requestId: string; level: string | null }) => ({ id: 'r1', ...input });

const render = () => renderDom(<App><PadPage /></App>);
const submits = () => bridge.calls.filter((c) => c.method === 'rating.submit');
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

/** The pad at its welcome, then the clerk starts a rating of this window's service. */
async function showRating(request: typeof REQUEST = REQUEST) {
  render();
  await screen.findByTestId('pad-welcome');
  bridge.emit('rating.requested', request);
  return within(await screen.findByTestId('pad-rating'));
}

beforeEach(() => {
  useAppStore.setState({ windows: [] });
  localStorage.setItem('onewindow.pad.window', WINDOW_ID);
  bridge.handle('hall.status', () => ({ configured: true, hall: { name: '大厅', areaCode: '331002', phone: '1' }, serviceDay: '2026-11-23', serverTime: 0 }));
  bridge.handle('hall.windows', () => [window1()]);
  bridge.handle('rating.open', () => null);
});

afterEach(() => vi.useRealTimers());

describe('PadPage', () => {
  it('shows the rating of this window’s service when the clerk requests it, with nothing chosen', async () => {
    const rating = await showRating();
    bridge.emit('rating.requested', { ...REQUEST, id: '01930000-0000-7000-8000-0000000000a2', windowId: 'another-window', caseNumber: '3310022611230101002' });
    expect(rating.getByText('王丽（工号 1001）')).toBeTruthy();
    expect(rating.getByText('受理')).toBeTruthy();
    expect(rating.getByText('3310022611230101001')).toBeTruthy();
    expect(rating.queryByText('3310022611230101002')).toBeNull(); // another window's request is not this pad's
    expect(rating.getByText('建筑工程施工许可证核发')).toBeTruthy();
    expect(rating.getByTestId('pad-countdown').textContent).toBe('60 秒');
    for (const level of ['非常满意', '满意', '基本满意', '不满意', '非常不满意']) {
      expect(rating.getByRole('button', { name: level }).getAttribute('aria-pressed')).toBe('false');
    }
    expect((rating.getByRole('button', { name: '提交评价' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('refuses a bad rating without a reason on the pad, and sends it with one at exactly the pressed level', async () => {
    bridge.handle('rating.submit', record);
    await showRating();
    press('非常不满意');
    press('提交评价');
    expect(screen.getByRole('alert').textContent).toBe('请至少选择一项不满意的原因，或填写意见');
    expect(submits()).toEqual([]);
    press('服务态度');
    press('提交评价');
    await screen.findByTestId('pad-thanks');
    expect(submits().map((c) => c.input)).toEqual([{ requestId: REQUEST.id, level: 'veryDissatisfied', reasons: ['attitude'], text: '' }]);
    expect(submits()[0]!.session).toBeNull(); // the pad never rates with a staff session
  });

  it('does not send reasons left over from a bad level the applicant moved away from', async () => {
    bridge.handle('rating.submit', record);
    await showRating();
    press('不满意');
    press('办事效率');
    press('满意');
    press('提交评价');
    await screen.findByTestId('pad-thanks');
    expect(submits().map((c) => c.input)).toEqual([{ requestId: REQUEST.id, level: 'satisfied', reasons: [], text: '' }]);
  });

  it('sends the same rating again when the answer is lost, and thanks once the host has it', async () => {
    let attempts = 0;
    bridge.handle('rating.submit', (input) => {
      attempts += 1;
      if (attempts === 1) throw new HallError('api/unreachable', 'The hall host cannot be reached');
      return record(input);
    });
    await showRating();
    press('非常满意');
    press('提交评价');
    // The ended event of its own rating comes before the answer: the pad waits for the answer.
    bridge.emit('rating.ended', { requestId: REQUEST.id, windowId: WINDOW_ID, level: 'verySatisfied' });
    await screen.findByTestId('pad-thanks', undefined, { timeout: 3000 });
    expect(submits().map((c) => c.input)).toEqual([
      { requestId: REQUEST.id, level: 'verySatisfied', reasons: [], text: '' },
      { requestId: REQUEST.id, level: 'verySatisfied', reasons: [], text: '' },
    ]);
  });

  it('goes back to the welcome when the host says the request was closed meanwhile', async () => {
    bridge.handle('rating.submit', () => {
      throw new HallError('rating/closed', 'This rating request has already ended');
    });
    await showRating();
    press('满意');
    press('提交评价');
    await screen.findByTestId('pad-welcome');
    expect(submits()).toHaveLength(1);
  });

  it('counts down and records “not rated” for a time-out, then shows the welcome again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    bridge.handle('rating.notRated', (input) => record({ requestId: input.requestId, level: null }));
    await showRating({ ...REQUEST, timeoutSeconds: 30 });
    act(() => vi.advanceTimersByTime(10_000));
    expect(screen.getByTestId('pad-countdown').textContent).toBe('20 秒');
    expect(bridge.calls.some((c) => c.method === 'rating.notRated')).toBe(false);
    act(() => vi.advanceTimersByTime(20_000));
    await screen.findByTestId('pad-welcome');
    await waitFor(() => expect(bridge.calls.filter((c) => c.method === 'rating.notRated').map((c) => c.input)).toEqual([{ requestId: REQUEST.id, reason: 'timeout' }]));
    expect(submits()).toEqual([]);
  });

  it('lets the applicant decline', async () => {
    bridge.handle('rating.notRated', (input) => record({ requestId: input.requestId, level: null }));
    await showRating();
    press('不评价');
    await screen.findByTestId('pad-welcome');
    await waitFor(() => expect(bridge.calls.find((c) => c.method === 'rating.notRated')?.input).toEqual({ requestId: REQUEST.id, reason: 'declined' }));
  });

  it('shows a request already open when it starts, marks 追评, and leaves it when the host ends it', async () => {
    bridge.handle('rating.open', ({ windowId }) => (windowId === WINDOW_ID ? { ...REQUEST, ratingNo: 2 } : null));
    render();
    expect(within(await screen.findByTestId('pad-rating')).getByText('追评')).toBeTruthy();
    bridge.emit('rating.ended', { requestId: REQUEST.id, windowId: WINDOW_ID, level: null });
    await screen.findByTestId('pad-welcome');
  });

  it('keeps a request shown from its event when an older “nothing open” answer arrives after it', async () => {
    let answer: (value: null) => void = () => undefined;
    bridge.handle('rating.open', () => new Promise((resolve) => (answer = resolve)));
    const rating = await showRating();
    answer(null);
    await waitFor(() => expect(bridge.calls.filter((c) => c.method === 'rating.open')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rating.getByText('3310022611230101001')).toBeTruthy();
    expect(screen.getByTestId('pad-rating')).toBeTruthy();
  });

  it('shows the pause and its reason when the clerk pauses the window', async () => {
    render();
    await screen.findByTestId('pad-welcome');
    bridge.handle('hall.windows', () => [window1({ state: 'paused', pauseReason: '午间休息' })]);
    bridge.emit('hall.changed', {});
    const paused = within(await screen.findByTestId('pad-paused'));
    expect(paused.getByText('暂停服务')).toBeTruthy();
    expect(paused.getByText('暂停原因：午间休息')).toBeTruthy();
    expect(paused.getByText('王丽')).toBeTruthy();
  });
});

describe('the clerk’s photo on the pad', () => {
  const photoOf = (version: string) => `data:image/jpeg;base64,${btoa(`photo ${version}`)}`;
  const photoCalls = () => bridge.calls.filter((c) => c.method === 'staff.photo');
  /** The clerk at window 1 has photo `version` (versions are unique per test: the pad keeps photos it fetched). */
  const clerkWithPhoto = (version: string, clerk = WANG) => {
    bridge.handle('hall.windows', () => [window1({ clerk: { ...clerk, photoVersion: version } })]);
    bridge.handle('staff.photo', ({ staffId }: { staffId: string }) => ({ staffId, dataUrl: photoOf(version), version }));
  };
  const face = async (screenId: string) => within(await screen.findByTestId(screenId)).findByRole('img', { name: '王丽' });

  it('shows the initial when the clerk has no photo, and asks for none', async () => {
    render();
    const welcome = within(await screen.findByTestId('pad-welcome'));
    expect(welcome.getByText('王')).toBeTruthy();
    expect(welcome.queryByRole('img', { name: '王丽' })).toBeNull();
    expect(photoCalls()).toEqual([]);
  });

  it('shows the photo on the welcome, the rating and the paused screen, fetched once', async () => {
    clerkWithPhoto('w1');
    render();
    expect((await face('pad-welcome')).getAttribute('src')).toBe(photoOf('w1'));
    bridge.emit('rating.requested', { ...REQUEST, clerk: { ...WANG, photoVersion: 'w1' } });
    expect((await face('pad-rating')).getAttribute('src')).toBe(photoOf('w1'));
    bridge.emit('rating.ended', { requestId: REQUEST.id, windowId: WINDOW_ID, level: null });
    await screen.findByTestId('pad-welcome');
    bridge.handle('hall.windows', () => [window1({ state: 'paused', pauseReason: null, clerk: { ...WANG, photoVersion: 'w1' } })]);
    bridge.emit('hall.changed', { what: 'windows' });
    expect((await face('pad-paused')).getAttribute('src')).toBe(photoOf('w1'));
    expect(photoCalls().map((c) => c.input)).toEqual([{ staffId: WANG.id }]);
  });

  it('fetches the photo again when it changes, or when another clerk signs in at the window', async () => {
    clerkWithPhoto('w2');
    render();
    expect((await face('pad-welcome')).getAttribute('src')).toBe(photoOf('w2'));
    clerkWithPhoto('w3');
    bridge.emit('hall.changed', { what: 'windows' });
    await waitFor(async () => expect((await face('pad-welcome')).getAttribute('src')).toBe(photoOf('w3')));

    const li = { id: '01930000-0000-7000-8000-0000000000c2', name: '李强', jobNumber: '1002', photoVersion: null };
    clerkWithPhoto('l1', li);
    bridge.emit('hall.changed', { what: 'windows' });
    const photo = await within(await screen.findByTestId('pad-welcome')).findByRole('img', { name: '李强' });
    expect(photo.getAttribute('src')).toBe(photoOf('l1'));
    expect(photoCalls().map((c) => c.input)).toEqual([{ staffId: WANG.id }, { staffId: WANG.id }, { staffId: li.id }]);

    // Its photo removed: the initial again, with nothing to fetch.
    bridge.handle('hall.windows', () => [window1({ clerk: li })]);
    bridge.emit('hall.changed', { what: 'windows' });
    expect(await within(await screen.findByTestId('pad-welcome')).findByText('李')).toBeTruthy();
    expect(photoCalls()).toHaveLength(3);
  });
});
