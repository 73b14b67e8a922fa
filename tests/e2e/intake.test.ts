import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, addWorkingDays, makeCalendar } from '../../shared/domain/calendar';
import { CALENDAR_2026 } from '../../shared/domain/calendar-2026';
import { hallDay } from '../../shared/domain/clock';
import { residentIdCheckChar } from '../../shared/domain/identifiers';
import type { CaseSummary, DecisionKind, NoticeData } from '../../shared/features/intake/contract';
import type { QueueInfo, Ticket } from '../../shared/features/queue/contract';
import { DEMO_APPOINTMENTS, DEMO_BLACKLISTED } from '../../electron/core/demo/seed';
import { launchBrowser, screenshot, watchConsole } from '../support/browser';
import { callApi, startHall, tearDown, type RunningHall } from '../support/hall-process';

/**
 * Intake at 1号窗口 as the clerk does it, in real Chromium and from the keyboard: a ticket called (F2) and
 * started (F4), the form opened from it (F10) and prefilled, fields walked with Enter, matters ticked with
 * Space, materials marked with their keys, the decision by Alt+1..4, Ctrl+Enter to the notice, Esc back and F5
 * to finish; once for each of the four decisions. Then the refusals the form must make (容缺 for a blacklisted
 * organisation, a mistyped ID number), and the cases found again on 办件查询 (Ctrl+F) by every key of its one
 * box. What the notices carry on paper is notices.test.ts's.
 */

const WAIT = { timeout: 15_000 };
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const TODAY = hallDay(Date.now());
const YEAR = TODAY.slice(0, 4);
const CALENDAR = makeCalendar(CALENDAR_2026);

const BOOKED = DEMO_APPOINTMENTS[0]; // 张伟, booked for queue C (施工许可)
const ZHANG = { name: BOOKED.name, idNumber: BOOKED.first17 + residentIdCheckChar(BOOKED.first17), phone: BOOKED.phone };
const CHEN = { name: '陈晓东', idNumber: '11010519491231002X', phone: '13905712233' };
const COMPANY = { name: '云溪县城投建设有限公司', creditCode: '91350100M000100Y43', contact: '李娜', phone: '0571-87654321' };
const BAD_ID = '110105194912310021';

const PROJECTS = {
  school: { name: '云溪县第一中学教学楼扩建工程', code: '2026-331002-47-03-012345', location: '云溪县城南路88号', scale: '总建筑面积12000平方米' },
  housing: { name: '云溪县城南安置小区二期', code: '', location: '云溪县城南新区', scale: '用地面积45000平方米' },
  shop: { name: '陈晓东自建商住楼', code: '', location: '云溪县北门街12号', scale: '建筑面积860平方米' },
};
/** The matters of stage S1 (立项用地规划许可) in the demo catalog, as the form lists them. */
const S1_MATTERS = ['企业投资项目备案', '建设项目用地预审与选址意见书', '建设用地规划许可证', '环境影响评价审批(报告表)'];
type Project = (typeof PROJECTS)[keyof typeof PROJECTS];

const TITLES: Record<DecisionKind, { title: string; mark: string }> = {
  accept: { title: '受理通知书', mark: '受' },
  deficiency: { title: '容缺受理通知书', mark: '容' },
  oneTime: { title: '一次性告知书', mark: '告' },
  refuse: { title: '不予受理通知书', mark: '不' },
};

let hall: RunningHall | undefined;
let browser: Browser | undefined;
let page: Page;
let problems: string[] = [];
let queues: QueueInfo[] = [];
/** The clerk's own session, read from the signed-in page: what the API sees is what the clerk may see. */
let token = '';
/** The notice of each decision, as the host tells it. */
const taken: Partial<Record<DecisionKind, NoticeData>> = {};

async function api<T>(method: string, input: unknown): Promise<T> {
  const { status, body } = await callApi<T>(hall!.url, method, input, token ? { 'X-Hall-Session': token } : {});
  if (!body.ok) throw new Error(`${method} → HTTP ${status} ${JSON.stringify(body.error)}`);
  return body.value;
}

const issue = (prefix: string) => api<Ticket>('queue.issueTicket', { queueId: queues.find((q) => q.prefix === prefix)!.id });

