import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { ReadlineParser, SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import type { HallClient } from '../../../../shared/api/contract';
import { killSocat, socatMissing, startSocatPair } from '../../devices/test-socat';
import { createTestHall, refusal, type TestHall } from '../../test-hall';

let t: TestHall | undefined;
let socat: ChildProcess | null = null;
let dir = '';
afterEach(async () => {
  t?.dispose();
  await killSocat(socat);
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('keypads on the host', () => {
  it('refuses a malformed port and an unknown window, and is for admins at the host only', async () => {
    t = await createTestHall();
    const admin = t.as(t.hall.hostDevice, await t.signIn('9001', null));
    const windowId = (await t.host.hall.windows({})).find((w) => w.number === 1)!.id;
    expect((await refusal(admin.keypads.save({ path: 'rm -rf /', windowId, baudRate: 9600 }))).fields).toEqual({ path: '串口应为 COM3 或 /dev/ttyUSB0 这样的名称' });
    expect((await refusal(admin.keypads.save({ path: '/dev/ttyUSB0', windowId: '01930000-0000-7000-8000-000000000000', baudRate: 9600 }))).code).toBe('keypads/no-window');
    const clerk = t.as(t.hall.hostDevice, await t.signIn('1001', 1));
    expect((await refusal(clerk.keypads.list({}))).code).toBe('api/forbidden-role');
    expect(await admin.keypads.list({})).toEqual([]);
  });

  it.skipIf(socatMissing)('starts a keypad when it is configured, rates through it, and stops it when removed', async () => {
    t = await createTestHall({ background: true });
    dir = await mkdtemp(join(tmpdir(), 'onewindow-keypads-'));
    const [hostEnd, keypadEnd] = [join(dir, 'host'), join(dir, 'keypad')];
    socat = await startSocatPair(hostEnd, keypadEnd);
    const admin = t.as(t.hall.hostDevice, await t.signIn('9001', null));
    const clerk: HallClient = t.as(t.hall.hostDevice, await t.signIn('1001', 1));
    const windowId = (await t.host.hall.windows({})).find((w) => w.number === 1)!.id;

    const keypad = new SerialPort({ path: keypadEnd, baudRate: 9600 });
    const lines: string[] = [];
    keypad.pipe(new ReadlineParser({ delimiter: '\r\n' })).on('data', (line: string) => lines.push(line));
    try {
      expect(await admin.keypads.save({ path: hostEnd, windowId, baudRate: 9600 })).toMatchObject([{ path: hostEnd, windowName: '1号窗口' }]);
      await until(async () => (await admin.keypads.list({}))[0]!.connected, 'the keypad to connect');

      const queueId = (await t.host.queue.queues({})).find((q) => q.prefix === 'A')!.id;
      await t.host.queue.issueTicket({ queueId });
      await clerk.queue.callNext({});
      await clerk.queue.start({});
      await clerk.queue.finish({});
      await clerk.rating.request({ step: 'reception', caseId: null });
      await until(async () => lines.includes('READY'), 'READY on the keypad');
      keypad.write('RATE 4\r\n');
      await until(async () => lines.includes('OK'), 'OK on the keypad');
      expect(t.hall.store.sqlite.prepare('SELECT level, channel FROM rating').all()).toEqual([{ level: 'satisfied', channel: 'keypad' }]);

      expect(await admin.keypads.remove({ path: hostEnd })).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => (keypad.isOpen ? keypad.close(() => resolve()) : resolve()));
    }
  });
});
