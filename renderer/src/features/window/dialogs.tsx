import { Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useAppStore } from '../../store';
import { windowText as t } from './text';

interface DialogProps<T> {
  open: boolean;
  onCancel: () => void;
  onSubmit: (value: T) => Promise<void>;
}

/** Send the current ticket to another queue, or to one other window. */
export function TransferDialog({ open, onCancel, onSubmit }: DialogProps<{ queueId: string } | { windowId: string }>) {
  const queues = useAppStore((s) => s.queues);
  const windows = useAppStore((s) => s.windows);
  const myWindow = useAppStore((s) => s.session?.window?.id);
  const [mode, setMode] = useState<'queue' | 'window'>('queue');
  const [target, setTarget] = useState<string | null>(null);
  const options =
    mode === 'queue'
      ? queues.map((q) => ({ value: q.id, label: `${q.prefix} ${q.name}` }))
      : windows.filter((w) => w.id !== myWindow).map((w) => ({ value: w.id, label: w.name }));
  return (
    <Modal
      open={open}
      title={t.transferTitle}
      okText={t.ok}
      cancelText={t.cancel}
      okButtonProps={{ disabled: !target }}
      onCancel={onCancel}
      onOk={() => target && onSubmit(mode === 'queue' ? { queueId: target } : { windowId: target })}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t.transferTo}>
          <Radio.Group
            value={mode}
            onChange={(e) => {
              setMode(e.target.value as 'queue' | 'window');
              setTarget(null);
            }}
            options={[
              { value: 'queue', label: t.toQueue },
              { value: 'window', label: t.toWindow },
            ]}
          />
        </Form.Item>
        <Form.Item label={mode === 'queue' ? t.toQueue : t.toWindow}>
          <Select autoFocus showSearch={{ optionFilterProp: 'label' }} placeholder={t.chooseQueue} value={target} onChange={setTarget} options={options} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Call one waiting number out of turn (an applicant who stepped away, a colleague's request). */
export function CallNumberDialog({ open, onCancel, onSubmit }: DialogProps<string>) {
  const [number, setNumber] = useState('');
  const valid = /^[A-Za-z]\d{3,4}$/.test(number.trim());
  return (
    <Modal
      open={open}
      title={t.callNumberTitle}
      okText={t.ok}
      cancelText={t.cancel}
      okButtonProps={{ disabled: !valid }}
      onCancel={onCancel}
      onOk={() => onSubmit(number.trim().toUpperCase())}
      destroyOnHidden
    >
      <Input
        autoFocus
        size="large"
        aria-label={t.callNumberLabel}
        placeholder={t.callNumberPlaceholder}
        value={number}
        maxLength={5}
        onChange={(e) => setNumber(e.target.value)}
        onPressEnter={() => valid && void onSubmit(number.trim().toUpperCase())}
      />
    </Modal>
  );
}

/** Pausing always records why (DOMAIN §5: 暂停服务 with reason); the pad shows the window is paused. */
export function PauseDialog({ open, onCancel, onSubmit }: DialogProps<string>) {
  const [reason, setReason] = useState<string>(t.pauseReasons[0]);
  const [other, setOther] = useState('');
  const text = reason === '其他' ? other.trim() : reason;
  return (
    <Modal
      open={open}
      title={t.pauseTitle}
      okText={t.ok}
      cancelText={t.cancel}
      okButtonProps={{ disabled: !text }}
      onCancel={onCancel}
      onOk={() => onSubmit(text)}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t.pauseReason}>
          <Radio.Group value={reason} onChange={(e) => setReason(e.target.value as string)} options={t.pauseReasons.map((r) => ({ value: r, label: r }))} />
        </Form.Item>
        {reason === '其他' && <Input autoFocus maxLength={40} value={other} onChange={(e) => setOther(e.target.value)} aria-label={t.pauseReason} />}
      </Form>
    </Modal>
  );
}