/** The element id of an intake field path, as the form names it (`fieldId` in the form's fields.tsx). */
const fieldId = (path: string) => `intake-${path.replaceAll('.', '-')}`;
const field = (path: string) => page.locator(`#${fieldId(path)}`);
/** The form item around a field: where its message is shown. */
const itemOf = (path: string) => page.locator('.ant-form-item').filter({ has: field(path) });

/** What has the focus: a field's id, a checkbox's, radio's or button's label, or a material line by its place. */
function focused(): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    if (el.matches('tr.ant-table-row')) return `row ${[...el.parentElement!.children].filter((r) => r.matches('tr.ant-table-row')).indexOf(el) + 1}`;
    if (el.id) return el.id;
    return (el.closest('label, button')?.textContent ?? el.tagName).trim();
  });
}

async function expectFocus(expected: string | RegExp): Promise<void> {
  if (typeof expected === 'string') await expect.poll(focused, WAIT).toBe(expected);
  else await expect.poll(focused, WAIT).toMatch(expected);
}

/** Types over what a field holds and moves on with Enter, as the clerk does; the field must have the focus. */
async function typeField(path: string, value: string): Promise<void> {
  await expectFocus(fieldId(path));
  await page.keyboard.press('Control+A');
  if (value) await page.keyboard.type(value);
  else await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
}

/** Enter through fields the form has filled, each in turn having the focus. */
async function walk(paths: string[]): Promise<void> {
  for (const path of paths) {
    await expectFocus(fieldId(path));
    await page.keyboard.press('Enter');
  }
}

/** Enter, and the focus lands on each of `stops` in turn (ids, labels, or patterns of labels). */
async function enterTo(...stops: Array<string | RegExp>): Promise<void> {
  for (const stop of stops) {
    await page.keyboard.press('Enter');
    await expectFocus(stop);
  }
}

async function typeProject(project: Project): Promise<void> {
  for (const key of ['name', 'code', 'location', 'scale'] as const) await typeField(`project.${key}`, project[key]);
}

/** From the stage (focused), Enter down the matters, Space on the wanted ones. */
async function tickMatters(stage: string, all: string[], wanted: string[]): Promise<void> {
  await expectFocus(stage);
  for (const matter of all) {
    await page.keyboard.press('Enter');
    await expectFocus(new RegExp(`^${matter.replace(/[()]/g, '\\$&')}`));
    if (wanted.includes(matter)) await page.keyboard.press('Space');
  }
}

/**
 * Works down the checklist from the focused first line. Each entry is one line's keys: letters and digits as
 * pressed (S/空格 received, Q missing, R 容缺, Y/F original/copy, 1–9 copies), or `B:…` for a defective paper
 * with its note, typed where the form puts the focus and closed with Enter.
 */
async function markMaterials(lines: string[]): Promise<void> {
  for (const [i, keys] of lines.entries()) {
    await expectFocus(`row ${i + 1}`);
    if (keys.startsWith('B:')) {
      await page.keyboard.press('B');
      await expectFocus(fieldId(`materials.${i}.note`));
      await page.keyboard.type(keys.slice(2));
      await page.keyboard.press('Enter');
      continue;
    }
    for (const key of keys) await page.keyboard.press(key === ' ' ? 'Space' : key);
  }
}

/** Each checklist line as the screen shows it: its pressed status, and how and how many were handed in. */
function materialLines(): Promise<string[]> {
  return page.locator('.intake-materials tr.ant-table-row').evaluateAll((rows) =>
    rows.map((row) => {
      const status = row.querySelector('button[aria-pressed="true"]')?.textContent ?? '-';
      const handedIn = row.querySelectorAll('td')[2]!;
      const form = handedIn.querySelector('button')?.textContent ?? '';
      const copies = handedIn.querySelector<HTMLInputElement>('.ant-input-number input')?.value ?? '';
      const note = handedIn.querySelector<HTMLInputElement>('.intake-note input, input.intake-note')?.value ?? '';
      return [status, form, copies && `${copies}份`, note].filter(Boolean).join(' ');
    }),
  );
}

