import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempStore } from '../test-fixtures';
import { insertCase, searchCaseRows, type NewCase } from './cases';
import { insertStaff } from './staff';

let fixture: ReturnType<typeof tempStore>;
beforeEach(() => {
  fixture = tempStore();
});
afterEach(() => fixture.dispose());

/** `n` cases, one a minute from 2026-01-05, applicants and projects cycling through the given names. */
function seed(n: number, applicants: string[], projects: string[]): void {
  const { store } = fixture;
  store.db.transaction((tx) => {
    const staffId = insertStaff(tx, { jobNumber: '1001', name: '王丽', role: 'clerk', pinHash: 'x' }, 0).id;
    for (let i = 0; i < n; i++) {
      const at = Date.UTC(2026, 0, 5, 1) + i * 60_000;
      const row: NewCase = {
        terminalNo: 1,
        catalogVersion: 1,
        stageId: 's',
        stageName: '施工许可',
        status: 'accepted',
        decision: { kind: 'accept' },
        applicantKind: 'person',
        applicantName: applicants[i % applicants.length]!,
        idType: 'resident',
        applicantKey: `K${i}`,
        contactName: null,
        phone: '13812345678',
        phoneDigits: '13812345678',
        agent: null,
        projectName: projects[i % projects.length]!,
        projectCode: '',
        projectLocation: '云溪县',
        projectScale: '1000平方米',
        deliveryMethod: 'inPerson',
        deliveryAddress: null,
        ticketId: null,
        ticketNumber: null,
        staffId,
        windowId: null,
        deviceId: store.deviceId,
        receivedAt: at,
        receivedDay: new Date(at + 8 * 3_600_000).toISOString().slice(0, 10),
        acceptedDay: null,
        updatedAt: at,
      };
      insertCase(tx, '110105', row, [], []);
    }
  });
}

/** What the search must return: every match, newest first, cut at the limit. */
function expected(match: (row: { applicantName: string; projectName: string }) => boolean, limit: number): string[] {
  const rows = fixture.store.sqlite.prepare('SELECT number, applicant_name AS applicantName, project_name AS projectName, received_at FROM intake_case').all() as Array<{
    number: string;
    applicantName: string;
    projectName: string;
    received_at: number;
  }>;
  return rows
    .filter(match)
    .sort((a, b) => b.received_at - a.received_at)
    .slice(0, limit)
    .map((r) => r.number);
}

describe('searching cases by a prefix', () => {
  it('returns the newest matches whether the prefix is rare (sorted from its index) or common (walked back in time)', () => {
    seed(1600, ['张伟', '李娜', '张敏'], ['云溪县第一中学', '城南小学扩建', '云溪县人民医院']);
    const search = (value: string) => searchCaseRows(fixture.store.db, { field: 'name', value }, null, null, 50).map((r) => r.number);
    // 1067 applicants start with 张 and 1067 projects with 云溪县 (walked back); 533 are 李娜 (sorted).
    expect(search('张')).toEqual(expected((r) => r.applicantName.startsWith('张') || r.projectName.startsWith('张'), 50));
    expect(search('李娜')).toEqual(expected((r) => r.applicantName.startsWith('李娜'), 50));
    expect(search('云溪县')).toEqual(expected((r) => r.projectName.startsWith('云溪县'), 50));
    expect(search('城南')).toEqual(expected((r) => r.projectName.startsWith('城南'), 50));
    expect(search('赵')).toEqual([]);
  });

  it('keeps to the day range on both paths', () => {
    seed(1600, ['张伟'], ['项目']);
    const day = '2026-01-05';
    const inDay = searchCaseRows(fixture.store.db, { field: 'name', value: '张' }, day, day, 2000);
    expect(inDay.length).toBeGreaterThan(0);
    expect(inDay.every((r) => r.receivedDay === day)).toBe(true);
    // Every case matches this prefix (walked back), those of the 6th only that one (sorted).
    const all = searchCaseRows(fixture.store.db, { field: 'caseNumber', value: '1101052026010' }, null, null, 2000);
    expect(all.map((r) => r.receivedAt)).toEqual([...all.map((r) => r.receivedAt)].sort((a, b) => b - a));
    expect(all).toHaveLength(1600);
    const sixth = searchCaseRows(fixture.store.db, { field: 'caseNumber', value: '11010520260106' }, null, null, 2000);
    expect(sixth).toHaveLength(700);
    expect(searchCaseRows(fixture.store.db, { field: 'caseNumber', value: '1101052026010' }, '2026-01-06', null, 2000)).toHaveLength(700);
  });
});
