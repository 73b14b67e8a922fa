import type { TicketPrintData } from './ticket';

/** A realistic ticket for tests of printing and its preview: C001 taken 2026-11-23 09:05 in the hall. */
export const SAMPLE_TICKET_ID = '01930000-0000-7000-8000-0000000000c1';

export const SAMPLE_TICKET: TicketPrintData = {
  hallName: '云溪县政务服务中心',
  hallPhone: '0571-12345678',
  queueName: '施工许可',
  number: 'C001',
  ahead: 3,
  estimatedWaitMinutes: 15,
  takenAt: Date.UTC(2026, 10, 23, 1, 5),
  maskedId: '1101**********002X',
  appointment: true,
  priorityLabel: null,
  ticketId: SAMPLE_TICKET_ID,
};

/** The text lines SAMPLE_TICKET prints on 58 mm paper: the preview must show exactly what the paper says. */
export const SAMPLE_TICKET_LINES = [
  '云溪县政务服务中心',
  '施工许可',
  'C001',
  '【预约】',
  '前方等待 3 人',
  '预计等候约 15 分钟',
  '-'.repeat(32),
  '取号时间 2026-11-23 09:05',
  '身份证 1101**********002X',
  '-'.repeat(32),
  '过号请重新取号',
  '咨询电话 0571-12345678',
];