const checkedStage = () => page.locator('.intake .ant-radio-button-wrapper-checked').filter({ has: page.locator('input[name="stageId"]') });
/** A decision's button on the bar: its name, then its key. */
const decisionRadio = (name: string) => page.locator('.intake-decision label.ant-radio-button-wrapper').filter({ hasText: new RegExp(`^${name}Alt\\+`) });

async function decide(key: string, name: string): Promise<void> {
  await page.keyboard.press(key);
  await expect.poll(() => decisionRadio(name).getAttribute('class'), WAIT).toContain('ant-radio-button-wrapper-checked');
}

async function signIn(windowName: string): Promise<void> {
  await page.goto(`${hall!.url}/window`);
  await page.getByText('窗口登录').waitFor(WAIT);
  await page.locator('.ant-select').click();
  await page.locator('.ant-select-dropdown').waitFor(WAIT);
  await page.keyboard.type(windowName);
  await page.keyboard.press('Enter');
  await page.locator('.ant-select', { hasText: windowName }).waitFor(WAIT);
  await page.getByLabel('工号').fill('1001');
  await page.getByLabel('PIN').fill('123456');
  await page.keyboard.press('Enter');
  await page.getByText(`窗口：${windowName}`).waitFor(WAIT);
  token = (await page.evaluate(() => localStorage.getItem('onewindow.session.window')))!;
}

const currentNumber = (text: string) => page.locator('[data-testid="current-number"]', { hasText: new RegExp(`^${text}$`) });

/** F2 calls the ticket, F4 starts it, F10 opens the intake form from it. */
async function serve(ticket: Ticket): Promise<void> {
  await page.getByText(/^等候队列（1）/).waitFor(WAIT);
  await page.keyboard.press('F2');
  await currentNumber(ticket.number).waitFor(WAIT);
  await page.keyboard.press('F4');
  await page.locator('.workbench-current .current-meta').getByText('办理中').waitFor(WAIT);
  await page.keyboard.press('F10');
  await page.getByTestId('intake-ticket').filter({ hasText: `排队号 ${ticket.number}` }).waitFor(WAIT);
  expect(new URL(page.url()).searchParams.get('ticket')).toBe(ticket.id);
}

/** Where a submit went: to the notice, or nowhere with the form's messages saying why. */
async function submitted(): Promise<string> {
  if (/^\/window\/notices\/[0-9a-f-]{36}$/.test(new URL(page.url()).pathname)) return 'notice';
  const messages = await page.locator('[data-testid="intake-summary"], .ant-form-item-explain-error, .intake-row-message').allTextContents();
  return messages.length > 0 ? `not submitted: ${messages.join(' | ')}` : 'submitting';
}

/** Ctrl+Enter, then the notice page: its title and number in the header, the same the host issued. */
async function submitToNotice(kind: DecisionKind): Promise<NoticeData> {
  await page.keyboard.press('Control+Enter');
  await expect.poll(submitted, WAIT).toBe('notice');
  const documentId = page.url().split('/').at(-1)!;
  const header = page.locator('.notice-header').first();
  await header.locator('.notice-title', { hasText: TITLES[kind].title }).waitFor(WAIT);
  const number = await header.locator('.notice-number').textContent();
  expect(number).toMatch(new RegExp(`^云溪审${TITLES[kind].mark}〔${YEAR}〕第\\d{6}号$`));
  const notice = await api<NoticeData>('intake.notice', { documentId });
  expect(notice).toMatchObject({ kind, documentNumber: number, clerk: { name: '王丽', jobNumber: '1001' }, window: { name: '1号窗口' } });
  await expect.poll(() => header.locator('figcaption').textContent()).toContain(notice.caseNumber);
  taken[kind] = notice;
  return notice;
}

/** Esc from the notice back to the workbench, where the ticket is still being served; F5 finishes it. */
async function backAndFinish(ticket: Ticket): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => page.url(), WAIT).toBe(`${hall!.url}/window`);
  await currentNumber(ticket.number).waitFor(WAIT);
  await page.keyboard.press('F5');
  await page.getByTestId('action-notice').filter({ hasText: `${ticket.number}：办结` }).waitFor(WAIT);
  await currentNumber('尚未叫号').waitFor(WAIT);
}

/**
 * From 个人 to 单位 (or back) by the keyboard: Shift+Tab up to the switch in the card's title, an arrow across;
 * the form puts the focus on the new kind's first field.
 */
