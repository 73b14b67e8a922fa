import { Button, Modal, Tag } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { hallTime } from '../../../../shared/domain/clock';
import type { IssuedTicket } from '../../../../shared/features/queue/contract';
import { NO_SHOW_RULE, PRIORITY_LABELS } from '../../../../shared/features/queue/labels';
import { ticketDocument } from '../../../../shared/print/ticket';
import { api } from '../../api/hall';
import { errorText } from '../../app/errors';
import { PrintPreview } from '../print/PrintPreview';
import { kioskText as t } from './text';

const AUTO_CLOSE_S = 20;

type PrintState = { kind: 'printing' } | { kind: 'printed' } | { kind: 'failed'; message: string } | { kind: 'none' };

/** The taken ticket, shown large, printed at once; a failed print says so and offers a reprint. */
export function TicketModal({ ticket, hasPrinter, onClose }: { ticket: IssuedTicket; hasPrinter: boolean; onClose: () => void }) {
  const [left, setLeft] = useState(AUTO_CLOSE_S);
  const [print, setPrint] = useState<PrintState>({ kind: hasPrinter ? 'printing' : 'none' });
  const document = useMemo(
    () =>
      ticketDocument({
        hallName: ticket.hallName,
        hallPhone: ticket.hallPhone,
        queueName: ticket.queueName,
        number: ticket.number,
        ahead: ticket.ahead,
        estimatedWaitMinutes: ticket.estimatedWaitMinutes,
        takenAt: ticket.takenAt,
        maskedId: ticket.idMasked,
        appointment: ticket.appointment,
        priorityLabel: ticket.priority === 'none' || ticket.priority === 'appointment' ? null : PRIORITY_LABELS[ticket.priority],
        ticketId: ticket.id,
      }),
    [ticket],
  );

  /** Prints once and says how it went; a failure leaves the ticket valid. */
  const printOnce = useCallback(
    (): Promise<PrintState> =>
      api.queue.printTicket({ ticketId: ticket.id }).then(
        () => ({ kind: 'printed' }),
        (error: unknown) => ({ kind: 'failed', message: errorText(error) }),
      ),
    [ticket.id],
  );

  const reprint = () => {
    setPrint({ kind: 'printing' });
    void printOnce().then(setPrint);
  };

  useEffect(() => {
    if (!hasPrinter) return;
    let live = true;
    void printOnce().then((state) => live && setPrint(state));
    return () => {
      live = false;
    };
  }, [printOnce, hasPrinter]);

  useEffect(() => {
    const timer = setInterval(() => setLeft((s) => s - 1), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left <= 0) onClose();
  }, [left, onClose]);

  return (
    <Modal open centered footer={null} closable={false} width={860} onCancel={onClose}>
      <div className="ticket-layout">
        <div className="ticket" data-testid="ticket">
          <div className="ticket-hall">{ticket.hallName}</div>
          <div className="ticket-queue">{ticket.queueName}</div>
          <div className="ticket-label">{t.ticketTitle}</div>
          <div className="ticket-number" data-testid="ticket-number">
            {ticket.number}
          </div>
          <div className="ticket-tags">
            {ticket.appointment && <Tag color="blue">{t.appointmentMark}</Tag>}
            {ticket.priority !== 'none' && ticket.priority !== 'appointment' && <Tag color="orange">{PRIORITY_LABELS[ticket.priority]}</Tag>}
          </div>
          <div className="ticket-ahead">{t.ahead(ticket.ahead)}</div>
          {ticket.estimatedWaitMinutes !== null && <div className="ticket-estimate">{t.estimate(ticket.estimatedWaitMinutes)}</div>}
          <div className="ticket-meta">
            {t.takenAt} {hallTime(ticket.takenAt).slice(0, 5)} · {NO_SHOW_RULE}
          </div>
          <div className={`ticket-print ticket-print-${print.kind}`} data-testid="print-status" role="status">
            {print.kind === 'printing' && t.printing}
            {print.kind === 'printed' && t.printed}
            {print.kind === 'failed' && print.message}
            {print.kind === 'none' && t.noPrinter}
          </div>
          {print.kind === 'failed' && (
            <Button size="large" block className="ticket-reprint" onClick={reprint}>
              {t.reprint}
            </Button>
          )}
          <Button type="primary" size="large" block className="ticket-close" onClick={onClose}>
            {t.close}（{t.autoClose(left)}）
          </Button>
        </div>
        <div className="ticket-preview">
          <PrintPreview document={document} paperWidth={58} />
        </div>
      </div>
    </Modal>
  );
}
