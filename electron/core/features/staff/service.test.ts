import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
