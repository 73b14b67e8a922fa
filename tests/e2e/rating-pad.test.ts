import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Catalog } from '../../shared/features/catalog/contract';
import type { CaseDetail } from '../../shared/features/intake/contract';
import { sampleSubmission } from '../../shared/features/intake/sample';
import type { RatingRequest } from '../../shared/features/rating/contract';
import { launchBrowser, screenshot, watchConsole } from '../support/browser';
import { callApi, startHall, tearDown, type RunningHall } from '../support/hall-process';

/**
 * 好差评 end to end in real Chromium: the admin sets the clerk's photo on /admin → 工作人员 and the window's pads
 * show it; a clerk serves a person and takes in their case over the LAN API, then
 * starts a rating; the window's pad (a 1920×1080 second screen, and a 1280×800 tablet on the same window)
 * shows it, refuses a bad rating without a reason on screen and sends it with one; the supervisor finds the
 * rating and its follow-up item on /admin → 好差评 and exports the CSV.
 */

const WAIT = { timeout: 15_000 };
const APPLICANT = { kind: 'person', name: '张三丰', idType: 'resident', idNumber: '11010519491231002X', phone: '13812345678', agent: null } as const;

let hall: RunningHall | undefined;
let browser: Browser | undefined;
let clerk: Record<string, string>;
let windowId: string;
const contexts: BrowserContext[] = [];
const problems: string[][] = [];

async function api<T>(method: string, input: unknown, headers: Record<string, string> = {}): Promise<T> {
  const { status, body } = await callApi<T>(hall!.url, method, input, headers);
  if (!body.ok) throw new Error(`${method} → HTTP ${status} ${JSON.stringify(body.error)}`);
  return body.value;
}

async function signIn(jobNumber: string, window: string | null): Promise<Record<string, string>> {
  const { token } = await api<{ token: string }>('staff.signIn', { jobNumber, pin: '123456', windowId: window });
  return { 'X-Hall-Session': token };
}

