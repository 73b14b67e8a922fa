import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot, watchConsole } from '../support/browser';
import { callApi, startHall, tearDown, type RunningHall } from '../support/hall-process';

/** A fresh hall, no demo data: the first set-up on the admin page, what it refuses, and the first sign-in. */

interface HallStatus {
  configured: boolean;
  hall: { name: string; areaCode: string; phone: string } | null;
}

const WAIT = { timeout: 15_000 };
const HALL = { name: '青山县政务服务中心', areaCode: '330127', phone: '0571-64812345' };
const ADMIN = { name: '孙悦', jobNumber: 'A9001', pin: '246810' };

let hall: RunningHall | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let problems: string[] = [];

const validSetup = () => ({
  hallName: HALL.name,
  areaCode: HALL.areaCode,
  phone: HALL.phone,
  admin: { jobNumber: ADMIN.jobNumber, name: ADMIN.name, pin: ADMIN.pin },
});

async function status(): Promise<HallStatus> {
  const { status: http, body } = await callApi<HallStatus>(hall!.url, 'hall.status', {});
  expect(http).toBe(200);
  if (!body.ok) throw new Error(JSON.stringify(body.error));
  return body.value;
}

/** The field error antd shows under the form item labelled `label` (empty when there is none). */
async function fieldError(label: string): Promise<string> {
  const item = page.locator('.ant-form-item', { has: page.locator(`label:text-is("${label}")`) });
  const error = item.locator('.ant-form-item-explain-error');
  return (await error.count()) === 0 ? '' : ((await error.first().textContent()) ?? '');
}

beforeAll(async () => {
  hall = await startHall();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
  problems = watchConsole(page);
});

afterAll(() => tearDown(browser, hall));

