import { App, Button, Result, Tag, Typography } from 'antd';
import { useState } from 'react';
import { maskIdNumber } from '../../../../shared/domain/masking';
import type { IssuedTicket } from '../../../../shared/features/queue/contract';
import { PRIORITY_LABELS } from '../../../../shared/features/queue/labels';
import { api } from '../../api/hall';
import { errorText } from '../../app/errors';
import { useHallEvent, useOnReconnect, useRemote } from '../../app/hooks';
import { useAppStore } from '../../store';
import { AppointmentDialog, IdDialog, PriorityDialog, type KioskPriority } from './KioskDialogs';
import { kioskText as t } from './text';
import { TicketModal } from './TicketModal';

type Dialog = 'id' | 'priority' | 'appointment' | null;

/** The ticket kiosk: big touch targets, one tap per queue, optional ID, priority and appointment check-in. */
export function KioskPage() {
  const queues = useAppStore((s) => s.queues);
  const refreshQueues = useAppStore((s) => s.refreshQueues);
  const hallName = useAppStore((s) => s.status?.hall?.name ?? '');
  const refreshHall = useAppStore((s) => s.refreshHall);
  const [busy, setBusy] = useState(false);
  const [ticket, setTicket] = useState<IssuedTicket | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [idNumber, setIdNumber] = useState<string | null>(null);
  const [priority, setPriority] = useState<KioskPriority | null>(null);
  const [checkInError, setCheckInError] = useState<string | null>(null);
  const { modal } = App.useApp();
  const printer = useRemote(() => api.printers.mine({}), 60_000);

  useOnReconnect(() => Promise.all([refreshQueues(), refreshHall()]));
  useHallEvent('queue.changed', ({ queues: next }) => useAppStore.setState({ queues: next }));

  const issued = (next: IssuedTicket) => {
    setTicket(next);
    setIdNumber(null);
    setPriority(null);
    setDialog(null);
  };

  const take = async (queueId: string) => {
    setBusy(true);
    try {
      issued(await api.queue.issueTicket({ queueId, idNumber, priority }));
    } catch (error) {
      modal.error({ title: errorText(error), centered: true });
    } finally {
      setBusy(false);
    }
  };

  const checkIn = async (by: { code: string } | { idNumber: string }) => {
    setCheckInError(null);
    try {
      issued(await api.queue.checkIn(by));
    } catch (error) {
      setCheckInError(errorText(error));
    }
  };

  return (
    <div className="kiosk">
      <header className="kiosk-header">
        <Typography.Title level={1}>{hallName}</Typography.Title>
        <Typography.Title level={2}>{t.title}</Typography.Title>
      </header>
      <div className="kiosk-options">
        <Button size="large" className="kiosk-option" onClick={() => setDialog('id')}>
          {idNumber ? t.idNumberSet(maskIdNumber(idNumber)) : t.idNumber}
        </Button>
        <Button size="large" className="kiosk-option" onClick={() => setDialog('priority')}>
          {priority ? <Tag color="orange">{PRIORITY_LABELS[priority]}</Tag> : t.priority}
        </Button>
        <Button size="large" className="kiosk-option kiosk-option-appointment" onClick={() => setDialog('appointment')}>
          {t.appointment}
        </Button>
      </div>
      {queues.length === 0 ? (
        <Result status="info" title={t.empty} />
      ) : (
        <div className="kiosk-grid">
          {queues
            .filter((q) => q.role !== 'appointment')
            .map((q) => (
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
      <IdDialog
        open={dialog === 'id'}
        onCancel={() => setDialog(null)}
        onOk={(id) => {
          setIdNumber(id);
          setDialog(null);
        }}
      />
      <PriorityDialog
        open={dialog === 'priority'}
        onCancel={() => setDialog(null)}
        onOk={(p) => {
          setPriority(p);
          setDialog(null);
        }}
      />
      <AppointmentDialog
        open={dialog === 'appointment'}
        error={checkInError}
        onCancel={() => {
          setDialog(null);
          setCheckInError(null);
        }}
        onOk={(by) => void checkIn(by)}
      />
      {ticket && <TicketModal ticket={ticket} hasPrinter={printer.data?.configured ?? false} onClose={() => setTicket(null)} />}
    </div>
  );
}
