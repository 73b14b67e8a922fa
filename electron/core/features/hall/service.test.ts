import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHall, refusal, type TestHall } from '../../test-hall';

let t: TestHall;
beforeEach(async () => {
  t = await createTestHall({ demo: false });
});
afterEach(() => t.dispose());

const setup = {
  hallName: '青山县政务服务中心',
  areaCode: '330100',
  phone: '0571-88886666',
  admin: { jobNumber: 'A01', name: '管理员', pin: '8642' },
};

describe('first set-up', () => {
  it('starts empty, sets up once with the first admin, then refuses a second set-up', async () => {
    await expect(t.host.hall.status({})).resolves.toMatchObject({ configured: false, hall: null, serviceDay: '2026-11-23' });
    const status = await t.host.hall.setup(setup);
    expect(status).toMatchObject({ configured: true, hall: { name: '青山县政务服务中心', areaCode: '330100' } });
    const admin = await t.host.staff.signIn({ jobNumber: 'A01', pin: '8642', windowId: null });
    expect(admin.staff.role).toBe('admin');
    expect((await refusal(t.host.hall.setup({ ...setup, hallName: '别的' }))).code).toBe('hall/already-set-up');
    expect((await t.host.hall.status({})).hall?.name).toBe('青山县政务服务中心');
  });

  it('may only be done from the host itself', async () => {
    const lan = t.as({ role: 'window', id: 'w', name: 'window pc' });
    expect((await refusal(lan.hall.setup(setup))).code).toBe('api/forbidden-device');
  });

  it('refuses bad input field by field and stays empty', async () => {
    const error = await refusal(
      t.host.hall.setup({ ...setup, areaCode: '3301', phone: 'call me', admin: { ...setup.admin, pin: '12' } }),
    );
    expect(error.code).toBe('api/invalid-input');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['admin.pin', 'areaCode', 'phone']);
    await expect(t.host.hall.status({})).resolves.toMatchObject({ configured: false });
  });
});
