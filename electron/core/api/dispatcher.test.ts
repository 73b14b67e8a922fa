import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feature, method } from '../../../shared/api/define';
import { HallError } from '../../../shared/api/errors';
import { silentLogger } from '../log';
import { createTestHall, refusal, type TestHall } from '../test-hall';
import { createDispatcher } from './dispatcher';

let t: TestHall;
beforeEach(async () => {
  t = await createTestHall();
});
afterEach(() => t.dispose());

const count = (table: string) => (t.hall.store.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const kiosk = { role: 'kiosk' as const, id: 'kiosk-1', name: 'kiosk' };
const unpaired = { role: null, id: null, name: 'unpaired' };

describe('dispatcher', () => {
  it('refuses an unknown method with a feature-scoped code', async () => {
    const result = await t.hall.dispatcher.call(t.hall.hostDevice, null, 'queue.nope', {});
    expect(result).toEqual({ ok: false, error: { code: 'api/unknown-method', message: expect.stringContaining('queue.nope') } });
    const proto = await t.hall.dispatcher.call(t.hall.hostDevice, null, 'queue.constructor', {});
    expect(proto.ok).toBe(false);
  });

  it('refuses invalid input with field messages, and changes nothing', async () => {
    const before = [count('ticket'), count('outbox'), count('activity')];
    const result = await t.hall.dispatcher.call(t.hall.hostDevice, null, 'queue.issueTicket', { queueId: 'not-a-uuid' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('api/invalid-input');
    expect(Object.keys(result.error.fields ?? {})).toEqual(['queueId']);
    expect([count('ticket'), count('outbox'), count('activity')]).toEqual(before);
  });

  it('refuses markup in names at the field', async () => {
    const token = await t.signIn('9001', null);
    const error = await refusal(
      t.as(t.hall.hostDevice, token).staff.create({ jobNumber: '3001', name: '<script>x</script>', role: 'clerk', pin: '1234' }),
    );
    expect(error.code).toBe('api/invalid-input');
    expect(error.fields?.name).toMatch(/标记字符/);
  });

  it('lets a device call only its role’s methods', async () => {
    const client = t.as(kiosk);
    await expect(client.queue.queues({})).resolves.toHaveLength(8);
    expect((await refusal(client.staff.list({}))).code).toBe('api/forbidden-device');
    expect((await refusal(client.queue.callNext({}))).code).toBe('api/forbidden-device');
  });

  it('lets an unpaired device learn what it is and pair, and nothing else', async () => {
    const client = t.as(unpaired);
    await expect(client.devices.whoami({})).resolves.toMatchObject({ needsPairing: true, role: null });
    await expect(client.hall.status({})).resolves.toMatchObject({ configured: true });
    expect((await refusal(client.queue.queues({}))).code).toBe('api/not-paired');
  });

  it('requires a signed-in session with an allowed staff role', async () => {
    expect((await refusal(t.host.queue.callNext({}))).code).toBe('api/not-signed-in');
    expect((await refusal(t.as(t.hall.hostDevice, 'forged-token').queue.callNext({}))).code).toBe('api/not-signed-in');
    const clerk = await t.signIn('1001', 1);
    expect((await refusal(t.as(t.hall.hostDevice, clerk).staff.list({}))).code).toBe('api/forbidden-role');
  });

  it('checks outputs against the contract and hides internal errors behind a generic one', async () => {
    const contract = {
      probe: feature({
        methods: {
          bad: method({ summary: 'returns the wrong shape', input: z.object({}), output: z.object({ n: z.number() }), devices: ['host'] }),
          boom: method({ summary: 'throws', input: z.object({}), output: z.object({}), devices: ['host'] }),
          refuse: method({ summary: 'refuses', input: z.object({}), output: z.object({}), devices: ['host'] }),
        },
        events: {},
      }),
    };
    const logged: string[] = [];
    const dispatcher = createDispatcher(
      contract,
      {
        probe: {
          bad: () => ({ n: 'one' }) as unknown as { n: number },
          boom: () => {
            throw new Error('secret detail 110105194912310021');
          },
          refuse: () => {
            throw new HallError('probe/nope', 'No.');
          },
        },
      },
      () => null,
      { ...silentLogger, error: (m, e) => logged.push(`${m} ${String(e)}`) },
    );
    const bad = await dispatcher.call(t.hall.hostDevice, null, 'probe.bad', {});
    const boom = await dispatcher.call(t.hall.hostDevice, null, 'probe.boom', {});
    const refuse = await dispatcher.call(t.hall.hostDevice, null, 'probe.refuse', {});
    expect(bad).toMatchObject({ ok: false, error: { code: 'api/internal' } });
    expect(boom).toEqual({ ok: false, error: { code: 'api/internal', message: 'Internal error; see the host log' } });
    expect(refuse).toEqual({ ok: false, error: { code: 'probe/nope', message: 'No.' } });
    expect(logged).toHaveLength(2);
  });
});
