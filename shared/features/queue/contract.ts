import { z } from 'zod';
import { event, feature, method } from '../../api/define';
import { ALL_DEVICES } from '../../api/roles';
import { epochMs, isoDay, plainText } from '../../domain/text';
import { KIOSK_PRIORITIES, PRIORITIES } from './labels';

export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled'] as const;
export const TicketStatus = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof TicketStatus>;
export const PriorityKind = z.enum(PRIORITIES);

export const QueueInfo = z.object({
  id: z.string(),
  prefix: z.string(),
  name: z.string(),
  role: z.enum(['normal', 'appointment']),
  waiting: z.number().int().nonnegative(),
});
export type QueueInfo = z.infer<typeof QueueInfo>;

export const Ticket = z.object({
  id: z.string(),
  number: z.string(),
  queueId: z.string(),
  queueName: z.string(),
  serviceDay: isoDay,
  status: TicketStatus,
  priority: PriorityKind,
  idMasked: z.string().nullable(),
  appointment: z.boolean(),
  /** Set when a transfer sent the ticket to one window. */
  targetWindowId: z.string().nullable(),
  takenAt: epochMs,
  calledAt: epochMs.nullable(),
  startedAt: epochMs.nullable(),
  finishedAt: epochMs.nullable(),
  recalls: z.number().int().nonnegative(),
  windowId: z.string().nullable(),
  windowName: z.string().nullable(),
});
export type Ticket = z.infer<typeof Ticket>;

export const IssuedTicket = Ticket.extend({
  /** People waiting ahead in the same queue when the ticket was taken. */
  ahead: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative().nullable(),
  hallName: z.string(),
  hallPhone: z.string(),
});
export type IssuedTicket = z.infer<typeof IssuedTicket>;

export const CallEvent = z.object({
  ticketId: z.string(),
  number: z.string(),
  windowNumber: z.number().int(),
  windowName: z.string(),
  calledAt: epochMs,
  recall: z.boolean(),
});
export type CallEvent = z.infer<typeof CallEvent>;

export const BoardState = z.object({
  hallName: z.string(),
  /** Newest first. */
  calls: z.array(CallEvent),
  queues: z.array(QueueInfo),
});
export type BoardState = z.infer<typeof BoardState>;

const Duration = z.object({ count: z.number().int(), averageMinutes: z.number().nullable(), p90Minutes: z.number().nullable() });

const StatsRow = z.object({
  key: z.string(),
  label: z.string(),
  issued: z.number().int(),
  served: z.number().int(),
  noShows: z.number().int(),
  waitingNow: z.number().int(),
  wait: Duration,
  service: Duration,
  waitsOver30: z.number().int(),
});
export type StatsRow = z.infer<typeof StatsRow>;

export const DayStats = z.object({
  day: isoDay,
  total: StatsRow,
  noShowRate: z.number().nullable(),
  byQueue: z.array(StatsRow),
  byWindow: z.array(StatsRow),
  byClerk: z.array(StatsRow),
  byHour: z.array(StatsRow),
  appointments: z.object({ booked: z.number().int(), checkedIn: z.number().int(), noShows: z.number().int() }),
});
export type DayStats = z.infer<typeof DayStats>;

export const QueueInput = z.object({
  id: z.string().uuid().nullable(),
  prefix: z.string().trim().toUpperCase().regex(/^[A-Z]$/, '前缀应为一个英文字母'),
  name: plainText('队列名称', 20),
  role: z.enum(['normal', 'appointment']),
  defaultServiceMinutes: z.number().int().min(1).max(240),
  /** The catalog stage (code) its applicants come for: intake from one of its tickets starts there. */
  stageCode: z.string().trim().max(20).nullable().default(null),
});
export type QueueInput = z.infer<typeof QueueInput>;

export const QueueConfig = QueueInput.extend({ id: z.string(), sortOrder: z.number().int() });
export type QueueConfig = z.infer<typeof QueueConfig>;

const CLERKS = ['clerk', 'pickup', 'supervisor', 'admin'] as const;
const MANAGERS = ['supervisor', 'admin'] as const;
const idNumberInput = z.string().trim().max(18).nullable().optional();
const windowAction = (summary: string) =>
  method({ summary, input: z.object({}), output: Ticket, devices: ['host', 'window'], staff: CLERKS });

