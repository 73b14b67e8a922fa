import { describe, expect, it } from 'vitest';
import { HallError } from '../api/errors';
import { PrintDocumentSchema, documentLines, unmaskedIdNumbers, type TextBlock } from './document';
import { TicketPrintDataSchema, ticketDocument, type TicketPrintData } from './ticket';
import { SAMPLE_TICKET, SAMPLE_TICKET_ID } from './sample-ticket';

const TICKET_ID = SAMPLE_TICKET_ID;

// 2026-11-23 09:05 in the hall (UTC+8).
const sample: TicketPrintData = { ...SAMPLE_TICKET, takenAt: Date.UTC(2026, 10, 23, 1, 5, 42), priorityLabel: '军人依法优先' };

const textBlocks = (t: TicketPrintData) => ticketDocument(t).blocks.filter((b): b is TextBlock => b.kind === 'text');

describe('ticketDocument', () => {
  it('lays out the ticket of DOMAIN §5 in Chinese', () => {
    expect(documentLines(ticketDocument(sample))).toEqual([
      '云溪县政务服务中心',
      '施工许可',
      'C001',
      '【预约】【军人依法优先】',
      '前方等待 3 人',
      '预计等候约 15 分钟',
      '--------------------------------',
      '取号时间 2026-11-23 09:05',
      '身份证 1101**********002X',
      '--------------------------------',
      '过号请重新取号',
      `[QR:${TICKET_ID}]`,
      '',
      '咨询电话 0571-12345678',
      '[CUT]',
    ]);
  });

  it('styles the hall name and the big number', () => {
    const [hall, queue, number] = textBlocks(sample);
    expect(hall).toEqual({ kind: 'text', text: '云溪县政务服务中心', align: 'center', bold: true });
    expect(queue).toMatchObject({ text: '施工许可', align: 'center' });
    expect(number).toEqual({ kind: 'text', text: 'C001', align: 'center', size: 3, bold: true });
  });

  it('is a valid document that ends with a cut and carries the ticket id in its QR code', () => {
    const doc = ticketDocument(sample);
    expect(PrintDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.blocks.at(-1)).toEqual({ kind: 'cut' });
    expect(doc.blocks.filter((b) => b.kind === 'qr')).toEqual([{ kind: 'qr', data: TICKET_ID }]);
  });

  it('prints the time in the hall time zone, whatever the PC says', () => {
    // 23:30 UTC on the 22nd is already the 23rd in the hall.
    const lines = documentLines(ticketDocument({ ...sample, takenAt: Date.UTC(2026, 10, 22, 23, 30) }));
    expect(lines).toContain('取号时间 2026-11-23 07:30');
  });

  it('leaves out what is not known or not set', () => {
    const lines = documentLines(
      ticketDocument({ ...sample, estimatedWaitMinutes: null, maskedId: null, appointment: false, priorityLabel: null, ahead: 0 }),
    );
    expect(lines).toContain('前方等待 0 人');
    expect(lines.some((l) => l.startsWith('预计等候'))).toBe(false);
    expect(lines.some((l) => l.startsWith('身份证'))).toBe(false);
    expect(lines.some((l) => l.includes('【'))).toBe(false);
  });

  it('shows only one of the marks when only one applies', () => {
    expect(documentLines(ticketDocument({ ...sample, priorityLabel: null }))).toContain('【预约】');
    expect(documentLines(ticketDocument({ ...sample, appointment: false }))).toContain('【军人依法优先】');
  });

  it('rounds the estimate up to whole minutes, at least one', () => {
    expect(documentLines(ticketDocument({ ...sample, estimatedWaitMinutes: 7.2 }))).toContain('预计等候约 8 分钟');
    expect(documentLines(ticketDocument({ ...sample, estimatedWaitMinutes: 0 }))).toContain('预计等候约 1 分钟');
  });

  describe('never prints an ID number in clear', () => {
    it('masks a full 18-character ID passed by mistake', () => {
      const doc = ticketDocument({ ...sample, maskedId: '11010519491231002X' });
      expect(documentLines(doc)).toContain('身份证 1101**********002X');
      expect(JSON.stringify(doc)).not.toContain('11010519491231002X');
      expect(unmaskedIdNumbers(doc)).toEqual([]);
    });

    it('masks a half-masked ID again', () => {
      const doc = ticketDocument({ ...sample, maskedId: '110105194912310*2X' });
      expect(documentLines(doc)).toContain('身份证 1101**********0*2X');
    });

    it('refuses an ID number that slipped into another field', () => {
      expect(() => ticketDocument({ ...sample, ticketId: '11010519491231002X' })).toThrow(HallError);
      try {
        ticketDocument({ ...sample, queueName: '施工许可 11010519491231002X' });
        expect.unreachable();
      } catch (error) {
        expect((error as HallError).code).toBe('printer/unmasked-id');
        expect((error as HallError).message).not.toContain('11010519491231002X');
      }
    });
  });

  it('has a schema for the data, for the API contract', () => {
    expect(TicketPrintDataSchema.parse(sample)).toEqual(sample);
    expect(TicketPrintDataSchema.safeParse({ ...sample, ahead: -1 }).success).toBe(false);
  });
});
