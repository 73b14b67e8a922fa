import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot, watchConsole } from '../support/browser';
import { callApi, removeDataDir, startHall, type RunningHall } from '../support/hall-process';
import type { QueueInfo, Ticket } from '../../shared/features/queue/contract';

/**
 * The thin slice through every layer: kiosk page → LAN API → queue service → SQLite → event hub → WebSocket →
 * board page, and the window page calling with its keyboard shortcut; then the same data after a clean stop
 * and after a crash.
 */

interface CallEvent {
  number: string;
  windowName: string;
  windowNumber: number;
}

const WAIT = { timeout: 15_000 };

let hall: RunningHall | undefined;
let dataDir = '';
let browser: Browser | undefined;
let kioskContext: BrowserContext;
let boardContext: BrowserContext;
let windowContext: BrowserContext;
let kiosk: Page;
let board: Page;
let windowPage: Page;
const problems: Record<string, string[]> = {};

/** Unwraps an API result, failing the test with the error body when the call was refused. */
async function api<T>(method: string, input: unknown, headers: Record<string, string> = {}): Promise<T> {
  const { status, body } = await callApi<T>(hall!.url, method, input, headers);
  if (!body.ok) throw new Error(`${method} → HTTP ${status} ${JSON.stringify(body.error)}`);
  expect(status).toBe(200);
  return body.value;
}

async function queueByPrefix(prefix: string): Promise<QueueInfo> {
  const queues = await api<QueueInfo[]>('queue.queues', {});
  const queue = queues.find((q) => q.prefix === prefix);
  if (!queue) throw new Error(`no queue ${prefix} in ${JSON.stringify(queues)}`);
  return queue;
}

async function shootAll(moment: string): Promise<void> {
  await screenshot(kiosk, `slice-${moment}-kiosk`);
  await screenshot(board, `slice-${moment}-board`);
  await screenshot(windowPage, `slice-${moment}-window`);
}

/** Takes a number on the kiosk page, checks what the ticket shows, then closes it. */
async function takeTicket(label: string, expectedNumber: string, expectedAhead: number, shot?: string): Promise<void> {
  await kiosk.getByRole('button', { name: label, exact: true }).click();
  const ticket = kiosk.getByTestId('ticket');
  await ticket.waitFor({ state: 'visible', ...WAIT });
  expect(await kiosk.getByTestId('ticket-number').textContent()).toBe(expectedNumber);
  expect(await ticket.locator('.ticket-ahead').textContent()).toBe(`前方等待 ${expectedAhead} 人`);
  expect(await ticket.textContent()).toContain('云溪县政务服务中心');
  if (shot) await screenshot(kiosk, shot);
  await ticket.locator('button.ticket-close').click();
  await ticket.waitFor({ state: 'detached', ...WAIT });
}

/** The board's call rows as `number|text`, newest first, and whether the first one is highlighted. */
async function boardCalls(): Promise<{ rows: string[]; newestHighlighted: boolean }> {
  const calls = board.getByTestId('board-call');
  const rows = await calls.evaluateAll((els) =>
    els.map((el) => `${el.querySelector('.board-call-number')?.textContent}|${el.querySelector('.board-call-window')?.textContent}`),
  );
  const newestHighlighted = (await calls.count()) > 0 && (await calls.first().getAttribute('class'))!.includes('board-call-newest');
  return { rows, newestHighlighted };
}

/** Picks the window in the sign-in form's antd Select, and checks the form took it. */
async function chooseWindow(name: string): Promise<void> {
  const select = windowPage.locator('.ant-select');
  await select.click();
  const option = windowPage.locator('.ant-select-dropdown .ant-select-item-option', { hasText: new RegExp(`^${name}$`) });
  await option.waitFor({ state: 'visible', ...WAIT });
  // The dropdown slides in: wait until it has stopped moving before clicking an option.
  await windowPage.waitForFunction(() => {
    const dropdown = document.querySelector('.ant-select-dropdown');
    return dropdown !== null && dropdown.getAnimations({ subtree: true }).every((a) => a.playState !== 'running');
  });
  await option.click();
  await select.locator('.ant-select-content, .ant-select-selection-item', { hasText: name }).first().waitFor(WAIT);
}