export const queueFeature = feature({
  methods: {
    queues: method({
      summary: 'The queues with how many are waiting in each.',
      input: z.object({}),
      output: z.array(QueueInfo),
      devices: ALL_DEVICES,
    }),
    configs: method({
      summary: 'The queues as configured (prefix, name, role, default service time), for the admin page.',
      input: z.object({}),
      output: z.array(QueueConfig),
      devices: ['host', 'window'],
      staff: MANAGERS,
    }),
    saveQueue: method({
      summary: 'Add a queue (id null) or change one. A prefix cannot change on a day the queue has tickets.',
      input: QueueInput,
      output: QueueConfig,
      devices: ['host'],
      staff: ['admin'],
    }),
    issueTicket: method({
      summary: 'Take a number in a queue (kiosk), optionally with an ID number (kept masked) and a priority.',
      input: z.object({
        queueId: z.string().uuid(),
        idNumber: idNumberInput,
        priority: z.enum(KIOSK_PRIORITIES).nullable().optional(),
      }),
      output: IssuedTicket,
      devices: ['host', 'kiosk', 'window'],
    }),
    checkIn: method({
      summary: 'Check in an appointment for today by its code or the booked ID number; returns the ticket.',
      input: z
        .object({ code: z.string().trim().regex(/^[A-Za-z0-9]{4,12}$/, '预约码格式不正确').nullable().optional(), idNumber: idNumberInput })
        .refine((v) => Boolean(v.code) !== Boolean(v.idNumber), { message: '请输入预约码或身份证号码之一' }),
      output: IssuedTicket,
      devices: ['host', 'kiosk', 'window'],
    }),
    waiting: method({
      summary: "The tickets waiting for the signed-in window (its queues, and tickets transferred to it), in calling order.",
      input: z.object({}),
      output: z.array(Ticket),
      devices: ['host', 'window'],
      staff: CLERKS,
    }),
    current: method({
      summary: 'The ticket the signed-in window has called or is serving, if any.',
      input: z.object({}),
      output: Ticket.nullable(),
      devices: ['host', 'window'],
      staff: CLERKS,
    }),
    callNext: windowAction("Call the next ticket (priority first, within the hall's anti-starvation limit). The host decides; never twice."),
    callNumber: method({
      summary: 'Call a specific waiting number of one of the window’s queues.',
      input: z.object({ number: z.string().trim().toUpperCase().regex(/^[A-Z]\d{3,4}$/, '号码格式应如 A001') }),
      output: Ticket,
      devices: ['host', 'window'],
      staff: CLERKS,
    }),
    recall: windowAction('Announce the current called ticket again.'),
    start: windowAction('The applicant came: start serving the current ticket.'),
    finish: windowAction('Finish serving the current ticket.'),
    noShow: windowAction('The called applicant did not come (过号).'),
    transfer: method({
      summary: 'Send the current ticket to another queue or window; it keeps its number and original take time.',
      input: z
        .object({ queueId: z.string().uuid().nullable().optional(), windowId: z.string().uuid().nullable().optional() })
        .refine((v) => Boolean(v.queueId) !== Boolean(v.windowId), { message: '请选择转往的队列或窗口之一' }),
      output: Ticket,
      devices: ['host', 'window'],
      staff: CLERKS,
    }),
    open: method({ summary: 'Open the window for service.', input: z.object({}), output: z.object({ state: z.string() }), devices: ['host', 'window'], staff: CLERKS }),
    pause: method({
      summary: 'Pause the window with a reason (the pad and board show it is paused).',
      input: z.object({ reason: plainText('暂停原因', 40) }),
      output: z.object({ state: z.string() }),
      devices: ['host', 'window'],
      staff: CLERKS,
    }),
    resume: method({ summary: 'Resume after a pause.', input: z.object({}), output: z.object({ state: z.string() }), devices: ['host', 'window'], staff: CLERKS }),
    close: method({ summary: 'Close the window (下班); nothing more is called to it.', input: z.object({}), output: z.object({ state: z.string() }), devices: ['host', 'window'], staff: CLERKS }),
    printTicket: method({
      summary: "Print (or reprint) a ticket on the calling kiosk's printer. A failure leaves the ticket valid.",
      input: z.object({ ticketId: z.string().uuid() }),
      output: z.object({ printer: z.string() }),
      devices: ['host', 'kiosk', 'window'],
    }),
    board: method({
      summary: 'What the display board shows: recent calls and waiting counts.',
      input: z.object({}),
      output: BoardState,
      devices: ALL_DEVICES,
    }),
    stats: method({
      summary: 'Statistics of one day: per queue, window, clerk and hour.',
      input: z.object({ day: isoDay }),
      output: DayStats,
      devices: ['host', 'window'],
      staff: MANAGERS,
    }),
  },
  events: {
    called: event({
      summary: 'A ticket was called to a window (the board shows and announces it); `recall` when called again.',
      payload: CallEvent,
      devices: ALL_DEVICES,
    }),
    changed: event({
      summary: 'Waiting counts changed (a ticket was taken or left the waiting list).',
      payload: z.object({ queues: z.array(QueueInfo) }),
      devices: ALL_DEVICES,
    }),
  },
});
