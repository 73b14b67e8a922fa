import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../domain/calendar';
import { CALENDAR_2026 } from '../../domain/calendar-2026';
import type { Matter } from '../catalog/contract';
import { materialChecklist } from './checklist';
import type { Decision, MaterialMark } from './contract';
import { catchUpLimit, decisionProblems, type DecisionInput } from './decision';

const calendar = makeCalendar(CALENDAR_2026);
const material = (name: string, over: Partial<Matter['materials'][number]> = {}): Matter['materials'][number] => ({
  id: name,
  name,
  form: 'copy',
  copies: 1,
  required: true,
  deficiencyAllowed: false,
  standard: '加盖公章',
  ...over,
});
const permit: Matter = {
  id: 'permit',
  code: 'ZJ-001',
  name: '建筑工程施工许可证',
  department: '住建',
  legalLimitDays: 7,
  promisedLimitDays: 3,
  onTheSpot: false,
  legalBasis: '《建筑工程施工许可管理办法》',
  materials: [
    material('用地批准手续'),
    material('施工图审查合格文件', { form: 'either', deficiencyAllowed: true }),
    material('质量安全措施资料', { form: 'original', deficiencyAllowed: true }),
    material('授权委托书', { form: 'original', required: false }),
  ],
};
const fire: Matter = { ...permit, id: 'fire', code: 'ZJ-002', promisedLimitDays: 10, materials: [material('消防设计文件', { form: 'original', deficiencyAllowed: true })] };

const received = (name: string, form: 'original' | 'copy' = 'copy'): MaterialMark => ({ name, status: 'received', form, copies: 1, note: '' });
const marked = (name: string, status: MaterialMark['status'], note = ''): MaterialMark => ({ name, status, form: null, copies: 0, note });
const complete = (): MaterialMark[] => [received('用地批准手续'), received('施工图审查合格文件'), received('质量安全措施资料', 'original'), marked('授权委托书', 'missing')];

// Monday 2026-11-23; three working days on is Thursday 2026-11-26.
function check(decision: Decision, marks: MaterialMark[] = complete(), extra: Partial<DecisionInput> = {}) {
  const matters = extra.matters ?? [permit];
  return decisionProblems({ decision, marks, checklist: materialChecklist(matters), matters, intakeDay: '2026-11-23', calendar, blacklisted: null, ...extra });
}
const deficiency = (catchUpBy = '2026-11-26', commitmentSigned = true): Decision => ({ kind: 'deficiency', catchUpBy, commitmentSigned });
const replace = (marks: MaterialMark[], mark: MaterialMark) => marks.map((m) => (m.name === mark.name ? mark : m));

describe('accept (受理)', () => {
  it('takes a complete case; an optional material may be missing', () => {
    expect(check({ kind: 'accept' })).toEqual({});
  });

  it('refuses a missing required material, a defective one and a deferred one, each at its line', () => {
    const marks = replace(replace(replace(complete(), marked('用地批准手续', 'missing')), { ...received('施工图审查合格文件'), status: 'defective', note: '未盖章' }), marked('质量安全措施资料', 'deferred'));
    expect(check({ kind: 'accept' }, marks)).toEqual({
      'materials.0.status': '受理须收齐必要材料',
      'materials.1.status': '材料不符合要求，不能直接受理',
      'materials.2.status': '有容缺材料时请选择“容缺受理”',
    });
  });

  it('checks the form and copies handed in against the checklist', () => {
    const marks = replace(replace(complete(), received('质量安全措施资料', 'copy')), { ...received('用地批准手续'), form: null, copies: 0 });
    expect(check({ kind: 'accept' }, marks)).toEqual({
      'materials.0.form': '请选择原件或复印件',
      'materials.0.copies': '请填写份数',
      'materials.2.form': '该材料须提交原件',
    });
    const two = { ...permit, materials: [material('图纸', { copies: 2 })] };
    expect(check({ kind: 'accept' }, [received('图纸')], { matters: [two] })).toEqual({ 'materials.0.copies': '该材料须提交2份' });
  });

  it('refuses marks that do not cover the checklist exactly (a form made for other matters)', () => {
    expect(check({ kind: 'accept' }, complete().slice(1))).toEqual({ materials: '材料清单与所选事项不一致，请重新核对材料' });
    expect(check({ kind: 'accept' }, [...complete(), received('别的材料')])).toEqual({ materials: '材料清单与所选事项不一致，请重新核对材料' });
    expect(check({ kind: 'accept' }, [...complete(), received('用地批准手续')])).toEqual({ materials: '材料清单与所选事项不一致，请重新核对材料' });
  });
});