async function openPage(path: string, size: { width: number; height: number }): Promise<Page> {
  const context = await browser!.newContext({ viewport: size, locale: 'zh-CN', acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  problems.push(watchConsole(page));
  await page.goto(hall!.url + path);
  return page;
}

/** Opens the pad page and binds it to window 1, as a person setting the device up does. */
async function openPad(size: { width: number; height: number }): Promise<Page> {
  const page = await openPage('/pad', size);
  await page.getByRole('button', { name: '1号窗口' }).click();
  await page.getByTestId('pad-welcome').waitFor(WAIT);
  return page;
}

/**
 * The admin picks a picture for 王丽 on /admin → 工作人员 and saves it. The picture is drawn in the page: a
 * 600×400 landscape with a figure in the middle and red bands at the sides, which the 3:4 centre crop cuts off.
 */
async function setClerkPhoto(): Promise<void> {
  const admin = await openPage('/admin', { width: 1366, height: 768 });
  await admin.getByLabel('工号').fill('9001');
  await admin.getByLabel('PIN').fill('123456');
  await admin.locator('button[type=submit]').click();
  await admin.getByRole('tab', { name: '工作人员' }).click();
  await admin.getByRole('button', { name: '设置照片：王丽' }).click();
  const png = await admin.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 400;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#dbe7f5';
    g.fillRect(0, 0, 600, 400);
    g.fillStyle = '#e00000';
    g.fillRect(0, 0, 120, 400);
    g.fillRect(480, 0, 120, 400);
    g.fillStyle = '#1f3b73'; // shoulders
    g.beginPath();
    g.ellipse(300, 420, 130, 120, 0, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#f2c9a0'; // face
    g.beginPath();
    g.ellipse(300, 180, 70, 90, 0, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#2b1d14'; // hair
    g.beginPath();
    g.ellipse(300, 125, 78, 48, 0, Math.PI, Math.PI * 2);
    g.fill();
    return canvas.toDataURL('image/png').split(',')[1]!;
  });
  const dialog = admin.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles({ name: 'wangli.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
  await dialog.getByRole('img', { name: '新照片预览' }).waitFor(WAIT);
  await screenshot(admin, 'staff-photo-dialog-1366x768');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await admin.getByRole('button', { name: '更换照片：王丽' }).waitFor(WAIT);
  await admin.getByRole('img', { name: '王丽' }).waitFor(WAIT);
  await screenshot(admin, 'staff-tab-1366x768');
}

/** The pad's photo of the clerk: its size, its kind, and the colour at the middle of its left and right edges. */
async function portraitOn(page: Page, screenId: string) {
  const img = page.getByTestId(screenId).getByRole('img', { name: '王丽' });
  await img.waitFor(WAIT);
  return img.evaluate(async (el: HTMLImageElement) => {
    await el.decode();
    const canvas = document.createElement('canvas');
    canvas.width = el.naturalWidth;
    canvas.height = el.naturalHeight;
    const g = canvas.getContext('2d')!;
    g.drawImage(el, 0, 0);
    const isRed = (x: number) => {
      const [r, gr, b] = g.getImageData(x, el.naturalHeight / 2, 1, 1).data;
      return r! > 180 && gr! < 90 && b! < 90;
    };
    return { src: el.src.slice(0, 23), width: el.naturalWidth, height: el.naturalHeight, redEdges: isRed(1) || isRed(el.naturalWidth - 2) };
  });
}
const PORTRAIT = { src: 'data:image/jpeg;base64,', width: 240, height: 320, redEdges: false };

/** Serves one person at window 1: a ticket called and started, their case taken in, the ticket finished. */
async function serveAPerson(): Promise<CaseDetail> {
  const queues = await api<Array<{ id: string; prefix: string }>>('queue.queues', {});
  const ticket = await api<{ id: string }>('queue.issueTicket', { queueId: queues.find((q) => q.prefix === 'A')!.id });
  await api('queue.callNext', {}, clerk);
  await api('queue.start', {}, clerk);
  const catalog = (await api<Catalog>('catalog.current', {}, clerk))!;
  const detail = await api<CaseDetail>('intake.submit', { ...sampleSubmission(catalog, { stageCode: 'S1', ticketId: ticket.id }), applicant: APPLICANT }, clerk);
  await api('queue.finish', {}, clerk);
  return detail;
}

/** Every button and chip of the rating screen is on screen without scrolling, and not covered. */
async function allOnScreen(page: Page): Promise<string[]> {
  return page.locator('.pad-rating button, .pad-rating textarea:not([aria-hidden])').evaluateAll((elements) =>
    elements.flatMap((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const inView = r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
      return inView && hit && (hit === el || el.contains(hit)) ? [] : [`${el.textContent} [${Math.round(r.top)}–${Math.round(r.bottom)}]`];
    }),
  );
}

beforeAll(async () => {
  hall = await startHall({ demo: true });
  browser = await launchBrowser();
  windowId = (await api<Array<{ id: string; number: number }>>('hall.windows', {})).find((w) => w.number === 1)!.id;
  clerk = await signIn('1001', windowId);
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await tearDown(browser, hall);
});

describe('the evaluation pad and the supervisor’s ratings', () => {
  it('rates a real-name service on the pad, and the supervisor sees the rating, its follow-up and the CSV', async () => {
    const secondScreen = await openPad({ width: 1920, height: 1080 });
    const tablet = await openPad({ width: 1280, height: 800 });
    expect(await secondScreen.getByTestId('pad-welcome').textContent()).toContain('王丽');
    expect(await secondScreen.getByTestId('pad-welcome').locator('img').count()).toBe(0); // no photo yet: the initial
    // The admin sets 王丽's photo; both pads, already open, show it.
    await setClerkPhoto();
    expect(await portraitOn(secondScreen, 'pad-welcome')).toEqual(PORTRAIT);
    expect(await portraitOn(tablet, 'pad-welcome')).toEqual(PORTRAIT);
    await screenshot(secondScreen, 'pad-welcome-1920x1080');

    const served = await serveAPerson();
    const request = await api<RatingRequest>('rating.request', { step: 'intake', caseId: served.id }, clerk);
    expect(request).toMatchObject({ caseNumber: served.number, step: 'intake', ratingNo: 1 });

    for (const [page, name] of [
      [secondScreen, 'pad-rating-1920x1080'],
      [tablet, 'pad-rating-1280x800'],
    ] as const) {
      const screen = page.getByTestId('pad-rating');
      await screen.waitFor(WAIT);
      const text = await screen.textContent();
      for (const part of ['1号窗口', '王丽（工号 1001）', '受理', served.number, served.matters[0]!.name]) expect(text).toContain(part);
      expect(await portraitOn(page, 'pad-rating')).toEqual(PORTRAIT);
      expect(await page.locator('.pad-level[aria-pressed="true"]').count()).toBe(0); // nothing chosen for the applicant
      await page.getByRole('button', { name: '非常不满意' }).click();
      await page.getByRole('button', { name: '提交评价' }).click();
      expect(await page.getByRole('alert').textContent()).toBe('请至少选择一项不满意的原因，或填写意见');
      expect(await allOnScreen(page), `${name}: controls off screen or covered`).toEqual([]);
      await screenshot(page, name);
    }

    // Refused on the pad: nothing reached the host.
    const day = (await api<{ serviceDay: string }>('hall.status', {})).serviceDay;
    const supervisorApi = await signIn('8001', null);
    expect(await api<unknown[]>('rating.export', { from: day, to: day }, supervisorApi)).toEqual([]);

    await secondScreen.getByRole('button', { name: '服务态度' }).click();
    await secondScreen.getByRole('textbox').fill('窗口人员态度生硬');
    await secondScreen.getByRole('button', { name: '提交评价' }).click();
    await secondScreen.getByTestId('pad-thanks').waitFor(WAIT);
    await screenshot(secondScreen, 'pad-thanks-1920x1080');
    // The other pad of the window hears that the request ended and goes back to its welcome.
    await tablet.getByTestId('pad-welcome').waitFor(WAIT);
    // The thank-you lasts a few seconds, then the welcome is back.
    await secondScreen.getByTestId('pad-welcome').waitFor(WAIT);

    const records = await api<Array<Record<string, unknown>>>('rating.export', { from: day, to: day }, supervisorApi);
    expect(records).toMatchObject([
      { level: 'veryDissatisfied', reasons: ['attitude'], text: '窗口人员态度生硬', channel: 'pad', realName: true, caseNumber: served.number, codeGbt39046: 5, codeProvincial: 1 },
    ]);

    // The supervisor signs in on /admin without a window and opens 好差评.
    const admin = await openPage('/admin', { width: 1366, height: 768 });
    await admin.getByLabel('工号').fill('8001');
    await admin.getByLabel('PIN').fill('123456');
    await admin.locator('button[type=submit]').click();
    await admin.getByRole('tab', { name: '好差评' }).click();
    const panel = admin.getByTestId('ratings-panel');
    const windowRow = panel.locator('tr', { hasText: '1号窗口' }).first();
    await windowRow.waitFor(WAIT);
    // 1号窗口: served 1, rated 1, not rated 0, good 0, neutral 0, bad 1, rating rate 100%, satisfaction 0%.
    expect(await windowRow.locator('td').allTextContents()).toEqual(['1号窗口', '1', '1', '0', '0', '0', '1', '100%', '0%']);
    await screenshot(admin, 'ratings-satisfaction-1366x768');

    await panel.getByRole('tab', { name: /差评回访整改/ }).click();
    const item = panel.locator('tr', { hasText: '窗口人员态度生硬' });
    await item.waitFor(WAIT);
    const itemText = await item.textContent();
    for (const part of ['待回访', '非常不满意', '服务态度', '王丽（1001）', '张*丰（1101**********002X）']) expect(itemText).toContain(part);
    expect(itemText).not.toContain(APPLICANT.idNumber);
    await screenshot(admin, 'ratings-follow-ups-1366x768');
    await item.getByRole('button').click();
    await admin.getByRole('dialog').waitFor(WAIT);
    await screenshot(admin, 'ratings-follow-up-form-1366x768');
    await admin.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();

    const [download] = await Promise.all([admin.waitForEvent('download'), panel.getByRole('button', { name: /导出CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^好差评_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [heading, line] = bytes.toString('utf8').slice(1).trimEnd().split('\r\n').map((l) => l.split(','));
    const cell = (name: string) => line![heading!.findIndex((h) => h.startsWith(name))];
    expect([cell('评价等级'), cell('等级代码（GB/T 39046'), cell('等级代码（省级'), cell('办件编号')]).toEqual(['非常不满意', '5', '1', served.number]);

    expect(problems.flat()).toEqual([]);
  }, 120_000);
});
