import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HallClient } from '../../../../shared/api/contract';
import { DEMO_PIN } from '../../demo/seed';
import { createTestHall, refusal, type TestHall } from '../../test-hall';

let t: TestHall;
beforeEach(async () => {
  t = await createTestHall();
});
afterEach(() => t.dispose());

const windowId = async (n: number) => (await t.host.hall.windows({})).find((w) => w.number === n)!.id;

describe('staff sign-in', () => {
  it('opens the window for the clerk, and closes it at sign-out', async () => {
    const id = await windowId(3);
    const session = await t.host.staff.signIn({ jobNumber: '1001', pin: DEMO_PIN, windowId: id });
    expect(session.staff).toMatchObject({ name: '王丽', role: 'clerk' });
    expect(session.window).toMatchObject({ number: 3, name: '3号窗口' });
    let window = (await t.host.hall.windows({})).find((w) => w.id === id)!;
    expect(window).toMatchObject({ state: 'idle', clerk: { name: '王丽', jobNumber: '1001' } });
    const clerk = t.as(t.hall.hostDevice, session.token);
    await expect(clerk.staff.me({})).resolves.toMatchObject({ staff: { jobNumber: '1001' } });
    await clerk.staff.signOut({});
    window = (await t.host.hall.windows({})).find((w) => w.id === id)!;
    expect(window).toMatchObject({ state: 'closed', clerk: null });
    expect((await refusal(clerk.staff.me({}))).code).toBe('api/not-signed-in');
  });

  it('stores the PIN as a slow salted hash, never in clear', async () => {
    const rows = t.hall.store.sqlite.prepare('SELECT pin_hash FROM staff').all() as Array<{ pin_hash: string }>;
    expect(rows.length).toBeGreaterThan(1);
    for (const { pin_hash } of rows) {
      expect(pin_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(pin_hash).not.toContain(DEMO_PIN);
    }
    expect(new Set(rows.map((r) => r.pin_hash)).size).toBe(rows.length); // salted: same PIN, different hashes
  });

  it('refuses a wrong PIN or unknown job number with the same answer, and locks after five tries', async () => {
    const id = await windowId(1);
    expect((await refusal(t.host.staff.signIn({ jobNumber: '0000', pin: '1234', windowId: id }))).code).toBe('staff/bad-credentials');
    for (let i = 0; i < 5; i++) {
      expect((await refusal(t.host.staff.signIn({ jobNumber: '1001', pin: '9999', windowId: id }))).code).toBe('staff/bad-credentials');
    }
    expect((await refusal(t.host.staff.signIn({ jobNumber: '1001', pin: DEMO_PIN, windowId: id }))).code).toBe('staff/locked');
    t.clock.advance(5 * 60_000 + 1);
    await expect(t.host.staff.signIn({ jobNumber: '1001', pin: DEMO_PIN, windowId: id })).resolves.toHaveProperty('token');
  });

  it('requires clerks to choose a window; managers may sign in without one', async () => {
    expect((await refusal(t.host.staff.signIn({ jobNumber: '1001', pin: DEMO_PIN, windowId: null }))).code).toBe('staff/window-required');
    await expect(t.host.staff.signIn({ jobNumber: '8001', pin: DEMO_PIN, windowId: null })).resolves.toHaveProperty('token');
  });

  it('ends the previous clerk’s session when another signs in at the same window', async () => {
    const id = await windowId(2);
    const first = await t.host.staff.signIn({ jobNumber: '1001', pin: DEMO_PIN, windowId: id });
    await t.host.staff.signIn({ jobNumber: '1002', pin: DEMO_PIN, windowId: id });
    expect((await refusal(t.as(t.hall.hostDevice, first.token).staff.me({}))).code).toBe('api/not-signed-in');
  });

  it('lets the admin add staff, refusing a duplicate job number', async () => {
    const admin = t.as(t.hall.hostDevice, await t.signIn('9001', null));
    await admin.staff.create({ jobNumber: '3001', name: '孙悦', role: 'pickup', pin: '2468' });
    expect((await admin.staff.list({})).map((s) => s.jobNumber)).toContain('3001');
    const error = await refusal(admin.staff.create({ jobNumber: '3001', name: '别人', role: 'clerk', pin: '1357' }));
    expect(error.code).toBe('staff/duplicate-job-number');
    const supervisor = t.as(t.hall.hostDevice, await t.signIn('8001', null));
    expect((await refusal(supervisor.staff.create({ jobNumber: '3002', name: '钱多', role: 'clerk', pin: '1357' }))).code).toBe('api/forbidden-role');
  });
});

/**
 * Bytes that open and close like a JPEG declaring `width`×`height` (the host reads markers, never pixels),
 * padded with comment segments to `bytes` in all.
 */
function fakeJpeg({ width = 240, height = 320, bytes = 2_000 } = {}): Buffer {
  const frame = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  const parts = [Buffer.from([0xff, 0xd8]), frame];
  let left = bytes - 2 - frame.length - 2;
  while (left > 0) {
    const body = Math.min(Math.max(left - 4, 0), 60_000);
    parts.push(Buffer.from([0xff, 0xfe, (body + 2) >> 8, (body + 2) & 0xff]), Buffer.alloc(body, 0x20 + (left % 90)));
    left -= body + 4;
  }
  parts.push(Buffer.from([0xff, 0xd9]));
  return Buffer.concat(parts);
}
const dataUrl = (bytes: Buffer, type = 'image/jpeg') => `data:${type};base64,${bytes.toString('base64')}`;

describe('staff photos', () => {
  let admin: HallClient;
  let staffId: string;
  const activity = () =>
    t.hall.store.sqlite.prepare("SELECT kind, subject_id, detail FROM activity WHERE kind LIKE 'staff.%Photo' ORDER BY rowid").all() as Array<{ kind: string; subject_id: string; detail: string | null }>;
  const photoRows = () => (t.hall.store.sqlite.prepare('SELECT COUNT(*) AS n FROM staff_photo').get() as { n: number }).n;
  const wangLi = async () => (await admin.staff.list({})).find((s) => s.jobNumber === '1001')!;

  beforeEach(async () => {
    admin = t.as(t.hall.hostDevice, await t.signIn('9001', null));
    staffId = (await wangLi()).id;
  });

  it('sets, replaces and removes a photo; the list and the window carry its version, the pad gets the photo', async () => {
    const events: unknown[] = [];
    t.hall.events.subscribe('pad', (name, payload) => events.push([name, payload]));
    const first = dataUrl(fakeJpeg());
    const set = await admin.staff.setPhoto({ staffId, photo: first });
    expect(set).toMatchObject({ id: staffId, jobNumber: '1001', photoVersion: expect.any(String) as unknown });
    expect(events).toEqual([['hall.changed', { what: 'windows' }]]);

    const pad = t.as({ role: 'pad', id: 'pad-1', name: '1号窗口评价器' });
    expect(await pad.staff.photo({ staffId })).toBeNull(); // 王丽 is at no window yet
    await t.signIn('1001', 1);
    const window = (await pad.hall.windows({})).find((w) => w.number === 1)!;
    expect(window.clerk).toEqual({ id: staffId, name: '王丽', jobNumber: '1001', photoVersion: set.photoVersion });
    expect(await pad.staff.photo({ staffId })).toEqual({ staffId, dataUrl: first, version: set.photoVersion });

    const second = dataUrl(fakeJpeg({ bytes: 3_000 }));
    const replaced = await admin.staff.setPhoto({ staffId, photo: second });
    expect(replaced.photoVersion).not.toBe(set.photoVersion);
    expect(await pad.staff.photo({ staffId })).toEqual({ staffId, dataUrl: second, version: replaced.photoVersion });
    expect(photoRows()).toBe(1);

    expect(await admin.staff.setPhoto({ staffId, photo: null })).toMatchObject({ photoVersion: null });
    expect(await pad.staff.photo({ staffId })).toBeNull();
    expect((await pad.hall.windows({})).find((w) => w.number === 1)!.clerk).toMatchObject({ photoVersion: null });
    expect(events).toHaveLength(4); // set, 王丽 signs in, replaced, removed
    // Removing a photo that is not there changes nothing, and says nothing.
    await admin.staff.setPhoto({ staffId, photo: null });
    expect(events).toHaveLength(4);
    expect(activity().map((a) => a.kind)).toEqual(['staff.setPhoto', 'staff.setPhoto', 'staff.removePhoto']);
  });

  it('logs every change without the photo', async () => {
    const jpeg = fakeJpeg({ bytes: 5_000 });
    await admin.staff.setPhoto({ staffId, photo: dataUrl(jpeg) });
    await admin.staff.setPhoto({ staffId, photo: null });
    const rows = activity();
    expect(rows).toEqual([
      { kind: 'staff.setPhoto', subject_id: staffId, detail: JSON.stringify({ width: 240, height: 320, bytes: 5_000 }) },
      { kind: 'staff.removePhoto', subject_id: staffId, detail: null },
    ]);
    // Nor does the synced activity's outbox entry hold it.
    const outbox = t.hall.store.sqlite.prepare("SELECT payload FROM outbox WHERE table_name = 'activity'").all() as Array<{ payload: string }>;
    const base64 = jpeg.toString('base64');
    for (const { payload } of outbox) expect(payload).not.toContain(base64.slice(0, 40));
    expect(t.hall.store.sqlite.prepare("SELECT COUNT(*) AS n FROM outbox WHERE table_name = 'staff_photo'").get()).toEqual({ n: 0 });
  });

  it('refuses anything but a JPEG data URL within 100 KB and a portrait size, and changes nothing', async () => {
    const kept = await admin.staff.setPhoto({ staffId, photo: dataUrl(fakeJpeg()) });
    const events: unknown[] = [];
    t.hall.events.subscribe('pad', (name) => events.push(name));
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000f000000140080200000000000000', 'hex');
    const cases: Array<[string, string, string]> = [
      ['a PNG', dataUrl(png, 'image/png'), 'staff/photo-not-jpeg'],
      ['PNG bytes called JPEG', dataUrl(png), 'staff/photo-not-jpeg'],
      ['not a data URL', 'https://example.invalid/wangli.jpg', 'staff/photo-not-jpeg'],
      ['garbage base64', 'data:image/jpeg;base64,////not*base64!', 'staff/photo-not-jpeg'],
      ['random bytes', dataUrl(Buffer.from('not a picture at all, just text')), 'staff/photo-not-jpeg'],
      ['a cut-off JPEG', dataUrl(fakeJpeg().subarray(0, 1_000)), 'staff/photo-not-jpeg'],
      ['one byte over 100 KB', dataUrl(fakeJpeg({ bytes: 100 * 1024 + 1 })), 'staff/photo-too-large'],
      ['a huge image in a small file', dataUrl(fakeJpeg({ width: 20_000, height: 30_000 })), 'staff/photo-too-large'],
      ['far over the limit', dataUrl(Buffer.alloc(300_000)), 'api/invalid-input'],
    ];
    for (const [what, photo, code] of cases) {
      const error = await refusal(admin.staff.setPhoto({ staffId, photo }));
      expect(error.code, what).toBe(code);
      expect(error.fields?.photo, what).toMatch(/照片/);
    }
    await expect(admin.staff.setPhoto({ staffId, photo: dataUrl(fakeJpeg({ bytes: 100 * 1024 })) })).resolves.toBeTruthy(); // exactly the limit
    await admin.staff.setPhoto({ staffId, photo: dataUrl(fakeJpeg()) }); // back to the first photo
    expect((await wangLi()).photoVersion).toBe(kept.photoVersion);
    expect(events).toHaveLength(2); // only the two that were accepted
    expect(activity()).toHaveLength(3);
    expect((await refusal(admin.staff.setPhoto({ staffId: '01930000-0000-7000-8000-000000000000', photo: dataUrl(fakeJpeg()) }))).code).toBe('staff/not-found');
    expect(photoRows()).toBe(1);
  });

  it('lets only admins set photos, and shows a photo to pads only while its clerk is at a window', async () => {
    const photo = dataUrl(fakeJpeg());
    const supervisor = t.as(t.hall.hostDevice, await t.signIn('8001', null));
    expect((await refusal(supervisor.staff.setPhoto({ staffId, photo }))).code).toBe('api/forbidden-role');
    const clerk = t.as(t.hall.hostDevice, await t.signIn('1002', 2));
    expect((await refusal(clerk.staff.setPhoto({ staffId, photo: null }))).code).toBe('api/forbidden-role');
    expect((await refusal(t.host.staff.setPhoto({ staffId, photo }))).code).toBe('api/not-signed-in');
    const pad = t.as({ role: 'pad', id: 'pad-1', name: 'pad' });
    expect((await refusal(pad.staff.setPhoto({ staffId, photo }))).code).toBe('api/forbidden-device');
    expect((await refusal(t.as({ role: 'kiosk', id: 'k', name: 'k' }).staff.photo({ staffId }))).code).toBe('api/forbidden-device');
    expect(photoRows()).toBe(0);

    await admin.staff.setPhoto({ staffId, photo });
    expect(await pad.staff.photo({ staffId })).toBeNull();
    expect(await supervisor.staff.photo({ staffId })).toMatchObject({ dataUrl: photo }); // managers see any photo
    const session = await t.signIn('1001', 1);
    expect(await pad.staff.photo({ staffId })).toMatchObject({ dataUrl: photo });
    await t.as(t.hall.hostDevice, session).staff.signOut({});
    expect(await pad.staff.photo({ staffId })).toBeNull();
  });
});
