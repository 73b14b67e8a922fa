import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addWorkingDays, makeCalendar } from '../../shared/domain/calendar';
import { CALENDAR_2026 } from '../../shared/domain/calendar-2026';
import { hallDay } from '../../shared/domain/clock';
import type { Catalog, Material } from '../../shared/features/catalog/contract';
import type { CaseDetail, Decision, IntakeSubmission, MaterialMark, NoticeData } from '../../shared/features/intake/contract';
import { sampleSubmission } from '../../shared/features/intake/sample';
import { launchBrowser, screenshot, watchConsole } from '../support/browser';
import { callApi, startHall, tearDown, type RunningHall } from '../support/hall-process';

/**
 * The four intake notices end to end: a case per decision taken in over the LAN API, each notice page opened
 * signed in, in real Chromium, rendered to A4 PDF as the print path renders it, and read back with
 * `pdftotext -layout`: the paper carries the numbers, the masked personal data (never the full values), the
 * expected completion day and what only its kind says. The PDFs stay under test-results/notices/.
 */

const OUT_DIR = join(process.cwd(), 'test-results', 'notices');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const PERSON = { name: '张三丰', masked: '张*丰', id: '11010519491231002X', idMasked: '1101**********002X' };
const PHONE = { full: '13812345678', masked: '138****5678' };
const EMS_ADDRESS = '云溪县城南路88号云溪大厦1201室';
const REFUSAL = { detail: '该项目为省级核准项目，施工许可由市级住房和城乡建设部门实施', agency: '云州市住房和城乡建设局' };

let hall: RunningHall | undefined;
let browser: Browser | undefined;
let token = '';
let catalog: Catalog;

async function api<T>(method: string, input: unknown): Promise<T> {
  const { status, body } = await callApi<T>(hall!.url, method, input, token ? { 'X-Hall-Session': token } : {});
  if (!body.ok) throw new Error(`${method} → HTTP ${status} ${JSON.stringify(body.error)}`);
  return body.value;
}

/** `2026-11-25` as the paper writes it. */
const chinese = (day: string) => day.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
/** pdftotext spaces out justified and wrapped text; what is asserted is the characters in order. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The 施工许可 matter the sample submission applies for, and what its checklist allows. */
function constructionPermit(): { materials: Material[]; promisedLimitDays: number } {
  const matter = catalog.stages.find((s) => s.code === 'S3')!.matters[0]!;
  return { materials: matter.materials, promisedLimitDays: matter.promisedLimitDays };
}

function submission(decision: Decision, marks: Record<string, Partial<MaterialMark>> = {}): IntakeSubmission & { materials: MaterialMark[] } {
  const body = sampleSubmission(catalog, { decision });
  body.materials = body.materials.map((m) => ({ ...m, ...marks[m.name] }));
  return body;
}

async function take(body: IntakeSubmission): Promise<NoticeData> {
  const detail = await api<CaseDetail>('intake.submit', body);
  return api<NoticeData>('intake.notice', { documentId: detail.documents[0]!.id });
}

/**
 * Opens the notice the way the clerk does: the window page, signed in, then the notice inside the app.
 * Loading the deep URL itself does not work yet: the build's relative asset base (`./assets/…`, forced by
 * electron-vite) resolves under `/window/notices/`. The same relative base makes the browser ask for
 * `/window/notices/favicon.svg` after the in-app navigation; that request is answered here so the console
 * check stays about the notice.
 */
async function openNotice(notice: NoticeData): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser!.newContext({ viewport: SIZES[0], locale: 'zh-CN' });
  await context.addInitScript((t) => localStorage.setItem('onewindow.session.window', t), token);
  await context.route('**/notices/favicon.svg', (route) => route.fulfill({ status: 204 }));
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(`${hall!.url}/window`);
  await page.locator('.status-bar', { hasText: '王丽（1001）' }).waitFor({ timeout: 15_000 }); // signed in
  await page.evaluate((path) => {
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
  }, `/window/notices/${notice.documentId}`);
  await page.getByTestId('notice-qr').first().waitFor({ timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page, problems, close: () => context.close() };
}

