import { createServer, type Server } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../devices/printer/escpos-decode';
import { createTestHall, refusal, type TestHall } from '../../test-hall';

let t: TestHall;
let printer: Server;
let received: Buffer[];
let port: number;

/** A loopback listener standing in for a network receipt printer on port 9100. */
beforeEach(async () => {
  t = await createTestHall();
  received = [];
  printer = createServer((socket) => {
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('end', () => {
      received.push(Buffer.concat(chunks));
      socket.end();
    });
  });
  await new Promise<void>((resolve) => printer.listen(0, '127.0.0.1', resolve));
  port = (printer.address() as { port: number }).port;
});

afterEach(async () => {
  await new Promise((resolve) => printer.close(resolve));
  t.dispose();
});

const manager = async () => t.as(t.hall.hostDevice, await t.signIn('8001', null));
const queueA = async () => (await t.host.queue.queues({})).find((q) => q.prefix === 'A')!.id;

describe('ticket printing', () => {
  it('prints the ticket on the host kiosk’s printer; the bytes decode back to the ticket', async () => {
    await (await manager()).printers.set({ deviceKey: 'host', config: { target: { kind: 'tcp', host: '127.0.0.1', port }, paperWidth: 58 } });
    const ticket = await t.host.queue.issueTicket({ queueId: await queueA(), idNumber: '11010519491231002X', priority: 'military' });
    const result = await t.host.queue.printTicket({ ticketId: ticket.id });
    expect(result.printer).toBe(`tcp://127.0.0.1:${port}`);
    await expect.poll(() => received.length).toBe(1);
    const decoded = decodeEscPos(received[0]!);
    expect(decoded.initialised).toBe(true);
    expect(decoded.cut).toBe(true);
    expect(decoded.qrData).toEqual([ticket.id]);
    const text = decoded.lines.join('\n');
    for (const expected of ['云溪县政务服务中心', '立项用地规划', 'A001', '前方等待 0 人', '1101**********002X', '军人依法优先', '过号请重新取号', '0571-12345678']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('11010519491231002X');
  });

  it('reports a print failure and keeps the ticket valid for a reprint', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const admin = await manager();
    await admin.printers.set({ deviceKey: 'host', config: { target: { kind: 'tcp', host: '127.0.0.1', port: deadPort }, paperWidth: 58 } });
    const ticket = await t.host.queue.issueTicket({ queueId: await queueA() });
    expect((await refusal(t.host.queue.printTicket({ ticketId: ticket.id }))).code).toBe('printer/unreachable');
    expect((await t.host.queue.queues({})).find((q) => q.prefix === 'A')!.waiting).toBe(1);
    await admin.printers.set({ deviceKey: 'host', config: { target: { kind: 'tcp', host: '127.0.0.1', port }, paperWidth: 80 } });
    await t.host.queue.printTicket({ ticketId: ticket.id });
    await expect.poll(() => received.length).toBe(1);
    const kinds = t.hall.store.sqlite.prepare("SELECT kind FROM activity WHERE kind LIKE 'queue.print%' ORDER BY at, rowid").all() as Array<{ kind: string }>;
    expect(kinds.map((k) => k.kind)).toEqual(['queue.print.failed', 'queue.print']);
  });

  it('says when a device has no printer, and each paired kiosk has its own', async () => {
    const ticket = await t.host.queue.issueTicket({ queueId: await queueA() });
    expect(await t.host.printers.mine({})).toEqual({ configured: false, paperWidth: null });
    expect((await refusal(t.host.queue.printTicket({ ticketId: ticket.id }))).code).toBe('printer/not-configured');
    const admin = await manager();
    const { code } = await admin.devices.pairingCode({});
    const { device } = await t.as({ role: null, id: null, name: 'new' }).devices.pair({ code, role: 'kiosk', name: '东侧取号机' });
    await admin.printers.set({ deviceKey: device.id, config: { target: { kind: 'tcp', host: '127.0.0.1', port }, paperWidth: 58 } });
    expect((await admin.printers.list({})).map((p) => [p.deviceName, p.config !== null])).toEqual([
      ['大厅主机', false],
      ['东侧取号机', true],
    ]);
    const kiosk = t.as({ role: 'kiosk', id: device.id, name: '东侧取号机' });
    expect(await kiosk.printers.mine({})).toEqual({ configured: true, paperWidth: 58 });
    await kiosk.queue.printTicket({ ticketId: ticket.id });
    await expect.poll(() => received.length).toBe(1);
  });

  it('refuses bad printer settings and unknown devices, changing nothing', async () => {
    const admin = await manager();
    const bad = await refusal(admin.printers.set({ deviceKey: 'host', config: { target: { kind: 'tcp', host: 'http://x/', port: 99999 }, paperWidth: 58 } }));
    expect(bad.code).toBe('api/invalid-input');
    expect((await refusal(admin.printers.set({ deviceKey: '01930000-0000-7000-8000-000000000000', config: null }))).code).toBe('printer/no-device');
    expect((await admin.printers.list({}))[0]!.config).toBeNull();
  });
});
