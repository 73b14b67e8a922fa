import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HallError } from '../../../../shared/api/errors';
import type { StaffEntry } from '../../../../shared/features/staff/contract';
import { bridge } from '../../../test/fake-bridge';
import { useAppStore } from '../../store';
import { decodeImage, drawPortrait } from './portraitCanvas';
import { StaffPanel } from './StaffPanel';

// jsdom has no image decoder and no canvas: the browser's part of the resize is stood in for (see portrait.test.ts).
vi.mock('./portraitCanvas', () => ({ decodeImage: vi.fn(), drawPortrait: vi.fn() }));

const PORTRAIT = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==';
const WANG: StaffEntry = { id: '01930000-0000-7000-8000-0000000000b1', jobNumber: '1001', name: '王丽', role: 'clerk', active: true, photoVersion: null };
const LI: StaffEntry = { id: '01930000-0000-7000-8000-0000000000b2', jobNumber: '1002', name: '李强', role: 'clerk', active: true, photoVersion: 'li-v1' };

let staff: StaffEntry[];
const signedInAs = (role: StaffEntry['role']) =>
  useAppStore.setState({ session: { staff: { ...WANG, id: 'admin', name: '刘洋', role }, window: null, signedInAt: 0 } });
const setPhotoCalls = () => bridge.calls.filter((c) => c.method === 'staff.setPhoto').map((c) => c.input);

/** Opens the photo dialog of a member and picks a file in it. */
async function pick(button: string, picked: File) {
  fireEvent.click(await screen.findByRole('button', { name: button }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(dialog.querySelector('input[type=file]')!, { target: { files: [picked] } });
  return within(dialog);
}

beforeEach(() => {
  staff = [WANG, LI];
  signedInAs('admin');
  bridge.handle('staff.list', () => staff);
  bridge.handle('staff.photo', ({ staffId }: { staffId: string }) => ({ staffId, dataUrl: 'data:image/jpeg;base64,TEk=', version: 'li-v1' }));
  vi.mocked(decodeImage).mockReset().mockResolvedValue({ source: {} as CanvasImageSource, width: 1200, height: 900, close: () => {} });
  vi.mocked(drawPortrait).mockReset().mockReturnValue(PORTRAIT);
});

describe('staff photos on the staff tab', () => {
  it('shows each member’s photo or initial; the admin crops a picked image, previews it and sends it', async () => {
    render(<StaffPanel />);
    expect((await screen.findByRole('img', { name: '李强' })).getAttribute('src')).toBe('data:image/jpeg;base64,TEk=');
    expect(screen.getByText('王')).toBeTruthy(); // no photo: the initial
    bridge.handle('staff.setPhoto', ({ staffId, photo }: { staffId: string; photo: string }) => {
      staff = [{ ...WANG, photoVersion: 'wang-v1' }, LI];
      return { ...WANG, id: staffId, photoVersion: photo ? 'wang-v1' : null };
    });

    const dialog = await pick('设置照片：王丽', new File([new Uint8Array(5_000)], 'wangli.png', { type: 'image/png' }));
    const preview = await dialog.findByRole('img', { name: '新照片预览' });
    expect(preview.getAttribute('src')).toBe(PORTRAIT);
    expect(vi.mocked(drawPortrait).mock.calls[0]![1]).toEqual({ sx: 262, sy: 0, sw: 675, sh: 900 }); // the centre 3:4 of 1200×900
    fireEvent.click(dialog.getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(setPhotoCalls()).toEqual([{ staffId: WANG.id, photo: PORTRAIT }]);
    expect(await screen.findByRole('button', { name: '更换照片：王丽' })).toBeTruthy(); // the list was reloaded
  });

  it('refuses what is not a JPEG, PNG or WebP image, or too big once resized, and sends nothing', async () => {
    render(<StaffPanel />);
    let dialog = await pick('设置照片：王丽', new File(['GIF89a'], 'wangli.gif', { type: 'image/gif' }));
    expect(await dialog.findByText('请选择 JPEG、PNG 或 WebP 格式的图片')).toBeTruthy();
    expect((dialog.getByRole('button', { name: /保\s*存/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(decodeImage).not.toHaveBeenCalled();

    vi.mocked(decodeImage).mockRejectedValue(new DOMException('The source image could not be decoded.', 'InvalidStateError'));
    fireEvent.change(document.querySelector('input[type=file]')!, { target: { files: [new File(['not a jpeg'], 'fake.jpg', { type: 'image/jpeg' })] } });
    expect(await dialog.findByText('无法读取这张图片，请换一张')).toBeTruthy();

    fireEvent.click(dialog.getByRole('button', { name: /取\s*消/ }));
    vi.mocked(decodeImage).mockResolvedValue({ source: {} as CanvasImageSource, width: 240, height: 320, close: () => {} });
    vi.mocked(drawPortrait).mockReturnValue(`data:image/jpeg;base64,${'A'.repeat(140_000)}`);
    dialog = await pick('设置照片：王丽', new File([new Uint8Array(9_000_000)], 'noise.png', { type: 'image/png' }));
    expect(await dialog.findByText('照片压缩后仍超过 100KB，请换一张图片')).toBeTruthy();
    expect(dialog.queryByRole('img', { name: '新照片预览' })).toBeNull();
    expect(setPhotoCalls()).toEqual([]);
  });

  it('shows the host’s refusal in the dialog and keeps it open', async () => {
    bridge.handle('staff.setPhoto', () => {
      throw new HallError('staff/photo-not-jpeg', 'The photo must be a JPEG data URL', { photo: '照片应为JPEG图片' });
    });
    render(<StaffPanel />);
    const dialog = await pick('设置照片：王丽', new File([new Uint8Array(100)], 'wangli.webp', { type: 'image/webp' }));
    fireEvent.click(await dialog.findByRole('button', { name: /保\s*存/ }));
    expect(await dialog.findByText('照片应为JPEG图片')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('removes a photo after asking', async () => {
    bridge.handle('staff.setPhoto', () => ({ ...LI, photoVersion: null }));
    render(<StaffPanel />);
    fireEvent.click(await screen.findByRole('button', { name: '更换照片：李强' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '删除照片' }));
    const confirm = await screen.findByRole('tooltip');
    fireEvent.click(within(confirm).getByRole('button', { name: '删除照片' }));
    await waitFor(() => expect(setPhotoCalls()).toEqual([{ staffId: LI.id, photo: null }]));
  });

  it('lets a supervisor see the photos but not change them', async () => {
    signedInAs('supervisor');
    render(<StaffPanel />);
    await screen.findByRole('img', { name: '李强' });
    expect(screen.queryByRole('button', { name: /照片/ })).toBeNull();
  });
});
