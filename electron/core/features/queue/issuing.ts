import { API_ERRORS, HallError } from '../../../../shared/api/errors';
import { hallDay, hallTime } from '../../../../shared/domain/clock';
import { residentIdProblem } from '../../../../shared/domain/identifiers';
import { maskIdNumber } from '../../../../shared/domain/masking';
import type { IssuedTicket } from '../../../../shared/features/queue/contract';
import type { Priority } from '../../../../shared/features/queue/labels';
import { withinTicketHours } from '../../../../shared/features/queue/rules';
import { recordActivity } from '../../../../db/hall/repositories/activity';
import { findBookedAppointment, markCheckedIn } from '../../../../db/hall/repositories/appointments';
import { getHallSettings } from '../../../../db/hall/repositories/hall';
import {
  countWaitingAhead,
  findAppointmentQueue,
  findQueue,
  insertTicket,
  type QueueRow,
} from '../../../../db/hall/repositories/queue';
import type { CallContext } from '../../api/context';
import { actorOf } from '../../api/context';
import type { HallDeps } from '../../deps';
import { publicTicket, type QueueContext } from './context';
import { estimatedWait } from './ticket-print';

/** Taking a number at the kiosk, plain or by checking in an appointment. */
export function createIssuing(deps: HallDeps, q: QueueContext) {
  const { store, now } = deps;

  function openHall() {
    const settings = getHallSettings(store.db);
    if (!settings) throw new HallError('queue/hall-not-set-up', 'The hall is not set up yet');
    if (!withinTicketHours(hallTime(now()), settings.opensAt, settings.closesAt)) {
      throw new HallError('queue/closed', `Tickets are issued from ${settings.opensAt} to ${settings.closesAt}`);
    }
    return settings;
  }

  /** Validates an ID typed or read at the kiosk; only its masked form is kept on the ticket. */
  function maskedId(idNumber: string | null | undefined): string | null {
    if (!idNumber) return null;
    const problem = residentIdProblem(idNumber, hallDay(now()));
    if (problem) throw new HallError(API_ERRORS.invalidInput, `idNumber: ${problem}`, { idNumber: problem });
    return maskIdNumber(idNumber.toUpperCase());
  }

  function issue(
    ctx: CallContext,
    queue: QueueRow,
    fields: { priority: Priority; idMasked: string | null; appointmentId: string | null },
    hall: { name: string; phone: string },
    /** More writes that must commit with the ticket (an appointment marked checked in). */
    alongside?: (tx: typeof store.db, ticketId: string, at: number) => void,
  ): IssuedTicket {
    const at = now();
    const serviceDay = hallDay(at);
    const { id, ahead } = store.db.transaction((tx) => {
      const ticketId = insertTicket(tx, queue, { serviceDay, takenAt: at, issuedBy: ctx.device.id ?? store.deviceId, ...fields });
      recordActivity(tx, actorOf(ctx, store.deviceId), at, 'queue.issue', ticketId, { priority: fields.priority });
      alongside?.(tx, ticketId, at);
      return { id: ticketId, ahead: countWaitingAhead(tx, queue.id, serviceDay, at) };
    });
    q.emitChanged();
    return {
      ...publicTicket(q.mustFind(id)),
      ahead,
      estimatedWaitMinutes: estimatedWait(deps, queue.id, serviceDay, ahead),
      hallName: hall.name,
      hallPhone: hall.phone,
    };
  }

  return {
    issueTicket(input: { queueId: string; idNumber?: string | null; priority?: Priority | null }, ctx: CallContext): IssuedTicket {
      const hall = openHall();
      const queue = findQueue(store.db, input.queueId);
      if (!queue) throw new HallError('queue/not-found', 'No such queue', { queueId: '没有这个队列' });
      return issue(ctx, queue, { priority: input.priority ?? 'none', idMasked: maskedId(input.idNumber), appointmentId: null }, hall);
    },

    checkIn(input: { code?: string | null; idNumber?: string | null }, ctx: CallContext): IssuedTicket {
      const hall = openHall();
      if (input.idNumber) maskedId(input.idNumber);
      const booking = findBookedAppointment(store.db, q.today(), input);
      if (!booking) throw new HallError('queue/appointment-not-found', 'No appointment for today with that code or ID number');
      if (booking.checkedIn) throw new HallError('queue/already-checked-in', 'This appointment has already been checked in');
      const booked = findQueue(store.db, booking.queueId);
      const target = (hall.appointmentMode === 'queue' ? findAppointmentQueue(store.db) : undefined) ?? booked;
      if (!target) throw new HallError('queue/not-found', 'The booked queue no longer exists');
      const fields = { priority: 'appointment' as const, idMasked: maskIdNumber(booking.idNumber), appointmentId: booking.id };
      return issue(ctx, target, fields, hall, (tx, ticketId, at) => markCheckedIn(tx, booking.id, ticketId, ctx.device.id ?? store.deviceId, at));
    },
  };
}
