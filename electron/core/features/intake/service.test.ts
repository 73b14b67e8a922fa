import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HallClient } from '../../../../shared/api/contract';
import type { Catalog } from '../../../../shared/features/catalog/contract';
import type { Decision, MaterialMark } from '../../../../shared/features/intake/contract';
import { sampleSubmission } from '../../../../shared/features/intake/sample';
import { DEMO_APPOINTMENTS, DEMO_BLACKLISTED } from '../../demo/seed';
import { createTestHall, refusal, type TestHall } from '../../test-hall';

let t: TestHall;
let clerk: HallClient;
let catalog: Catalog;
beforeEach(async () => {
  t = await createTestHall();
  clerk = t.as(t.hall.hostDevice, await t.signIn('1001', 1));
  catalog = (await clerk.catalog.current({}))!;
});
afterEach(() => t.dispose());

const DAY = 24 * 3_600_000;
const count = (table: string) => (t.hall.store.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const sample = (options: Parameters<typeof sampleSubmission>[1] = {}) => sampleSubmission(catalog, options);
const mark = (materials: MaterialMark[], name: string, change: Partial<MaterialMark>) => materials.map((m) => (m.name === name ? { ...m, ...change } : m));
/** 建筑工程施工许可证 (S3, promised 3 working days): 质量安全措施资料 may be 容缺, 用地批准手续 may not. */
const deficient = (decision: Partial<Extract<Decision, { kind: 'deficiency' }>> = {}) => {
  const s = sample({ decision: { kind: 'deficiency', catchUpBy: '2026-11-26', commitmentSigned: true, ...decision } });
  return { ...s, materials: mark(s.materials, '质量安全措施资料', { status: 'deferred', form: null, copies: 0 }) };
};
const lacking = () => {
  const s = sample({ decision: { kind: 'oneTime' } });
  return { ...s, materials: mark(mark(s.materials, '用地批准手续', { status: 'missing', form: null, copies: 0 }), '建设资金落实证明', { status: 'defective', note: '未加盖银行印章' }) };
};
const refused = () => sample({ decision: { kind: 'refuse', reason: 'notCompetent', detail: '属市级审批权限', competentAgency: '市住房和城乡建设局' } });

describe('the four decisions', () => {
  it('accepts a complete case: numbers it, starts its clock and issues the acceptance notice', async () => {
    const c = await clerk.intake.submit(sample());
    expect(c).toMatchObject({ number: '11010520261123010001', status: 'accepted', acceptedDay: '2026-11-23', decision: 'accept', catalogVersion: 1 });
    expect(c.documents).toMatchObject([{ kind: 'accept', number: '云溪审受〔2026〕第010001号', prints: 0 }]);
    // Promised 3 working days from Monday 2026-11-23, the first day not counted.
    expect(c.clock).toMatchObject({ dueDay: '2026-11-26', elapsed: 0, remaining: 3, colour: 'green' });
    expect(c.matters).toMatchObject([{ code: 'ZJ-001', promisedLimitDays: 3, legalLimitDays: 7, dueDay: '2026-11-26' }]);
    expect(c.clerk).toEqual({ name: '王丽', jobNumber: '1001' });
    expect(c.window).toMatchObject({ number: 1 });
    expect(c.timeline.map((e) => [e.kind, e.staffName, e.windowName])).toEqual([['intake.submit', '王丽', '1号窗口']]);
  });

  it('accepts with deficiency (容缺): the case waits for the promised materials, its clock running', async () => {
    const c = await clerk.intake.submit(deficient());
    expect(c).toMatchObject({ status: 'pendingMaterials', decisionDetail: { kind: 'deficiency', catchUpBy: '2026-11-26', commitmentSigned: true } });
    expect(c.documents[0]).toMatchObject({ kind: 'deficiency', number: '云溪审容〔2026〕第010001号' });
    expect(c.materials.find((m) => m.name === '质量安全措施资料')).toMatchObject({ status: 'deferred', form: null, copies: 0 });
    expect(c.clock?.dueDay).toBe('2026-11-26');
  });

  it('gives a one-time notice: listed gaps, not accepted, no clock', async () => {
    const c = await clerk.intake.submit(lacking());
    expect(c).toMatchObject({ status: 'notAccepted', acceptedDay: null, clock: null });
    expect(c.documents[0]!.kind).toBe('oneTime');
    expect(c.materials.filter((m) => m.status !== 'received').map((m) => [m.name, m.status, m.note])).toEqual([
      ['用地批准手续', 'missing', ''],
      ['建设资金落实证明', 'defective', '未加盖银行印章'],
    ]);
  });

  it('refuses with the reason and the competent agency', async () => {
    const c = await clerk.intake.submit(refused());
    expect(c).toMatchObject({ status: 'refused', clock: null, decisionDetail: { reason: 'notCompetent', competentAgency: '市住房和城乡建设局' } });
    expect(c.documents[0]!.number).toBe('云溪审不〔2026〕第010001号');
  });

  it('writes the case, its matters, materials, notice and log entry with their outbox entries in one go', async () => {
    const before = count('outbox');
    const c = await clerk.intake.submit(sample({ matterCodes: ['ZJ-001', 'ZJ-002'] }));
    const tables = (t.hall.store.sqlite.prepare('SELECT table_name AS name, count(*) AS n FROM outbox WHERE seq > ? GROUP BY table_name').all(before) as Array<{ name: string; n: number }>);
    expect(Object.fromEntries(tables.map((r) => [r.name, r.n]))).toEqual({
      intake_case: 1,
      case_matter: 2,
      case_material: c.materials.length,
      case_document: 1,
      activity: 1,
    });
  });
});

describe('the rules, refused before anything is saved', () => {
  it('refuses 容缺 for an applicant on the credit blacklist, with the reason', async () => {
    const s = deficient();
    const blacklisted = { ...s, applicant: { ...s.applicant, name: DEMO_BLACKLISTED.name, creditCode: DEMO_BLACKLISTED.creditCode } };
    const error = await refusal(clerk.intake.submit(blacklisted));
    expect(error.code).toBe('intake/blacklisted');
    expect(error.fields).toEqual({ 'decision.kind': `申请人有信用黑名单记录（${DEMO_BLACKLISTED.reason}），不适用容缺受理` });
    expect([count('intake_case'), count('case_document')]).toEqual([0, 0]);
    // The same applicant can still be accepted when nothing is missing.
    await expect(clerk.intake.submit({ ...sample(), applicant: blacklisted.applicant })).resolves.toMatchObject({ status: 'accepted' });
  });

  it.each([
    ['an ID with a wrong check character', { kind: 'person', name: '张伟', idType: 'resident', idNumber: '110105194912310021', phone: '13812345678', agent: null }, 'applicant.idNumber', '身份证号码校验位不正确'],
    ['a birth date that does not exist', { kind: 'person', name: '张伟', idType: 'resident', idNumber: '110105194902300029', phone: '13812345678', agent: null }, 'applicant.idNumber', '身份证号码中的出生日期不存在'],
    ['a birth date in the future', { kind: 'person', name: '张伟', idType: 'resident', idNumber: '110105203001010012', phone: '13812345678', agent: null }, 'applicant.idNumber', '身份证号码中的出生日期晚于今天'],
    ['a malformed credit code', { kind: 'organisation', name: '云溪建设', creditCode: '91350100M000100Y44', contactName: '李娜', phone: '13812345678', agent: null }, 'applicant.creditCode', '统一社会信用代码校验位不正确'],
    ['script in a name', { kind: 'person', name: '<script>alert(1)</script>', idType: 'resident', idNumber: '11010519491231002X', phone: '13812345678', agent: null }, 'applicant.name', '申请人姓名不能包含 < > 等标记字符'],
  ])('refuses %s at its field', async (_what, applicant, field, message) => {
    const error = await refusal(clerk.intake.submit({ ...sample(), applicant: applicant as never }));
    expect(error.code).toBe('api/invalid-input');
    expect(error.fields?.[field]).toBe(message);
    expect(count('intake_case')).toBe(0);
  });

  it('refuses overlong text and a malformed project code', async () => {
    const s = sample();
    const error = await refusal(clerk.intake.submit({ ...s, project: { ...s.project, name: '楼'.repeat(101), code: '2026-1' } }));
    expect(error.fields).toMatchObject({ 'project.name': '项目名称不能超过100个字', 'project.code': '投资项目代码格式应为 2026-331002-47-03-012345' });
  });

  it('refuses a missing required material under 受理, at its line', async () => {
    const s = sample();
    const error = await refusal(clerk.intake.submit({ ...s, materials: mark(s.materials, '用地批准手续', { status: 'missing', form: null, copies: 0 }) }));
    expect(error.code).toBe('intake/rules');
    expect(error.fields).toEqual({ [`materials.${s.materials.findIndex((m) => m.name === '用地批准手续')}.status`]: '受理须收齐必要材料' });
    expect(count('intake_case')).toBe(0);
  });

  it('refuses matters of another stage and an unknown stage', async () => {
    const other = catalog.stages.find((s) => s.code === 'S1')!.matters[0]!.id;
    expect((await refusal(clerk.intake.submit({ ...sample(), matterIds: [other] }))).fields).toEqual({ matterIds: '所选事项不属于该阶段或已停用，请重新选择' });
    expect((await refusal(clerk.intake.submit({ ...sample(), stageId: 'gone' }))).fields).toEqual({ stageId: '所选阶段不在现行事项目录中，请重新选择' });
  });

  it('refuses intake on a PC without a terminal number, since its case numbers could collide', async () => {
    t.hall.store.sqlite.prepare('UPDATE device SET terminal_no = NULL').run();
    expect((await refusal(clerk.intake.submit(sample()))).code).toBe('intake/no-terminal');
  });

  it('is for intake clerks at hall screens only', async () => {
    const pickup = t.as(t.hall.hostDevice, await t.signIn('2001', 6));
    expect((await refusal(pickup.intake.submit(sample()))).code).toBe('api/forbidden-role');
    const kiosk = t.as({ role: 'kiosk', id: 'k1', name: 'kiosk' });
    expect((await refusal(kiosk.intake.search({ q: '', from: null, to: null }))).code).toBe('api/forbidden-device');
  });
});

describe('numbers', () => {
  it('number cases per terminal per day, restarting the next day, and notices per kind per year', async () => {
    const first = await clerk.intake.submit(sample());
    const second = await clerk.intake.submit(refused());
    const third = await clerk.intake.submit(sample());
    expect([first.number, second.number, third.number]).toEqual(['11010520261123010001', '11010520261123010002', '11010520261123010003']);
    expect([first, second, third].map((c) => c.documents[0]!.number)).toEqual(['云溪审受〔2026〕第010001号', '云溪审不〔2026〕第010001号', '云溪审受〔2026〕第010002号']);
    t.clock.advance(DAY);
    expect((await clerk.intake.submit(sample())).number).toBe('11010520261124010001');
  });

  it('carry the terminal number, so two enrolled PCs never mint the same one', async () => {
    t.hall.store.sqlite.prepare('UPDATE device SET terminal_no = 17').run();
    expect((await clerk.intake.submit(sample())).number).toBe('11010520261123170001');
  });
});

describe('from the ticket being served', () => {
  it('prefills the stage of the ticket’s queue and an appointment’s applicant, and records the ticket on the case', async () => {
    const ticket = await t.host.queue.checkIn({ code: DEMO_APPOINTMENTS[0].code });
    await clerk.queue.callNext({});
    const prefill = await clerk.intake.prefill({ ticketId: ticket.id });
    expect(prefill).toMatchObject({ ticketNumber: ticket.number, stageId: catalog.stages.find((s) => s.code === 'S3')!.id });
    expect(prefill.applicant).toMatchObject({ name: '张伟', phone: '13812345678' });
    const c = await clerk.intake.submit({ ...sample(), ticketId: ticket.id });
    expect(c.ticketNumber).toBe(ticket.number);
  });

  it('finds an applicant’s earlier case and blacklist entry by ID number or credit code', async () => {
    expect(await clerk.intake.lookupApplicant({ key: '91350100M000100Y43' })).toEqual({ latest: null, cases: 0, blacklisted: null });
    await clerk.intake.submit(sample());
    const history = await clerk.intake.lookupApplicant({ key: '91350100m000100y43' });
    expect(history).toMatchObject({ cases: 1, blacklisted: null, latest: { applicant: { name: '云溪建设工程有限公司', contactName: '李娜' }, project: { code: '2026-331002-47-03-012345' } } });
    expect((await clerk.intake.lookupApplicant({ key: DEMO_BLACKLISTED.creditCode })).blacklisted).toBe(DEMO_BLACKLISTED.reason);
  });
});

describe('finding cases again', () => {
  it('by case number, ID number, credit code, phone, applicant, project and day', async () => {
    const org = await clerk.intake.submit(sample());
    t.clock.advance(DAY);
    const person = await clerk.intake.submit({
      ...sample(),
      applicant: { kind: 'person', name: '张伟', idType: 'resident', idNumber: '11010519491231002X', phone: '0571-88886666', agent: null },
      project: { name: '张伟自建住房', code: '', location: '云溪县北街1号', scale: '300平方米' },
    });
    const find = async (q: string, from: string | null = null, to: string | null = null) => {
      const result = await clerk.intake.search({ q, from, to });
      return [result.field, result.cases.map((c) => c.number)];
    };
    expect(await find(org.number)).toEqual(['caseNumber', [org.number]]);
    expect(await find('1101052026')).toEqual(['caseNumber', [person.number, org.number]]);
    expect(await find('11010519491231002x')).toEqual(['idNumber', [person.number]]);
    expect(await find('91350100M000100Y43')).toEqual(['creditCode', [org.number]]);
    expect(await find('138 1234 5678')).toEqual(['phone', [org.number]]);
    expect(await find('057188886666')).toEqual(['phone', [person.number]]);
    expect(await find('张伟')).toEqual(['name', [person.number]]);
    expect(await find('云溪县第一中学')).toEqual(['name', [org.number]]);
    expect(await find('', '2026-11-24', '2026-11-24')).toEqual(['recent', [person.number]]);
    expect(await find('云溪', '2026-11-23', '2026-11-23')).toEqual(['name', [org.number]]);
    expect(await find('李')).toEqual(['name', []]);
  });

  it('lists personal data masked, and logs every view of the full case', async () => {
    const c = await clerk.intake.submit({ ...sample(), applicant: { kind: 'person', name: '张伟', idType: 'resident', idNumber: '11010519491231002X', phone: '13812345678', agent: null } });
    const [row] = (await clerk.intake.search({ q: '张伟', from: null, to: null })).cases;
    expect(row).toMatchObject({ applicantKey: '1101**********002X', phoneMasked: '138****5678' });
    const full = await clerk.intake.get({ caseId: c.id });
    expect(full.applicant.idNumber).toBe('11010519491231002X');
    expect(full.timeline.map((e) => e.kind)).toEqual(['intake.submit', 'intake.view']);
  });
});

describe('notices', () => {
  it('carry masked personal data, the limits and the expected completion date', async () => {
    const c = await clerk.intake.submit({ ...sample(), applicant: { kind: 'person', name: '张伟', idType: 'resident', idNumber: '11010519491231002X', phone: '13812345678', agent: null } });
    const notice = await clerk.intake.notice({ documentId: c.documents[0]!.id });
    expect(notice).toMatchObject({
      documentNumber: '云溪审受〔2026〕第010001号',
      caseNumber: c.number,
      agencyName: '云溪县行政审批服务局',
      applicant: { name: '张*', idLabel: '居民身份证', idMasked: '1101**********002X', phoneMasked: '138****5678' },
      expectedCompletionDay: '2026-11-26',
      clerk: { name: '王丽', jobNumber: '1001' },
    });
    expect(JSON.stringify(notice)).not.toContain('11010519491231002X');
  });

  it('keep their number on a reprint, which is logged as one', async () => {
    const c = await clerk.intake.submit(sample());
    const documentId = c.documents[0]!.id;
    expect(await clerk.intake.recordPrint({ documentId })).toEqual({ prints: 1 });
    expect(await clerk.intake.recordPrint({ documentId })).toEqual({ prints: 2 });
    const after = await clerk.intake.get({ caseId: c.id });
    expect(after.documents).toMatchObject([{ id: documentId, number: c.documents[0]!.number, prints: 2 }]);
    expect(after.timeline.map((e) => e.kind)).toEqual(['intake.submit', 'intake.print', 'intake.reprint', 'intake.view']);
  });
});

describe('补正', () => {
  it('completes a one-time-notice case and moves the acceptance day to the day the materials became complete', async () => {
    const c = await clerk.intake.submit(lacking());
    t.clock.advance(2 * DAY);
    const partial = await clerk.intake.supplement({ caseId: c.id, materials: [{ name: '用地批准手续', form: 'copy', copies: 1 }] });
    expect(partial).toMatchObject({ status: 'notAccepted', acceptedDay: null });
    t.clock.advance(DAY);
    const done = await clerk.intake.supplement({ caseId: c.id, materials: [{ name: '建设资金落实证明', form: 'original', copies: 1 }] });
    expect(done).toMatchObject({ status: 'accepted', acceptedDay: '2026-11-26', clock: { dueDay: '2026-12-01' } });
    expect(done.documents.map((d) => [d.kind, d.number])).toEqual([
      ['oneTime', '云溪审告〔2026〕第010001号'],
      ['accept', '云溪审受〔2026〕第010001号'],
    ]);
    expect(done.timeline.map((e) => e.kind)).toEqual(['intake.submit', 'intake.supplement', 'intake.supplement', 'intake.complete']);
    expect(done.materials.every((m) => !m.required || m.status === 'received')).toBe(true);
  });

  it('completes a 容缺 case within its catch-up day; after it, the case is terminated and 补正 refused', async () => {
    const inTime = await clerk.intake.submit(deficient());
    const late = await clerk.intake.submit(deficient());
    t.clock.advance(2 * DAY);
    await expect(clerk.intake.supplement({ caseId: inTime.id, materials: [{ name: '质量安全措施资料', form: 'original', copies: 1 }] })).resolves.toMatchObject({
      status: 'accepted',
      acceptedDay: '2026-11-25',
    });
    t.clock.advance(2 * DAY); // Friday 11-27, past the catch-up day of 11-26
    expect((await clerk.intake.get({ caseId: late.id })).status).toBe('terminated');
    const error = await refusal(clerk.intake.supplement({ caseId: late.id, materials: [{ name: '质量安全措施资料', form: 'original', copies: 1 }] }));
    expect(error.fields).toEqual({ caseId: '容缺补齐期限已过，办件已终止，请重新申报' });
  });

  it('takes only outstanding materials, and nothing for an accepted or refused case', async () => {
    const c = await clerk.intake.submit(lacking());
    expect((await refusal(clerk.intake.supplement({ caseId: c.id, materials: [{ name: '建设工程规划许可证', form: 'copy', copies: 1 }] }))).fields).toEqual({
      'materials.0.name': '“建设工程规划许可证”不是待补正的材料',
    });
    const accepted = await clerk.intake.submit(sample());
    expect((await refusal(clerk.intake.supplement({ caseId: accepted.id, materials: [{ name: '用地批准手续', form: 'copy', copies: 1 }] }))).fields).toEqual({ caseId: '该办件无需补正' });
  });
});

describe('suspensions (挂起)', () => {
  it('stop the clock: the due day moves out by the suspended working days', async () => {
    const c = await clerk.intake.submit(sample());
    t.clock.advance(DAY);
    const suspended = await clerk.intake.suspend({ caseId: c.id, type: 'siteSurvey', reason: '现场踏勘', approver: '陈静', startDay: '2026-11-24' });
    const open = suspended.suspensions[0]!;
    expect(open).toMatchObject({ type: 'siteSurvey', startDay: '2026-11-24', endDay: null });
    expect(suspended.clock).toMatchObject({ suspended: 1, dueDay: '2026-11-27' });
    t.clock.advance(DAY);
    const resumed = await clerk.intake.resume({ caseId: c.id, suspensionId: open.id, endDay: '2026-11-25' });
    expect(resumed.clock).toMatchObject({ suspended: 2, dueDay: '2026-11-30' });
    expect(resumed.timeline.map((e) => e.kind)).toEqual(['intake.submit', 'intake.suspend', 'intake.resume']);
  });

  it('are refused for a case whose clock is not running, before acceptance, or twice at once', async () => {
    const notice = await clerk.intake.submit(lacking());
    const input = { type: 'hearing' as const, reason: '听证', approver: '陈静', startDay: '2026-11-23' };
    expect((await refusal(clerk.intake.suspend({ caseId: notice.id, ...input }))).fields).toEqual({ caseId: '只有已受理、正在计时的办件可以挂起' });
    const c = await clerk.intake.submit(sample());
    expect((await refusal(clerk.intake.suspend({ caseId: c.id, ...input, startDay: '2026-11-20' }))).fields).toEqual({ startDay: '挂起开始日不能早于受理日（2026-11-23）' });
    await clerk.intake.suspend({ caseId: c.id, ...input });
    expect((await refusal(clerk.intake.suspend({ caseId: c.id, ...input }))).fields).toEqual({ caseId: '该办件已有未结束的挂起' });
  });
});
