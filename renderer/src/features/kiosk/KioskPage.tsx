import { App, Button, Modal, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { hallTime } from '../../../../shared/domain/clock';
import type { IssuedTicket } from '../../../../shared/features/queue/contract';
import { api } from '../../api/hall';
import { errorText } from '../../app/errors';
import { useHallEvent, useOnReconnect } from '../../app/hooks';
import { useAppStore } from '../../store';
import { kioskText as t } from './text';

const AUTO_CLOSE_S = 15;

/** The ticket kiosk: big touch targets, one tap per queue, the ticket shown until tapped away. */
export function KioskPage() {
  const queues = useAppStore((s) => s.queues);
  const refreshQueues = useAppStore((s) => s.refreshQueues);
  const hallName = useAppStore((s) => s.status?.hall?.name ?? '');
  const refreshHall = useAppStore((s) => s.refreshHall);
  const [busy, setBusy] = useState(false);
  const [ticket, setTicket] = useState<IssuedTicket | null>(null);
  const { modal } = App.useApp();

  useOnReconnect(() => Promise.all([refreshQueues(), refreshHall()]));
  useHallEvent('queue.changed', ({ queues: next }) => useAppStore.setState({ queues: next }));

  const take = async (queueId: string) => {
    setBusy(true);
    try {
      setTicket(await api.queue.issueTicket({ queueId }));
    } catch (error) {
      modal.error({ title: errorText(error), centered: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="kiosk">
      <header className="kiosk-header">
        <Typography.Title level={1}>{hallName}</Typography.Title>
        <Typography.Title level={2}>{t.title}</Typography.Title>
      </header>
      {queues.length === 0 ? (
        <Result status="info" title={t.empty} />
      ) : (
        <div className="kiosk-grid">
          {queues.map((q) => (
            <Button
              key={q.id}
              className="kiosk-queue"
              type="primary"
              disabled={busy}
              onClick={() => void take(q.id)}
              aria-label={`${q.prefix} ${q.name}`}
            >
              <span className="kiosk-queue-name">{q.name}</span>
              <span className="kiosk-queue-meta">
                {q.prefix} · {t.waiting(q.waiting)}
              </span>
            </Button>
          ))}
        </div>
      )}
      {ticket && <TicketModal ticket={ticket} onClose={() => setTicket(null)} />}
    </div>
  );
}

function TicketModal({ ticket, onClose }: { ticket: IssuedTicket; onClose: () => void }) {
  const [left, setLeft] = useState(AUTO_CLOSE_S);
  useEffect(() => {
    const timer = setInterval(() => setLeft((s) => s - 1), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left <= 0) onClose();
  }, [left, onClose]);
  return (
    <Modal open centered footer={null} closable={false} width={560} onCancel={onClose}>
      <div className="ticket" data-testid="ticket">
        <div className="ticket-hall">{ticket.hallName}</div>
        <div className="ticket-queue">{ticket.queueName}</div>
        <div className="ticket-label">{t.ticketTitle}</div>
        <div className="ticket-number" data-testid="ticket-number">
          {ticket.number}
        </div>
        <div className="ticket-ahead">{t.ahead(ticket.ahead)}</div>
        <div className="ticket-meta">
          {t.takenAt} {hallTime(ticket.takenAt)} · {t.noShowRule} · {ticket.hallPhone}
        </div>
        <Button type="primary" size="large" block className="ticket-close" onClick={onClose}>
          {t.close}（{t.autoClose(left)}）
        </Button>
      </div>
    </Modal>
  );
}