describe('first set-up of an empty hall', () => {
  it('starts unconfigured and refuses markup in the hall name over the API, changing nothing', async () => {
    expect(await status()).toMatchObject({ configured: false, hall: null });

    const { status: http, body } = await callApi(hall!.url, 'hall.setup', {
      ...validSetup(),
      hallName: '<script>alert(1)</script>',
    });
    expect(http).toBe(400);
    expect(body.ok).toBe(false);
    if (body.ok) return;
    expect(body.error.code).toBe('api/invalid-input');
    expect(Object.keys((body.error as { fields?: Record<string, string> }).fields ?? {})).toEqual(['hallName']);

    expect(await status()).toMatchObject({ configured: false, hall: null });
    // And the admin it would have created cannot sign in.
    const signIn = await callApi(hall!.url, 'staff.signIn', { jobNumber: ADMIN.jobNumber, pin: ADMIN.pin, windowId: null });
    expect(signIn.body.ok ? 'signed in' : signIn.body.error.code).toBe('staff/bad-credentials');
  });

  it('shows the set-up wizard and keeps a 5-digit area code on step 1 with a field error', async () => {
    await page.goto(`${hall!.url}/admin`);
    await page.getByText('首次设置').waitFor(WAIT);
    await page.getByText('本大厅尚未设置').waitFor(WAIT);
    await screenshot(page, 'setup-1-hall-empty');

    await page.getByLabel('大厅名称').fill(HALL.name);
    await page.getByLabel('行政区划代码').fill('12345');
    await page.getByLabel('咨询电话').fill(HALL.phone);
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByText('请输入6位数字').waitFor(WAIT);
    expect(await fieldError('行政区划代码')).toBe('请输入6位数字');
    expect(await fieldError('大厅名称')).toBe('');
    // Still on step 1: the admin fields are not shown.
    expect(await page.getByLabel('管理员姓名').isVisible()).toBe(false);
    expect(await page.locator('.ant-steps-item-process').textContent()).toContain('大厅信息');
    await screenshot(page, 'setup-1-hall-bad-area-code');

    // KNOWN PRODUCT BUG — fails until fixed (see the report): SetupWizard's `next()` awaits
    // `form.validateFields(...)`, which rejects when a field is invalid, and the button calls it as
    // `void next()`, so every refused 下一步 throws an unhandled rejection (antd's {errorFields, …} object,
    // logged as "pageerror: Object"). Taken out of `problems` here so the last test checks the rest.
    const uncaught = problems.splice(0).filter((p) => p.startsWith('pageerror:'));
    expect(uncaught, 'uncaught errors after a refused 下一步').toEqual([]);
  });

  it('moves to the admin step once the area code has 6 digits, and checks the PIN is typed twice alike', async () => {
    await page.getByLabel('行政区划代码').fill(HALL.areaCode);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('管理员姓名').waitFor({ state: 'visible', ...WAIT });
    expect(await page.locator('.ant-steps-item-process').textContent()).toContain('管理员');
    expect(await page.getByLabel('大厅名称').isVisible()).toBe(false);
    await screenshot(page, 'setup-2-admin-empty');

    await page.getByLabel('管理员姓名').fill(ADMIN.name);
    await page.getByLabel('工号').fill(ADMIN.jobNumber);
    await page.getByLabel('PIN（4至8位数字）').fill(ADMIN.pin);
    await page.getByLabel('再次输入PIN').fill('135790');
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByText('两次输入的PIN不一致').waitFor(WAIT);
    await screenshot(page, 'setup-2-admin-pin-mismatch');
    expect((await status()).configured).toBe(false);

    await page.getByLabel('再次输入PIN').fill(ADMIN.pin);
    await page.getByText('两次输入的PIN不一致').waitFor({ state: 'detached', ...WAIT });
    await screenshot(page, 'setup-2-admin-filled');
  });

  it('finishes the set-up, then signs in on the admin page and sees the pairing code and the tabs', async () => {
    await page.getByRole('button', { name: '完成设置' }).click();
    // The wizard's own 设置完成 step, or straight to the sign-in when the hall.changed event beats it.
    await page.getByText(/设置完成|大厅管理登录/).first().waitFor(WAIT);
    await screenshot(page, 'setup-3-done');
    if (await page.getByText(/^设置完成。/).isVisible()) {
      await page.getByRole('button', { name: '下一步' }).click();
    }
    await page.getByText('大厅管理登录').waitFor(WAIT);

    expect(await status()).toMatchObject({ configured: true, hall: HALL });

    await page.getByLabel('工号').fill(ADMIN.jobNumber);
    await page.getByLabel('PIN').fill(ADMIN.pin);
    await screenshot(page, 'setup-4-sign-in');
    await page.locator('button[type="submit"]').click();

    for (const tab of ['设备配对', '工作人员', '窗口']) {
      await page.getByRole('tab', { name: tab, exact: true }).waitFor(WAIT);
    }
    const code = page.getByTestId('pairing-code');
    await code.filter({ hasText: /^\d{6}$/ }).waitFor(WAIT);
    await page.getByText(HALL.name).first().waitFor(WAIT);
    await page.getByText(`工作人员：${ADMIN.name}（${ADMIN.jobNumber}）`).waitFor(WAIT);

    // The code on screen is the host's live code (read with the page's own admin session).
    const session = await page.evaluate(() => localStorage.getItem('onewindow.session.admin'));
    expect(session).toBeTruthy();
    const live = await callApi<{ code: string }>(hall!.url, 'devices.pairingCode', {}, { 'X-Hall-Session': session! });
    expect(live.body.ok && live.body.value.code).toBe(await code.textContent());
    await screenshot(page, 'setup-5-admin-devices');

    await page.getByRole('tab', { name: '工作人员', exact: true }).click();
    await page.getByRole('cell', { name: ADMIN.jobNumber, exact: true }).waitFor(WAIT);
    await page.getByRole('cell', { name: '管理员', exact: true }).waitFor(WAIT);
    await screenshot(page, 'setup-6-admin-staff');
  });

  it('adds the hall’s first queue and window on the admin page, and the kiosk offers the queue', async () => {
    await page.getByRole('tab', { name: '队列', exact: true }).click();
    await page.getByRole('button', { name: '添加队列' }).click();
    await page.getByLabel('前缀').fill('A');
    await page.getByLabel('队列名称').fill('综合受理');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('cell', { name: '综合受理', exact: true }).waitFor(WAIT);
    await screenshot(page, 'setup-7-queue');

    await page.getByRole('tab', { name: '窗口', exact: true }).click();
    await page.getByRole('button', { name: '添加窗口' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-select').last().click();
    await page.locator('.ant-select-dropdown').getByText('A 综合受理').click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('cell', { name: '1号窗口', exact: true }).waitFor(WAIT);
    await screenshot(page, 'setup-8-window');

    const windows = await callApi<Array<{ number: number; queueIds: string[] }>>(hall!.url, 'hall.windows', {});
    expect(windows.body.ok && windows.body.value.map((w) => [w.number, w.queueIds.length])).toEqual([[1, 1]]);
    const kiosk = await page.context().newPage();
    await kiosk.goto(`${hall!.url}/kiosk`);
    await kiosk.getByRole('button', { name: 'A 综合受理' }).waitFor(WAIT);
    await kiosk.close();
  });

  it('refuses a second set-up', async () => {
    const { status: http, body } = await callApi(hall!.url, 'hall.setup', {
      ...validSetup(),
      hallName: '另一个大厅',
      admin: { jobNumber: 'X1', name: '冒名', pin: '1111' },
    });
    expect(body.ok ? 'accepted' : body.error.code).toBe('hall/already-set-up');
    expect(http).toBe(409);
    expect(await status()).toMatchObject({ configured: true, hall: HALL });
    const intruder = await callApi(hall!.url, 'staff.signIn', { jobNumber: 'X1', pin: '1111', windowId: null });
    expect(intruder.body.ok ? 'signed in' : intruder.body.error.code).toBe('staff/bad-credentials');
  });

  it('ran the admin page without a console error', () => {
    expect(problems).toEqual([]);
  });
});
