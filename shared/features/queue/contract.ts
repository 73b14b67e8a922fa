import { z } from 'zod';
import { event, feature, method } from '../../api/define';
import { ALL_DEVICES } from '../../api/roles';
import { epochMs, isoDay } from '../../domain/text';

export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled'] as const;
export const TicketStatus = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof TicketStatus>;

export const QueueInfo = z.object({
  id: z.string(),
  prefix: z.string(),
  name: z.string(),
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
  takenAt: epochMs,
  calledAt: epochMs.nullable(),
  windowId: z.string().nullable(),
  windowName: z.string().nullable(),
});
export type Ticket = z.infer<typeof Ticket>;

export const IssuedTicket = Ticket.extend({
  /** People waiting ahead in the same queue when the ticket was taken. */
  ahead: z.number().int().nonnegative(),
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

const CLERKS = ['clerk', 'pickup', 'supervisor', 'admin'] as const;

export const queueFeature = feature({
  methods: {
    queues: method({
      summary: 'The queues with how many are waiting in each.',
      input: z.object({}),
      output: z.array(QueueInfo),
      devices: ALL_DEVICES,
    }),
    issueTicket: method({
      summary: 'Take a number in a queue (kiosk).',
      input: z.object({ queueId: z.string().uuid() }),
      output: IssuedTicket,
      devices: ['host', 'kiosk', 'window'],
    }),
    waiting: method({
      summary: "The tickets waiting in the signed-in window's queues, in calling order.",
      input: z.object({}),
      output: z.array(Ticket),
      devices: ['host', 'window'],
      staff: CLERKS,
    }),
    current: method({
      summary: "The ticket the signed-in window has called or is serving, if any.",
      input: z.object({}),
      output: Ticket.nullable(),
      devices: ['host', 'window'],
      staff: CLERKS,
    }),
    callNext: method({
      summary: "Call the next waiting ticket of the signed-in window's queues. The host decides; never twice.",
      input: z.object({}),
      output: Ticket,
      devices: ['host', 'window'],
      staff: CLERKS,
    }),
    board: method({
      summary: 'What the display board shows: recent calls and waiting counts.',
      input: z.object({}),
      output: BoardState,
      devices: ALL_DEVICES,
    }),
  },
  events: {
    called: event({
      summary: 'A ticket was called to a window (the board shows and announces it).',
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
