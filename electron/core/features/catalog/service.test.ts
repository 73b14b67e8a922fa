import { afterEach, describe, expect, it } from 'vitest';
import { createTestHall, refusal, type TestHall } from '../../test-hall';

let t: TestHall;
afterEach(() => t.dispose());

describe('catalog', () => {
  it('is seeded by the demo with the sample matters of DOMAIN §9, as reference data without outbox entries', async () => {
    t = await createTestHall();
    const catalog = (await t.host.catalog.current({}))!;
    expect(catalog.version).toBe(1);
    expect(catalog.stages.map((s) => s.name)).toEqual(['立项用地规划许可', '工程建设许可', '施工许可', '竣工验收']);
    expect(catalog.stages.flatMap((s) => s.matters)).toHaveLength(12);
    const permit = catalog.stages[2]!.matters.find((m) => m.name === '建筑工程施工许可证')!;
    expect(permit).toMatchObject({ department: '住建', legalLimitDays: 7, promisedLimitDays: 3, onTheSpot: false });
    expect(permit.materials.map((m) => m.name)).toContain('建设资金落实证明');
    expect(permit.materials.some((m) => m.deficiencyAllowed)).toBe(true);
    expect(catalog.stages[0]!.matters[0]).toMatchObject({ name: '企业投资项目备案', onTheSpot: true });
    const pushed = t.hall.store.sqlite.prepare("SELECT count(*) AS n FROM outbox WHERE table_name LIKE 'catalog%'").get() as { n: number };
    expect(pushed.n).toBe(0);
  });

  it('is empty on a hall that has none yet, and is not for kiosks', async () => {
    t = await createTestHall({ demo: false });
    await expect(t.host.catalog.current({})).resolves.toBeNull();
    expect((await refusal(t.as({ role: 'kiosk', id: 'k', name: 'k' }).catalog.current({}))).code).toBe('api/forbidden-device');
  });
});
