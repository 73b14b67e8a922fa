import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { HallError } from '../../../../shared/api/errors';
import { bridge } from '../../../test/fake-bridge';
import { RatingInvite } from './RatingInvite';

const WINDOW_ID = '01930000-0000-7000-8000-000000000001';

beforeEach(() => {
  bridge.handle('rating.open', () => null);
});

describe('inviting a rating from the window', () => {
  it('starts a rating with Ctrl+E, leaving step and case to the host, and never offers a level', async () => {
    bridge.handle('rating.request', () => ({ id: 'r1', windowId: WINDOW_ID }));
    render(<RatingInvite windowId={WINDOW_ID} />);
    await waitFor(() => expect(bridge.calls.some((c) => c.method === 'rating.open')).toBe(true));
    fireEvent.keyDown(globalThis.window, { key: 'e', ctrlKey: true });
    expect(await screen.findByTestId('rating-waiting')).toBeTruthy();
    expect(bridge.calls.find((c) => c.method === 'rating.request')?.input).toEqual({ step: null, caseId: null });
    expect(screen.queryByText(/满意/)).toBeNull();
  });

  it('says that a rating came in, not what it was', async () => {
    bridge.handle('rating.open', () => ({ id: 'r1', windowId: WINDOW_ID }));
    render(<RatingInvite windowId={WINDOW_ID} />);
    expect(await screen.findByTestId('rating-waiting')).toBeTruthy();
    bridge.emit('rating.ended', { requestId: 'r1', windowId: WINDOW_ID, level: 'veryDissatisfied' });
    expect((await screen.findByTestId('rating-outcome')).textContent).toBe('申请人已完成评价');
    expect(screen.queryByText(/不满意/)).toBeNull();
  });

  it('shows why an invitation was refused', async () => {
    bridge.handle('rating.request', () => {
      throw new HallError('rating/no-service', 'Nothing has been served at this window today to rate');
    });
    render(<RatingInvite windowId={WINDOW_ID} />);
    fireEvent.click(await screen.findByRole('button', { name: /邀请评价/ }));
    expect((await screen.findByTestId('rating-outcome')).textContent).toContain('今天本窗口还没有办理完的业务');
  });
});
