import { Alert, Button, Modal, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { PRIORITY_LABELS, KIOSK_PRIORITIES } from '../../../../shared/features/queue/labels';
import { Keypad } from './Keypad';
import { kioskText as t } from './text';

export type KioskPriority = (typeof KIOSK_PRIORITIES)[number];

/** Typing an ID number on the keypad; only its check happens at the host. */
export function IdDialog({ open, onCancel, onOk }: { open: boolean; onCancel: () => void; onOk: (id: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <Modal open={open} title={t.idTitle} centered width={520} onCancel={onCancel} footer={null} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t.idHint}</Typography.Paragraph>
      <div className="keypad-display" data-testid="id-display">
        {value || ' '}
      </div>
      <Keypad value={value} onChange={setValue} maxLength={18} allowX={value.length === 17} />
      <Space className="kiosk-dialog-actions">
        <Button size="large" onClick={onCancel}>
          {t.cancel}
        </Button>
        <Button size="large" type="primary" disabled={value.length !== 18} onClick={() => onOk(value)}>
          {t.confirm}
        </Button>
      </Space>
    </Modal>
  );
}

export function PriorityDialog({ open, onCancel, onOk }: { open: boolean; onCancel: () => void; onOk: (p: KioskPriority | null) => void }) {
  return (
    <Modal open={open} title={t.priorityTitle} centered width={620} onCancel={onCancel} footer={null} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t.priorityHint}</Typography.Paragraph>
      <div className="kiosk-choice-grid">
        {KIOSK_PRIORITIES.map((p) => (
          <Button key={p} size="large" className="kiosk-choice" onClick={() => onOk(p)}>
            {PRIORITY_LABELS[p]}
          </Button>
        ))}
        <Button size="large" className="kiosk-choice" onClick={() => onOk(null)}>
          {t.noPriority}
        </Button>
      </div>
    </Modal>
  );
}

/** Check in an appointment by its code or by the ID number it was booked with. */
export function AppointmentDialog({
  open,
  error,
  onCancel,
  onOk,
}: {
  open: boolean;
  error: string | null;
  onCancel: () => void;
  onOk: (by: { code: string } | { idNumber: string }) => void;
}) {
  const [mode, setMode] = useState<'code' | 'id'>('code');
  const [value, setValue] = useState('');
  const ready = mode === 'code' ? value.length >= 4 : value.length === 18;
  return (
    <Modal open={open} title={t.appointmentTitle} centered width={520} onCancel={onCancel} footer={null} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t.appointmentHint}</Typography.Paragraph>
      <Segmented
        block
        size="large"
        value={mode}
        onChange={(m) => {
          setMode(m as 'code' | 'id');
          setValue('');
        }}
        options={[
          { value: 'code', label: t.byCode },
          { value: 'id', label: t.byId },
        ]}
      />
      <div className="keypad-display">{value || ' '}</div>
      <Keypad value={value} onChange={setValue} maxLength={mode === 'code' ? 12 : 18} allowX={mode === 'id' && value.length === 17} />
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      <Space className="kiosk-dialog-actions">
        <Button size="large" onClick={onCancel}>
          {t.cancel}
        </Button>
        <Button size="large" type="primary" disabled={!ready} onClick={() => onOk(mode === 'code' ? { code: value } : { idNumber: value })}>
          {t.confirm}
        </Button>
      </Space>
    </Modal>
  );
}
