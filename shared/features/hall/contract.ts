import { z } from 'zod';
import { event, feature, method } from '../../api/define';
import { ALL_DEVICES } from '../../api/roles';
import { epochMs, isoDay, plainText } from '../../domain/text';
import { jobNumber, pin } from '../staff/contract';

export const HallInfo = z.object({
  name: z.string(),
  areaCode: z.string(),
  phone: z.string(),
});
export type HallInfo = z.infer<typeof HallInfo>;

export const WindowKind = z.enum(['comprehensive', 'pickup', 'consult']);
export type WindowKind = z.infer<typeof WindowKind>;

export const WindowState = z.enum(['closed', 'idle', 'serving', 'paused']);
export type WindowState = z.infer<typeof WindowState>;

export const HallWindow = z.object({
  id: z.string(),
  number: z.number().int().positive(),
  name: z.string(),
  kind: WindowKind,
  queueIds: z.array(z.string()),
  state: WindowState,
  pauseReason: z.string().nullable(),
  /** The clerk signed in at the window, if any (name and job number are shown on the window's own pad). */
  clerk: z.object({ name: z.string(), jobNumber: z.string() }).nullable(),
});
export type HallWindow = z.infer<typeof HallWindow>;

export const HallStatus = z.object({
  configured: z.boolean(),
  hall: HallInfo.nullable(),
  serviceDay: isoDay,
  serverTime: epochMs,
});
export type HallStatus = z.infer<typeof HallStatus>;

export const SetupInput = z.object({
  hallName: plainText('大厅名称', 40),
  areaCode: z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字'),
  phone: z.string().regex(/^[\d-]{5,20}$/, '电话号码格式不正确'),
  admin: z.object({
    jobNumber,
    name: plainText('姓名', 20),
    pin,
  }),
});
export type SetupInput = z.infer<typeof SetupInput>;

export const hallFeature = feature({
  methods: {
    status: method({
      summary: 'Whether the hall is set up, its name, and the host clock.',
      input: z.object({}),
      output: HallStatus,
      devices: ALL_DEVICES,
      beforePairing: true,
    }),
    setup: method({
      summary: 'First set-up of an empty hall: its name and the first admin. Refused once the hall is set up.',
      input: SetupInput,
      output: HallStatus,
      devices: ['host'],
    }),
    windows: method({
      summary: 'The hall windows with their queues, state and signed-in clerk.',
      input: z.object({}),
      output: z.array(HallWindow),
      devices: ALL_DEVICES,
    }),
  },
  events: {
    changed: event({
      summary: 'Hall set-up, windows or their state changed; screens refetch what they show.',
      payload: z.object({ what: z.enum(['setup', 'windows']) }),
      devices: ALL_DEVICES,
    }),
  },
});
