import { afterEach, describe, expect, it } from 'vitest';
import { createTestHall, refusal, type TestHall } from '../../test-hall';

let t: TestHall;
afterEach(() => t.dispose());

const setUp = async () => {
  t = await createTestHall({ demo: false });
  await t.host.hall.setup({ hallName: '青山县政务服务中心', areaCode: '330100', phone: '0571-88886666', admin: { jobNumber: 'A01', name: '管理员', pin: '8642' } });
  const { token } = await t.host.staff.signIn({ jobNumber: 'A01', pin: '8642', windowId: null });
  return t.as(t.hall.hostDevice, token);
};

describe('a hall set up without the demo', () => {
  it('gets its queues and windows from the admin, and can then issue and call', async () => {
    const admin = await setUp();
    const a = await admin.queue.saveQueue({ id: null, prefix: 'a', name: '综合受理', role: 'normal', defaultServiceMinutes: 12 });
    const f = await admin.queue.saveQueue({ id: null, prefix: 'F', name: '出件', role: 'normal', defaultServiceMinutes: 5 });
    expect([a.prefix, f.sortOrder]).toEqual(['A', 2]);
    const window = await admin.hall.saveWindow({ id: null, number: 1, name: '1号窗口', kind: 'comprehensive', queueIds: [a.id] });
    expect(window).toMatchObject({ number: 1, queueIds: [a.id], state: 'closed' });
    await admin.staff.create({ jobNumber: '1001', name: '王丽', role: 'clerk', pin: '1234' });
    // A fresh hall issues from 08:30; the test clock is 09:00.
    const ticket = await t.host.queue.issueTicket({ queueId: a.id });
    expect(ticket.number).toBe('A001');
    const { token } = await t.host.staff.signIn({ jobNumber: '1001', pin: '1234', windowId: window.id });
    expect((await t.as(t.hall.hostDevice, token).queue.callNext({})).number).toBe('A001');
  });

  it('changes a window’s queues and refuses a duplicate number', async () => {
    const admin = await setUp();
    const a = await admin.queue.saveQueue({ id: null, prefix: 'A', name: '综合受理', role: 'normal', defaultServiceMinutes: 10 });
    const b = await admin.queue.saveQueue({ id: null, prefix: 'B', name: '咨询', role: 'normal', defaultServiceMinutes: 10 });
    const w1 = await admin.hall.saveWindow({ id: null, number: 1, name: '1号窗口', kind: 'comprehensive', queueIds: [a.id] });
    const changed = await admin.hall.saveWindow({ ...w1, name: '1号综合窗口', queueIds: [b.id] });
    expect(changed).toMatchObject({ name: '1号综合窗口', queueIds: [b.id] });
    const error = await refusal(admin.hall.saveWindow({ id: null, number: 1, name: '又一个', kind: 'consult', queueIds: [] }));
    expect([error.code, error.fields?.number]).toEqual(['hall/duplicate-window', '窗口编号已被使用']);
    expect((await t.host.hall.windows({})).length).toBe(1);
  });

  it('refuses a duplicate prefix, and a prefix change on a day the queue has tickets', async () => {
    const admin = await setUp();
    const a = await admin.queue.saveQueue({ id: null, prefix: 'A', name: '综合受理', role: 'normal', defaultServiceMinutes: 10 });
    expect((await refusal(admin.queue.saveQueue({ id: null, prefix: 'A', name: '另一个', role: 'normal', defaultServiceMinutes: 10 }))).code).toBe(
      'queue/duplicate-prefix',
    );
    await t.host.queue.issueTicket({ queueId: a.id });
    expect((await refusal(admin.queue.saveQueue({ ...a, prefix: 'Z' }))).code).toBe('queue/prefix-in-use');
    await expect(admin.queue.saveQueue({ ...a, name: '综合受理（一窗）' })).resolves.toMatchObject({ prefix: 'A', name: '综合受理（一窗）' });
    t.clock.advance(24 * 3_600_000);
    await expect(admin.queue.saveQueue({ ...a, prefix: 'Z' })).resolves.toMatchObject({ prefix: 'Z' });
  });

  it('keeps ticket hours and the priority limit, checked', async () => {
    const admin = await setUp();
    const defaults = await admin.hall.settings({});
    expect(defaults).toEqual({
      opensAt: '08:30',
      closesAt: '17:30',
      priorityRunLimit: 2,
      appointmentMode: 'queue',
      agencyName: '',
      shortName: '',
      terminalNo: null,
      ratingTimeoutSeconds: 60,
      followUpDays: 1,
      rectifyDays: 15,
      burstSeconds: 15,
    });
    const changed = { opensAt: '08:00', closesAt: '18:00', priorityRunLimit: 3, appointmentMode: 'priority' as const, agencyName: '滨江县行政审批局', shortName: '滨', terminalNo: 7, ratingTimeoutSeconds: 90, followUpDays: 2, rectifyDays: 5, burstSeconds: 20 };
    await admin.hall.saveSettings(changed);
    expect(await admin.hall.settings({})).toEqual(changed);
    const error = await refusal(
      admin.hall.saveSettings({ ...defaults, opensAt: '18:00', closesAt: '08:00', priorityRunLimit: 0, shortName: '滨<', terminalNo: 100, rectifyDays: 0 }),
    );
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['closesAt', 'priorityRunLimit', 'rectifyDays', 'shortName', 'terminalNo']);
    const supervisor = await admin.staff.create({ jobNumber: '8001', name: '陈静', role: 'supervisor', pin: '1234' });
    const { token } = await t.host.staff.signIn({ jobNumber: supervisor.jobNumber, pin: '1234', windowId: null });
    expect((await refusal(t.as(t.hall.hostDevice, token).hall.saveSettings(defaults))).code).toBe(
      'api/forbidden-role',
    );
  });
});