async function switchApplicantKind(from: 'person' | 'organisation'): Promise<void> {
  const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
  for (let i = 0; i < 4 && (await focusedName()) !== 'applicant.kind'; i++) await page.keyboard.press('Shift+Tab');
  expect(await focusedName()).toBe('applicant.kind');
  await page.keyboard.press(from === 'person' ? 'ArrowRight' : 'ArrowLeft');
  await expectFocus(fieldId(from === 'person' ? 'applicant.creditCode' : 'applicant.idNumber'));
}

beforeAll(async () => {
  hall = await startHall({ demo: true });
  browser = await launchBrowser();
  queues = await api<QueueInfo[]>('queue.queues', {});
  const context = await browser.newContext({ viewport: SIZES[0], locale: 'zh-CN' });
  page = await context.newPage();
  problems = watchConsole(page);
  await signIn('1号窗口');
});

afterAll(() => tearDown(browser, hall));

describe('intake at 1号窗口, keyboard first', () => {
  it('受理: an appointment (张伟) prefills stage and applicant; every material received', async () => {
    const ticket = await api<Ticket>('queue.checkIn', { code: '100001' });
    await serve(ticket);
    // The booked queue's stage, and the booked person, are there; the ID number has the focus.
    await expect.poll(() => checkedStage().textContent()).toBe('施工许可');
    expect(await field('applicant.idNumber').inputValue()).toBe(ZHANG.idNumber);
    expect(await field('applicant.name').inputValue()).toBe(ZHANG.name);
    expect(await field('applicant.phone').inputValue()).toBe(ZHANG.phone);
    await expectFocus(fieldId('applicant.idNumber'));

    await walk(['applicant.idNumber', 'applicant.name', 'applicant.phone', 'applicant.agent']);
    await typeProject(PROJECTS.school);
    await tickMatters('施工许可', ['建筑工程施工许可证', '特殊建设工程消防设计审查', '人防工程设计审查'], ['建筑工程施工许可证']);
    await page.keyboard.press('Enter');
    // 申请表, 用地批准手续, 规划许可证, 施工图审查 (original, 2 copies), 合同, 质量安全, 资金, 委托书 (not needed: missing).
    await markMaterials(['S', ' ', 'S', 'Y2S', 'S', 'S', 'S', 'Q']);
    expect(await materialLines()).toEqual([
      '收到 原件 1份',
      '收到 复印件 1份',
      '收到 复印件 1份',
      '收到 原件 2份',
      '收到 复印件 1份',
      '收到 原件 1份',
      '收到 原件 1份',
      '缺少',
    ]);
    await decide('Alt+1', '受理');

    const notice = await submitToNotice('accept');
    expect(notice.applicant).toMatchObject({ name: '张*', phoneMasked: '138****5678' });
    expect(notice.expectedCompletionDay).toBe(addWorkingDays(CALENDAR, TODAY, 3).day);
    await backAndFinish(ticket);
  });

  it('容缺受理: an organisation, one paper deferred, the commitment signed; the catch-up day defaults to the latest allowed', async () => {
    const ticket = await issue('A');
    await serve(ticket);
    await expect.poll(() => checkedStage().textContent()).toBe('立项用地规划许可');
    await switchApplicantKind('person');
    await typeField('applicant.creditCode', COMPANY.creditCode);
    await typeField('applicant.name', COMPANY.name);
    await typeField('applicant.contactName', COMPANY.contact);
    await typeField('applicant.phone', COMPANY.phone);
    await walk(['applicant.agent']);
    await typeProject(PROJECTS.housing);
    await tickMatters('立项用地规划许可', S1_MATTERS, ['建设用地规划许可证']);
    await page.keyboard.press('Enter');
    // 申请表, 选址意见书 (copy), 出让合同 (copy), 宗地图 deferred (容缺).
    await markMaterials(['S', 'S', 'S', 'R']);
    expect(await materialLines()).toEqual(['收到 原件 1份', '收到 复印件 1份', '收到 复印件 1份', '容缺']);
    await decide('Alt+2', '容缺受理');
    // Enter past the last line to the decision, the delivery, the catch-up day, then the commitment.
    await enterTo(/^容缺受理/, '窗口领取', fieldId('decision.catchUpBy'));
    const latest = addWorkingDays(CALENDAR, TODAY, 5).day; // 建设用地规划许可证: promised 5 working days
    expect(await field('decision.catchUpBy').inputValue()).toBe(latest);
    await page.getByText(`最迟 ${latest}`).waitFor(WAIT);
    await enterTo(fieldId('decision.commitmentSigned'));
    await page.keyboard.press('Space');
    expect(await field('decision.commitmentSigned').isChecked()).toBe(true);

    for (const size of SIZES) {
      await page.setViewportSize(size);
      await screenshot(page, `intake-form-deficiency-${size.width}x${size.height}`);
    }
    await page.setViewportSize(SIZES[0]);

    const notice = await submitToNotice('deficiency');
    expect(notice.decision).toEqual({ kind: 'deficiency', catchUpBy: latest, commitmentSigned: true });
    expect(notice.applicant.idMasked).toBe(COMPANY.creditCode);
    await backAndFinish(ticket);
  });

  it('一次性告知: a person, one paper missing and one defective with its note', async () => {
    const ticket = await issue('B');
    await serve(ticket);
    await expect.poll(() => checkedStage().textContent()).toBe('工程建设许可');
    await typeField('applicant.idNumber', CHEN.idNumber);
    await typeField('applicant.name', CHEN.name);
    await typeField('applicant.phone', CHEN.phone);
    await walk(['applicant.agent']);
    await typeProject(PROJECTS.shop);
    await tickMatters('工程建设许可', ['建设工程设计方案审查', '建设工程规划许可证'], ['建设工程规划许可证']);
    await page.keyboard.press('Enter');
    // 申请表, 土地证明 missing, 总平面图 defective, 施工图 (2 copies), 营业执照 (copy).
    await markMaterials(['S', 'Q', 'B:未加盖设计单位出图章', '2S', 'FS']);
    expect(await materialLines()).toEqual(['收到 原件 1份', '缺少', '不符 原件 1份 未加盖设计单位出图章', '收到 原件 2份', '收到 复印件 1份']);
    await decide('Alt+3', '一次性告知');

    const notice = await submitToNotice('oneTime');
    expect(notice.expectedCompletionDay).toBeNull();
    expect(notice.materials.filter((m) => m.status !== 'received').map((m) => `${m.name}:${m.status}:${m.note}`)).toEqual([
      '使用土地的有关证明文件:missing:',
      '经审定的建设工程设计方案总平面图:defective:未加盖设计单位出图章',
    ]);
    await backAndFinish(ticket);
  });

  it('不予受理: the organisation again, filled from its earlier case (Alt+F), with the reason and the competent agency', async () => {
    const ticket = await issue('A');
    await serve(ticket);
    await switchApplicantKind('person');
    await typeField('applicant.creditCode', COMPANY.creditCode);
    await page.getByText('该申请人有 1 件历史办件').waitFor(WAIT);
    await page.keyboard.press('Alt+F');
    await expect.poll(() => field('applicant.name').inputValue()).toBe(COMPANY.name);
    expect(await field('applicant.contactName').inputValue()).toBe(COMPANY.contact);
    expect(await field('project.name').inputValue()).toBe(PROJECTS.housing.name);

    // The focus stayed where the clerk was; Enter on through what was filled.
    await walk(['applicant.name', 'applicant.contactName', 'applicant.phone', 'applicant.agent', ...['name', 'code', 'location', 'scale'].map((f) => `project.${f}`)]);
    await tickMatters('立项用地规划许可', S1_MATTERS, ['企业投资项目备案']);
    await decide('Alt+4', '不予受理');
    // Nothing to mark for a refusal: End, and Enter past the checklist to the decision's own fields.
    await enterTo('row 1');
    await page.keyboard.press('End');
    await expectFocus('row 5');
    await enterTo(/^不予受理/, '窗口领取', fieldId('decision.reason'));
    await page.keyboard.press('Tab');
    await typeField('decision.detail', '该项目为省级核准项目，备案由省发展改革部门办理');
    await typeField('decision.competentAgency', '省发展和改革委员会');

    const notice = await submitToNotice('refuse');
    expect(notice.decision).toMatchObject({ kind: 'refuse', reason: 'notCompetent', competentAgency: '省发展和改革委员会' });
    await backAndFinish(ticket);
  });

  it('refuses in the form: 容缺 for a blacklisted organisation, and a mistyped ID number; nothing is submitted', async () => {
    const before = await api<{ cases: CaseSummary[] }>('intake.search', { q: '', from: null, to: null });
    expect(before.cases).toHaveLength(4);

    const ticket = await issue('V');
    await serve(ticket);
    // 优先/绿色通道 belongs to no stage: none is chosen for the clerk.
    expect(await checkedStage().count()).toBe(0);

    await switchApplicantKind('person');
    await typeField('applicant.creditCode', DEMO_BLACKLISTED.creditCode);
    await page.getByTestId('blacklisted').filter({ hasText: DEMO_BLACKLISTED.reason }).waitFor(WAIT);
    expect(await page.getByTestId('blacklisted').textContent()).toContain('不适用容缺受理');
    // Alt+2 is not taken: submitting says no decision was chosen.
    await page.keyboard.press('Alt+2');
    await page.keyboard.press('Control+Enter');
    await itemOf('decision.kind').getByText('请选择受理决定').waitFor(WAIT);
    expect(await decisionRadio('容缺受理').getAttribute('class')).toContain('ant-radio-button-wrapper-disabled');
    expect(await page.locator('.intake-decision .ant-radio-button-wrapper-checked').count()).toBe(0);

    await switchApplicantKind('organisation');
    await typeField('applicant.idNumber', BAD_ID);
    await itemOf('applicant.idNumber').getByText('身份证号码校验位不正确').waitFor(WAIT);
    await decide('Alt+1', '受理');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('intake-summary').filter({ hasText: /还有 \d+ 处需要修改/ }).waitFor(WAIT);
    await expectFocus(fieldId('applicant.idNumber'));
    expect(new URL(page.url()).pathname).toBe('/window/intake');

    // Esc asks before throwing away what was typed; Enter confirms.
    await page.keyboard.press('Escape');
    await page.locator('.ant-modal-confirm-title', { hasText: '放弃本次受理登记？' }).waitFor(WAIT);
    await expectFocus('放弃并返回');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url(), WAIT).toBe(`${hall!.url}/window`);
    await currentNumber(ticket.number).waitFor(WAIT);
    await page.keyboard.press('F5');
    await page.getByTestId('action-notice').filter({ hasText: `${ticket.number}：办结` }).waitFor(WAIT);

    const after = await api<{ cases: CaseSummary[] }>('intake.search', { q: '', from: null, to: null });
    expect(after.cases.map((c) => c.id)).toEqual(before.cases.map((c) => c.id));
    expect((await api<{ cases: CaseSummary[] }>('intake.search', { q: DEMO_BLACKLISTED.creditCode, from: null, to: null })).cases).toEqual([]);
  });
});