/** Renders the open notice to A4 (the print media rules apply), screenshots it at both sizes, returns the PDF's text. */
async function renderNotice(notice: NoticeData, name: string): Promise<string> {
  const { page, problems, close } = await openNotice(notice);
  try {
    const pdf = join(OUT_DIR, `${name}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await screenshot(page, `notice-${name}-${size.width}x${size.height}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'page is wider than the window').toBeLessThanOrEqual(0);
    }
    expect(problems).toEqual([]);
    return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  } finally {
    await close();
  }
}

/** What every notice carries (DOMAIN §2), whatever its kind. */
function expectCommonFields(text: string, notice: NoticeData): void {
  const flat = squeeze(text);
  for (const value of [
    notice.documentNumber,
    notice.caseNumber,
    notice.agencyName,
    notice.project.name,
    notice.project.code,
    ...notice.matters.map((m) => m.name),
    ...notice.materials.map((m) => m.name),
    `${notice.clerk.name}（工号${notice.clerk.jobNumber}）`,
    notice.window!.name,
    notice.hallPhone,
    '12345',
    PHONE.masked,
    '申请人（签字或盖章）',
  ]) {
    expect(flat, value).toContain(squeeze(value));
  }
  expect(flat).not.toContain(PHONE.full);
  expect(text).not.toContain('补打');
}

beforeAll(async () => {
  mkdirSync(OUT_DIR, { recursive: true });
  hall = await startHall({ demo: true });
  browser = await launchBrowser();
  catalog = (await api<Catalog | null>('catalog.current', {}))!;
  const [window] = await api<Array<{ id: string }>>('hall.windows', {});
  token = (await api<{ token: string }>('staff.signIn', { jobNumber: '1001', pin: '123456', windowId: window!.id })).token;
});

afterAll(() => tearDown(browser, hall));