async function waitForCurrentNumber(expected: string): Promise<void> {
  await windowPage.locator('[data-testid="current-number"]', { hasText: new RegExp(`^${expected}$`) }).waitFor(WAIT);
}

async function waitForNewestBoardCall(number: string, windowName: string): Promise<void> {
  await board
    .locator('[data-testid="board-call"].board-call-newest', { hasText: number })
    .filter({ hasText: `请到 ${windowName}` })
    .waitFor(WAIT);
}

beforeAll(async () => {
  hall = await startHall({ demo: true });
  dataDir = hall.dataDir;
  browser = await launchBrowser();
  kioskContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  boardContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  windowContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  kiosk = await kioskContext.newPage();
  board = await boardContext.newPage();
  windowPage = await windowContext.newPage();
  problems.kiosk = watchConsole(kiosk);
  problems.board = watchConsole(board);
  problems.window = watchConsole(windowPage);
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await hall?.stop();
  if (dataDir) removeDataDir(dataDir);
});

describe('the thin slice: kiosk → host → window → board', () => {
  it('takes A, B and C tickets on the kiosk and shows the numbers and the people ahead', async () => {
    await Promise.all([kiosk.goto(`${hall!.url}/kiosk`), board.goto(`${hall!.url}/board`), windowPage.goto(`${hall!.url}/window`)]);
    await kiosk.getByRole('button', { name: 'A 立项用地规划', exact: true }).waitFor(WAIT);
    await board.getByText('暂无叫号').waitFor(WAIT);
    await windowPage.getByText('窗口登录').waitFor(WAIT);
    // A marker that a reload would wipe: the board must follow the hall by its WebSocket alone.
    await board.evaluate(() => ((window as unknown as { e2eNoReload: boolean }).e2eNoReload = true));
    await shootAll('0-start');

    await takeTicket('A 立项用地规划', 'A001', 0, 'slice-1-kiosk-ticket-A001');
    await takeTicket('B 工程建设许可', 'B001', 0);
    await takeTicket('C 施工许可', 'C001', 0);
    // A second C ticket has one person ahead of it.
    await takeTicket('C 施工许可', 'C002', 1, 'slice-1-kiosk-ticket-C002');

    // The kiosk buttons and the board's waiting counts follow the queue.changed events.
    await kiosk.getByRole('button', { name: 'C 施工许可' }).filter({ hasText: '等候 2 人' }).waitFor(WAIT);
    await kiosk.getByRole('button', { name: 'A 立项用地规划' }).filter({ hasText: '等候 1 人' }).waitFor(WAIT);
    await board.locator('.board-waiting li', { hasText: 'C 施工许可' }).filter({ hasText: '2 人' }).waitFor(WAIT);
    await board.locator('.board-waiting li', { hasText: 'A 立项用地规划' }).filter({ hasText: '1 人' }).waitFor(WAIT);

    const queues = await api<QueueInfo[]>('queue.queues', {});
    expect(Object.fromEntries(queues.map((q) => [q.prefix, q.waiting]))).toMatchObject({ A: 1, B: 1, C: 2, D: 0 });
  });

  it('signs in at 2号窗口, calls A001 with F2, and the board shows it without reloading', async () => {
    await chooseWindow('2号窗口');
    await windowPage.getByLabel('工号').fill('1001');
    await windowPage.getByLabel('PIN').fill('123456');
    await windowPage.locator('button[type="submit"]').click();

    await windowPage.getByTestId('current-number').waitFor(WAIT);
    expect(await windowPage.getByTestId('current-number').textContent()).toBe('尚未叫号');
    const statusBar = windowPage.getByRole('status', { name: '状态栏' });
    await statusBar.getByText('窗口：2号窗口').waitFor(WAIT);
    await statusBar.getByText('工作人员：王丽（1001）').waitFor(WAIT);
    // The waiting list holds the four tickets of queues A, B, C in the order they were taken.
    await windowPage.getByText('等候队列（4）').waitFor(WAIT);
    const waitingNumbers = await windowPage.locator('.workbench-waiting tr.ant-table-row td:first-child').allTextContents();
    expect(waitingNumbers).toEqual(['A001', 'B001', 'C001', 'C002']);
    await shootAll('2-signed-in');

    await windowPage.keyboard.press('F2');
    await waitForCurrentNumber('A001');
    await waitForNewestBoardCall('A001', '2号窗口');
    expect(await boardCalls()).toEqual({ rows: ['A001|请到 2号窗口'], newestHighlighted: true });
    await windowPage.getByText('等候队列（3）').waitFor(WAIT);
    await shootAll('3-called-A001');

    // The applicant came: F4 starts the service; F2 then finishes it and calls the next one.
    await windowPage.keyboard.press('F4');
    await windowPage.locator('.workbench-current .current-meta').getByText('办理中').waitFor(WAIT);
    await windowPage.keyboard.press('F2');
    await waitForCurrentNumber('B001');
    await waitForNewestBoardCall('B001', '2号窗口');
    expect(await boardCalls()).toEqual({ rows: ['B001|请到 2号窗口', 'A001|请到 2号窗口'], newestHighlighted: true });
    expect(await board.locator('.board-call-newest').count()).toBe(1);
    await shootAll('4-called-B001');

    expect(await board.evaluate(() => (window as unknown as { e2eNoReload?: boolean }).e2eNoReload)).toBe(true);
    // The window PC's status bar says the host is there.
    expect(await windowPage.getByTestId('status-host').textContent()).toBe('大厅主机已连接');
  });

  it('keeps the tickets, calls and numbering across a clean stop and restart (SIGTERM)', async () => {
    const port = new URL(hall!.url).port;
    await hall!.stop('SIGTERM');
    expect(hall!.output()).not.toContain('did not stop');
    // The open pages notice the host is gone.
    await windowPage.getByTestId('status-host').filter({ hasText: '大厅主机连接中断' }).waitFor(WAIT);
    await shootAll('5-host-stopped');

    // The same data folder, the same port, no --demo: everything must come from the database.
    hall = await startHall({ dataDir, args: ['--port', port] });
    expect(hall.url).toBe(`http://127.0.0.1:${port}`);
    expect(hall.output()).not.toContain('seeded the demo hall');

    const status = await api<{ configured: boolean; hall: { name: string } | null }>('hall.status', {});
    expect(status.configured).toBe(true);
    expect(status.hall?.name).toBe('云溪县政务服务中心');

    const boardState = await api<{ calls: CallEvent[] }>('queue.board', {});
    expect(boardState.calls.map((c) => `${c.number}@${c.windowName}`)).toEqual(['B001@2号窗口', 'A001@2号窗口']);

    const a = await queueByPrefix('A');
    expect(a.waiting).toBe(0);
    const issued = await api<Ticket & { ahead: number }>('queue.issueTicket', { queueId: a.id });
    expect(issued.number).toBe('A002');
    expect(issued.ahead).toBe(0);
    expect((await queueByPrefix('C')).waiting).toBe(2);

    // The pages that stayed open reconnect by themselves and pick up where they were.
    await windowPage.getByTestId('status-host').filter({ hasText: '大厅主机已连接' }).waitFor({ timeout: 30_000 });
    await kiosk.getByRole('button', { name: 'A 立项用地规划' }).filter({ hasText: '等候 1 人' }).waitFor({ timeout: 30_000 });
    // The clerk's session survived the restart: F4 starts B001, F2 calls the next ticket (C001, taken before A002).
    await windowPage.keyboard.press('F4');
    await windowPage.locator('.workbench-current .current-meta').getByText('办理中').waitFor(WAIT);
    await windowPage.keyboard.press('F2');
    await waitForCurrentNumber('C001');
    await waitForNewestBoardCall('C001', '2号窗口');
    expect((await boardCalls()).rows).toEqual(['C001|请到 2号窗口', 'B001|请到 2号窗口', 'A001|请到 2号窗口']);
    expect(await board.evaluate(() => (window as unknown as { e2eNoReload?: boolean }).e2eNoReload)).toBe(true);
    await shootAll('6-after-restart');
  });

  it('keeps an issued ticket after a crash (SIGKILL) and continues its numbering', async () => {
    const d = await queueByPrefix('D');
    // The window page refetches its queue on every queue.changed; let that finish so the crash below does not
    // cut it off (that case has its own test: 'a request cut off by the network …').
    const refetched = Promise.all(
      ['queue.waiting', 'queue.current'].map((m) => windowPage.waitForResponse((r) => r.url().endsWith(`/api/${m}`), WAIT)),
    );
    const issued = await api<Ticket>('queue.issueTicket', { queueId: d.id });
    expect(issued.number).toBe('D001');
    await refetched;

    await hall!.stop('SIGKILL');
    hall = await startHall({ dataDir });

    const after = await queueByPrefix('D');
    expect(after.id).toBe(d.id);
    expect(after.waiting).toBe(1);
    // The ticket itself is there, as it was: 3号窗口 serves D; its clerk sees D001 waiting.
    const windows = await api<Array<{ id: string; name: string }>>('hall.windows', {});
    const window3 = windows.find((w) => w.name === '3号窗口')!;
    const session = await api<{ token: string }>('staff.signIn', { jobNumber: '1003', pin: '123456', windowId: window3.id });
    const waiting = await api<Ticket[]>('queue.waiting', {}, { 'X-Hall-Session': session.token });
    expect(waiting.filter((t) => t.queueId === d.id).map((t) => [t.id, t.number, t.status])).toEqual([[issued.id, 'D001', 'waiting']]);

    const next = await api<Ticket>('queue.issueTicket', { queueId: d.id });
    expect(next.number).toBe('D002');
  });

  it('ran every page without a console error', () => {
    // The host was stopped and killed on purpose: the browser's own network errors while it was away are
    // expected. Anything else (an uncaught exception, an unhandled rejection, a React error) is not.
    const network = /^console\.error: (Failed to load resource: net::ERR_|WebSocket connection to .* failed)/;
    const unexpected = Object.entries(problems).flatMap(([page, list]) => list.filter((p) => !network.test(p)).map((p) => `${page}: ${p}`));
    expect(unexpected).toEqual([]);
  });

  // KNOWN PRODUCT BUG — this test fails until it is fixed (see the report). When a request the window page
  // makes by itself (the refetch on queue.changed) is cut off by the network, the store's `refreshWindowQueue`
  // rejects with HallError api/unreachable and `WindowPage.tsx` discards the promise with `void`, so the page
  // throws an unhandled rejection. Same pattern at every `void refreshX()` call site (KioskPage, BoardPage,
  // PadPage, AdminPage, WindowPage's useOnReconnect). The hall crashing mid-request causes exactly this.
  it('a request cut off by the network does not end in an uncaught error on the window page', async () => {
    const context = await browser!.newContext({ viewport: { width: 1366, height: 768 } });
    try {
      const page = await context.newPage();
      const errors = watchConsole(page);
      await page.goto(`${hall!.url}/window`);
      await page.getByText('窗口登录').waitFor(WAIT);
      const select = page.locator('.ant-select');
      await select.click();
      await page.locator('.ant-select-dropdown').waitFor(WAIT);
      await page.keyboard.type('5号窗口');
      await page.keyboard.press('Enter');
      await select.locator('.ant-select-content, .ant-select-selection-item', { hasText: '5号窗口' }).first().waitFor(WAIT);
      await page.getByLabel('工号').fill('1002');
      await page.getByLabel('PIN').fill('123456');
      await page.locator('button[type="submit"]').click();
      await page.getByText('窗口：5号窗口').waitFor(WAIT);
      await page.getByText('等候队列（0）').waitFor(WAIT);

      // The next refetch of the waiting list is cut off as if the host had dropped.
      let cut = 0;
      await context.route('**/api/queue.waiting', async (route) => {
        cut++;
        await route.abort('connectionreset');
      });
      const e = await queueByPrefix('E');
      await api<Ticket>('queue.issueTicket', { queueId: e.id });
      await expect.poll(() => cut, WAIT).toBeGreaterThan(0);
      await context.unroute('**/api/queue.waiting');

      // The screen keeps working: the next change brings the list up to date.
      await api<Ticket>('queue.issueTicket', { queueId: e.id });
      await page.getByText('等候队列（2）').waitFor(WAIT);
      await screenshot(page, 'slice-7-window5-after-dropped-request');
      const uncaught = errors.filter((p) => p.startsWith('pageerror:'));
      expect(uncaught, 'uncaught errors on the window page').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