describe('办件查询 (Ctrl+F): one box, every key', () => {
  const number = (kind: DecisionKind) => taken[kind]!.caseNumber;
  const searchBox = () => page.getByLabel('查询内容');

  /** What the list shows: the key the host used and the case numbers, once the list answers `q`. */
  async function listed(): Promise<{ field: string; numbers: string[] }> {
    return {
      field: (await page.getByTestId('search-field').allTextContents()).join(''),
      numbers: (await page.locator('.case-row .case-number-cell').allTextContents()).sort(),
    };
  }

  async function search(q: string, field: string, kinds: DecisionKind[]): Promise<void> {
    await searchBox().focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(q);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), WAIT).toBe(q.trim());
    await expect.poll(listed, WAIT).toEqual({ field, numbers: kinds.map(number).sort() });
  }

  it('finds the cases again by case number, its start, ID number, credit code, phone, name and project', async () => {
    await page.keyboard.press('Control+F');
    await page.waitForURL(/\/window\/cases$/, WAIT);
    // The box has the focus: the clerk types at once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), WAIT).toBe('查询内容');
    const all: DecisionKind[] = ['accept', 'deficiency', 'oneTime', 'refuse'];
    await expect.poll(listed, WAIT).toEqual({ field: '最近受理的办件', numbers: all.map(number).sort() });

    await search(number('oneTime'), '按办件编号查找', ['oneTime']);
    // {area}{day}: every case of the day at this hall.
    await search(number('accept').slice(0, 14), '按办件编号查找', all);
    await search(ZHANG.idNumber, '按身份证件号码查找', ['accept']);
    await search(COMPANY.creditCode, '按统一社会信用代码查找', ['deficiency', 'refuse']);
    await search('138 1234 5678', '按联系电话查找', ['accept']);
    await search('+86 139-0571-2233', '按联系电话查找', ['oneTime']);
    await search(CHEN.name, '按申请人或项目名称查找', ['oneTime']);
    await search('云溪县城南安置', '按申请人或项目名称查找', ['deficiency', 'refuse']);
    await search('云溪县第一中学', '按申请人或项目名称查找', ['accept']);
  });

  it('finds them by a day range', async () => {
    await searchBox().focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    // Yesterday alone: none; today: all four.
    const yesterday = addDays(TODAY, -1);
    for (const [from, to, kinds] of [
      [yesterday, yesterday, []],
      [TODAY, TODAY, ['accept', 'deficiency', 'oneTime', 'refuse']],
    ] as const) {
      await page.getByPlaceholder('受理日期从').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(from);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(to);
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).search, WAIT).toBe(`?from=${from}&to=${to}`);
      await expect.poll(listed, WAIT).toEqual({ field: '按受理日期查找', numbers: kinds.map(number).sort() });
      expect(await page.getByTestId('search-days').textContent()).toBe(`受理日期 ${from} 至 ${to}`);
    }
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await screenshot(page, `intake-search-${size.width}x${size.height}`);
    }
    await page.setViewportSize(SIZES[0]);
  });

  it('opens a case with ↑/↓ and Enter: its status, clock and timeline', async () => {
    await search(number('accept').slice(0, 14), '按办件编号查找', ['accept', 'deficiency', 'oneTime', 'refuse']);
    const rows = page.locator('.case-row');
    const active = () => page.locator('.case-row-active .case-number-cell').textContent();
    const order = await rows.locator('.case-number-cell').allTextContents();
    // Newest first: the refusal on top, the accepted case at the bottom.
    expect(order).toEqual(['refuse', 'oneTime', 'deficiency', 'accept'].map((k) => number(k as DecisionKind)));
    await expect.poll(active).toBe(order[0]);
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowDown']) await page.keyboard.press(key);
    await expect.poll(active).toBe(number('accept'));
    await page.keyboard.press('Enter');

    await page.getByTestId('case-number').filter({ hasText: number('accept') }).waitFor(WAIT);
    const header = page.locator('.case-header');
    await header.getByText('已受理').waitFor(WAIT);
    expect(await header.textContent()).toContain('受理决定：受理');
    const clock = page.getByTestId('case-clock');
    const due = addWorkingDays(CALENDAR, TODAY, 3).day;
    await clock.waitFor(WAIT);
    expect(await clock.textContent()).toContain(due);
    expect(await clock.textContent()).toContain('3 个工作日');
    expect(await clock.getAttribute('data-colour')).toBe('green');

    const intake = page.getByTestId('timeline').locator('tr', { hasText: '受理登记' });
    await intake.waitFor(WAIT);
    const cells = await intake.locator('td').allTextContents();
    expect(cells.slice(1, 4)).toEqual(['受理登记', '王丽（1001）', '1号窗口']);
    expect(cells[4]).toContain(`文书编号：${taken.accept!.documentNumber}`);
    expect(cells[4]).toContain('排队号：Y001');
    // Opening the case is itself in the record (DOMAIN §8).
    await page.getByTestId('timeline').locator('tr', { hasText: '查阅' }).first().waitFor(WAIT);

    const detail = await api<{ cases: CaseSummary[] }>('intake.search', { q: number('accept'), from: null, to: null });
    expect(detail.cases[0]!.status).toBe('accepted');

    // Esc goes back to the same list, the case still chosen.
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe('/window/cases');
    expect(new URL(page.url()).searchParams.get('q')).toBe(number('accept').slice(0, 14));
    await expect.poll(active, WAIT).toBe(number('accept'));
  });

  it('ran without a console error', () => {
    expect(problems).toEqual([]);
  });
});