describe('intake notices as A4 paper', () => {
  const calendar = makeCalendar(CALENDAR_2026);
  const today = hallDay(Date.now());

  it('受理通知书: a person applicant masked, the expected completion day, EMS delivery', async () => {
    const body = submission({ kind: 'accept' });
    body.applicant = { kind: 'person', name: PERSON.name, idType: 'resident', idNumber: PERSON.id, phone: PHONE.full, agent: null };
    body.delivery = { method: 'ems', address: EMS_ADDRESS };
    const notice = await take(body);
    expect(notice.expectedCompletionDay).toBe(addWorkingDays(calendar, today, constructionPermit().promisedLimitDays).day);

    const text = await renderNotice(notice, 'accept');
    expectCommonFields(text, notice);
    const flat = squeeze(text);
    expect(flat).toContain('受理通知书');
    expect(flat).toContain(squeeze(`预计办结日期${chinese(notice.expectedCompletionDay!)}`));
    expect(flat).toContain(PERSON.idMasked);
    expect(flat).toContain(PERSON.masked);
    expect(flat).not.toContain(PERSON.id);
    expect(flat).not.toContain(PERSON.name);
    expect(flat).toContain(squeeze(`EMS邮寄：${EMS_ADDRESS}`));
  });

  it('容缺受理通知书: two copies, then the 承诺书 with the catch-up day and the 容缺 material', async () => {
    const deferred = constructionPermit().materials.find((m) => m.deficiencyAllowed && m.required)!;
    const catchUpBy = addWorkingDays(calendar, today, 1).day;
    const notice = await take(
      submission({ kind: 'deficiency', catchUpBy, commitmentSigned: true }, { [deferred.name]: { status: 'deferred', form: null, copies: 0 } }),
    );
    expect(notice.expectedCompletionDay).not.toBeNull();

    const text = await renderNotice(notice, 'deficiency');
    expectCommonFields(text, notice);
    const flat = squeeze(text);
    expect(flat.match(/容缺受理通知书/g)?.length).toBeGreaterThanOrEqual(2);
    for (const copy of ['第一联', '申请人留存', '第二联', '受理窗口存档']) expect(flat).toContain(copy);
    expect(flat).toContain('容缺受理承诺书');
    expect(flat).toContain(squeeze(`请于${chinese(catchUpBy)}前（含当日）到受理窗口补齐`));
    expect(flat).toContain('本次申请终止办理');
    expect(flat).toContain(squeeze(deferred.standard));
    expect(flat).toContain('承诺人（签字或盖章）');
    expect(flat).toContain(squeeze(`预计办结日期${chinese(notice.expectedCompletionDay!)}`));
    // The organisation's contact is masked; its credit code is not personal data.
    expect(flat).toContain(notice.applicant.idMasked);
    expect(flat).not.toContain('李娜');
    // Two copies of the notice and the commitment: at least three A4 pages.
    expect(text.split('\f').filter((p) => p.trim()).length).toBeGreaterThanOrEqual(3);
  });

  it('一次性告知书: every missing or defective material with its standard, the legal basis, not accepted', async () => {
    const required = constructionPermit().materials.filter((m) => m.required && !m.deficiencyAllowed);
    const missing = required.at(-1)!;
    const defective = required[1]!;
    const notice = await take(
      submission({ kind: 'oneTime' }, {
        [missing.name]: { status: 'missing', form: null, copies: 0 },
        [defective.name]: { status: 'defective', note: '复印件未加盖单位公章' },
      }),
    );
    expect(notice.expectedCompletionDay).toBeNull();

    const text = await renderNotice(notice, 'one-time');
    expectCommonFields(text, notice);
    const flat = squeeze(text);
    expect(flat).toContain('一次性告知书');
    expect(flat).toContain('需补正的材料');
    for (const lacking of [missing, defective]) {
      expect(flat).toContain(squeeze(lacking.name));
      expect(flat).toContain(squeeze(lacking.standard));
    }
    expect(flat).toContain('复印件未加盖单位公章');
    for (const matter of notice.matters) expect(flat).toContain(squeeze(matter.legalBasis));
    expect(flat).toContain('5日内');
    expect(flat).toContain('本申请暂不予受理');
  });

  it('不予受理通知书: the reason, the competent agency and the right to 行政复议/行政诉讼', async () => {
    const notice = await take(submission({ kind: 'refuse', reason: 'notCompetent', detail: REFUSAL.detail, competentAgency: REFUSAL.agency }));
    const text = await renderNotice(notice, 'refuse');
    expectCommonFields(text, notice);
    const flat = squeeze(text);
    expect(flat).toContain('不予受理通知书');
    expect(flat).toContain('依法不属于本机关职权范围');
    expect(flat).toContain(squeeze(REFUSAL.detail));
    expect(flat).toContain(squeeze(`${REFUSAL.agency}（请向该机关提出申请）`));
    expect(flat).toContain('行政复议');
    expect(flat).toContain('行政诉讼');
  });

  it('printing records the print first: the second paper is marked 补打 and the number stays', async () => {
    const notice = await take(submission({ kind: 'accept' }));
    const { page, problems, close } = await openNotice(notice);
    try {
      // The browser's print dialog cannot be driven: record what the page looked like when it was asked to print.
      await page.evaluate(() => {
        const w = window as unknown as { printed: boolean[] };
        w.printed = [];
        window.print = () => void w.printed.push(document.querySelector('[data-testid="notice-reprint"]') !== null);
      });
      const printed = () => page.evaluate(() => (window as unknown as { printed: boolean[] }).printed);
      await page.keyboard.press('Enter');
      await expect.poll(printed).toEqual([false]);
      await page.keyboard.press('Control+p');
      await expect.poll(printed).toEqual([false, true]);
      const again = await api<NoticeData>('intake.notice', { documentId: notice.documentId });
      expect(again).toMatchObject({ prints: 2, documentNumber: notice.documentNumber });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
