import { z } from 'zod';
import { HallError } from '../api/errors';
import { hallDay, hallTime } from '../domain/clock';
import { maskIdNumber } from '../domain/masking';
import { PRINT_ERRORS } from './target';
import { cut, feed, qr, rule, text, unmaskedIdNumbers, type PrintBlock, type PrintDocument } from './document';

/**
 * What the kiosk's printed ticket shows (DOMAIN §5). `maskedId` must already be masked
 * (`maskIdNumber`, e.g. `1101**********002X`); a full number passed by mistake is masked here.
 */
export const TicketPrintDataSchema = z.object({
  hallName: z.string(),
  hallPhone: z.string(),
  queueName: z.string(),
  /** `A001`. */
  number: z.string().min(1),
  /** People waiting ahead in the same queue when the ticket was taken. */
  ahead: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().nonnegative().nullable(),
  /** Epoch ms; printed in the hall's time zone. */
  takenAt: z.number().int().nonnegative(),
  maskedId: z.string().nullable(),
  appointment: z.boolean(),
  /** `军人依法优先`, `绿色通道`, …; null for a normal ticket. */
  priorityLabel: z.string().nullable(),
  /** Goes into the QR code. */
  ticketId: z.string().min(1),
});
export type TicketPrintData = z.infer<typeof TicketPrintDataSchema>;

export const TICKET_TEXT = {
  ahead: (n: number) => `前方等待 ${n} 人`,
  estimate: (minutes: number) => `预计等候约 ${minutes} 分钟`,
  takenAt: (day: string, time: string) => `取号时间 ${day} ${time}`,
  id: (masked: string) => `身份证 ${masked}`,
  appointment: '【预约】',
  priority: (label: string) => `【${label}】`,
  noShow: '过号请重新取号',
  phone: (phone: string) => `咨询电话 ${phone}`,
} as const;

/**
 * The queue ticket as a printable document:
 *
 * ```
 *        云溪县政务服务中心          bold, centred
 *           施工许可                 centred
 *            C001                    size 3, bold, centred
 *       【预约】【军人依法优先】        when set
 *         前方等待 3 人
 *       预计等候约 15 分钟             when known
 * --------------------------------
 * 取号时间 2026-11-23 09:05            hall time zone
 * 身份证 1101**********002X            when an ID card was read
 * --------------------------------
 *         过号请重新取号
 *           [QR ticketId]
 *      咨询电话 0571-12345678
 * [cut]
 * ```
 */
export function ticketDocument(t: TicketPrintData): PrintDocument {
  const blocks: PrintBlock[] = [
    text(t.hallName, { align: 'center', bold: true }),
    text(t.queueName, { align: 'center' }),
    text(t.number, { align: 'center', size: 3, bold: true }),
  ];
  const marks = [t.appointment ? TICKET_TEXT.appointment : '', t.priorityLabel ? TICKET_TEXT.priority(t.priorityLabel) : ''].join('');
  if (marks) blocks.push(text(marks, { align: 'center', bold: true }));
  blocks.push(text(TICKET_TEXT.ahead(t.ahead), { align: 'center' }));
  if (t.estimatedWaitMinutes !== null) {
    blocks.push(text(TICKET_TEXT.estimate(Math.max(1, Math.ceil(t.estimatedWaitMinutes))), { align: 'center' }));
  }
  blocks.push(rule());
  blocks.push(text(TICKET_TEXT.takenAt(hallDay(t.takenAt), hallTime(t.takenAt).slice(0, 5))));
  if (t.maskedId) blocks.push(text(TICKET_TEXT.id(ensureMasked(t.maskedId))));
  blocks.push(
    rule(),
    text(TICKET_TEXT.noShow, { align: 'center', bold: true }),
    qr(t.ticketId),
    feed(1),
    text(TICKET_TEXT.phone(t.hallPhone), { align: 'center' }),
    cut(),
  );
  const doc: PrintDocument = { blocks };
  // Last line of defence: no field (hall name, queue name, ticket id…) may carry an ID number in clear.
  const leaked = unmaskedIdNumbers(doc);
  if (leaked.length > 0) throw new HallError(PRINT_ERRORS.unmaskedId, 'A ticket may not carry an unmasked ID number');
  return doc;
}

/** A value that shows more than the 8 characters of a masked ID is masked again. */
function ensureMasked(value: string): string {
  const s = value.trim();
  const visible = s.replace(/\*/g, '').length;
  return visible > 8 ? maskIdNumber(s) : s;
}
