import { z } from 'zod';
import { event, feature, method } from '../../api/define';
import { ALL_DEVICES, MANAGERS } from '../../api/roles';
import { epochMs, isoDay, plainText } from '../../domain/text';
import { ClerkOnDuty, jobNumber, pin } from '../staff/contract';

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
  /** The clerk signed in at the window, if any (name, job number and photo are shown on the window's own pad). */
  clerk: ClerkOnDuty.nullable(),
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

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, '时间格式应为 HH:MM');

export const HallSettings = z
  .object({
    opensAt: clock,
    closesAt: clock,
    priorityRunLimit: z.number().int().min(1, '至少为1').max(10, '不超过10'),
    appointmentMode: z.enum(['queue', 'priority']),
    /** Named on notices and under the seal; the hall name when empty. */
    agencyName: z.string().trim().max(40, '不超过40个字').refine((s) => !/[<>]/.test(s), '不能包含 < > 等标记字符'),
    /** Opens notice numbers: `X` of `X审受〔2026〕第010042号`. */
    shortName: z.string().trim().regex(/^[\u4e00-\u9fa5A-Za-z]{0,4}$/, '简称为1至4个汉字或字母'),
    /** This PC's terminal number from county enrolment (01–99): part of every case number it mints. */
    terminalNo: z.number().int().min(1, '终端编号为1至99').max(99, '终端编号为1至99').nullable(),
    /** Ratings (DOMAIN §6): the pad's time-out, follow-up and rectification deadlines, the burst window. */
    ratingTimeoutSeconds: z.number().int().min(5, '至少5秒').max(600, '不超过600秒'),
    followUpDays: z.number().int().min(1, '至少1个工作日').max(30, '不超过30个工作日'),
    rectifyDays: z.number().int().min(1, '至少1个工作日').max(60, '不超过60个工作日'),
    burstSeconds: z.number().int().min(0, '不能为负').max(600, '不超过600秒'),
  })
  .refine((s) => s.opensAt < s.closesAt, { message: '开始取号时间应早于停止取号时间', path: ['closesAt'] });
export type HallSettings = z.infer<typeof HallSettings>;

export const WindowInput = z.object({
  id: z.string().uuid().nullable(),
  number: z.number().int().min(1, '窗口编号应为正整数').max(999),
  name: plainText('窗口名称', 20),
  kind: WindowKind,
  queueIds: z.array(z.string().uuid()).max(26),
});
export type WindowInput = z.infer<typeof WindowInput>;

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
    settings: method({
      summary: 'Ticket hours, the anti-starvation limit and where appointment check-ins go.',
      input: z.object({}),
      output: HallSettings,
      devices: ['host', 'window'],
      staff: MANAGERS,
    }),
    saveSettings: method({
      summary: 'Change the hall settings.',
      input: HallSettings,
      output: HallSettings,
      devices: ['host'],
      staff: ['admin'],
    }),
    saveWindow: method({
      summary: 'Add a window (id null) or change one: number, name, kind and the queues it serves.',
      input: WindowInput,
      output: HallWindow,
      devices: ['host'],
      staff: ['admin'],
    }),
  },
  events: {
    changed: event({
      summary: 'Hall set-up, windows, their state or their clerk’s photo changed; screens refetch what they show.',
      payload: z.object({ what: z.enum(['setup', 'windows']) }),
      devices: ALL_DEVICES,
    }),
  },
});