describe('accept with deficiency (容缺受理)', () => {
  const withDeferred = () => replace(complete(), marked('质量安全措施资料', 'deferred'));

  it('takes a case whose only gaps are 容缺 materials, with the commitment signed and a deadline within the promised limit', () => {
    expect(check(deficiency(), withDeferred())).toEqual({});
  });

  it('needs at least one deferred material', () => {
    expect(check(deficiency())).toEqual({ 'decision.kind': '容缺受理须至少有一份标为“容缺”的材料' });
  });

  it('refuses to defer a material its matter does not allow', () => {
    expect(check(deficiency(), replace(withDeferred(), marked('用地批准手续', 'deferred')))).toEqual({ 'materials.0.status': '该材料不允许容缺' });
  });

  it('refuses other required materials missing or defective', () => {
    const marks = replace(withDeferred(), marked('用地批准手续', 'missing'));
    expect(check(deficiency(), marks)['materials.0.status']).toMatch(/必要材料缺少时不能容缺受理/);
  });

  it('needs the signed commitment', () => {
    expect(check(deficiency('2026-11-26', false), withDeferred())).toEqual({ 'decision.commitmentSigned': '请在申请人签署承诺书后勾选' });
  });

  it('bounds the catch-up day by the promised limit of the matters that list the deferred material', () => {
    expect(check(deficiency('2026-11-27'), withDeferred())).toEqual({ 'decision.catchUpBy': '补齐期限不能超过承诺时限（最迟2026-11-26）' });
    expect(check(deficiency('2026-11-23'), withDeferred())).toEqual({ 'decision.catchUpBy': '补齐期限应晚于受理当日' });
    // Only the fire matter (10 days) lists the deferred material: its limit counts, not the permit's 3 days.
    const marks = [...complete(), marked('消防设计文件', 'deferred')];
    expect(check(deficiency('2026-12-07'), marks, { matters: [permit, fire] })).toEqual({});
    expect(check(deficiency('2026-12-08'), marks, { matters: [permit, fire] })).toEqual({ 'decision.catchUpBy': '补齐期限不能超过承诺时限（最迟2026-12-07）' });
  });

  it('refuses an applicant on the credit blacklist, with the reason', () => {
    expect(check(deficiency(), withDeferred(), { blacklisted: '严重失信主体' })).toEqual({
      'decision.kind': '申请人有信用黑名单记录（严重失信主体），不适用容缺受理',
    });
  });

  it('counts the limit in working days across a holiday', () => {
    // Thursday 2026-09-24: the 25th–27th are off (the 27th is a Sunday), so three working days on is 09-30.
    expect(catchUpLimit({ matters: [permit], intakeDay: '2026-09-24', calendar }, [{ line: materialChecklist([permit])[2]! }])).toBe('2026-09-30');
  });
});

describe('one-time notice (一次性告知)', () => {
  it('is given when a required material is missing or defective; a defect needs its description', () => {
    expect(check({ kind: 'oneTime' }, replace(complete(), marked('用地批准手续', 'missing')))).toEqual({});
    expect(check({ kind: 'oneTime' }, replace(complete(), { ...received('用地批准手续'), status: 'defective' }))).toEqual({ 'materials.0.note': '请说明材料存在的问题' });
  });

  it('is refused for a complete case, and does not take 容缺 marks', () => {
    expect(check({ kind: 'oneTime' })).toEqual({ 'decision.kind': '材料齐全且符合要求，不能出具一次性告知书' });
    expect(check({ kind: 'oneTime' }, replace(replace(complete(), marked('用地批准手续', 'missing')), marked('质量安全措施资料', 'deferred')))).toEqual({
      'materials.2.status': '一次性告知不适用容缺，请标为“缺少”',
    });
  });
});

describe('refuse (不予受理)', () => {
  it('names the competent agency when the matter is not this agency’s', () => {
    const refuse = (reason: 'notCompetent' | 'noPermitNeeded', competentAgency: string): Decision => ({ kind: 'refuse', reason, detail: '不属于本机关职权范围', competentAgency });
    expect(check(refuse('notCompetent', ''))).toEqual({ 'decision.competentAgency': '请填写有权受理的机关' });
    expect(check(refuse('notCompetent', '市住房和城乡建设局'))).toEqual({});
    expect(check(refuse('noPermitNeeded', ''))).toEqual({});
  });
});
