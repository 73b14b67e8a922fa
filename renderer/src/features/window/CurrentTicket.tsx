import { Button, Card, Space, Tag, Typography } from 'antd';
import { hallTime } from '../../../../shared/domain/clock';
import { PRIORITY_LABELS } from '../../../../shared/features/queue/labels';
import type { Ticket } from '../../../../shared/features/queue/contract';
import type { HallWindow } from '../../../../shared/features/hall/contract';
import { SHORTCUTS, type ShortcutAction } from './shortcuts';
import { windowText as t } from './text';

interface Props {
  current: Ticket | null;
  window: HallWindow | undefined;
  busy: boolean;
  hostReachable: boolean;
  onAction: (action: ShortcutAction) => void;
  /** Under the buttons: the way to the intake and case screens, and the outcome of the last action. */
  children?: React.ReactNode;
}

/** Which actions make sense now: the buttons follow the ticket's and the window's state. */
export function enabledActions(current: Ticket | null, window: HallWindow | undefined): Set<ShortcutAction> {
  const open = window?.state === 'idle' || window?.state === 'serving';
  const enabled = new Set<ShortcutAction>();
  if (window?.state !== 'closed') enabled.add('pause');
  if (!open) return enabled;
  if (!current || current.status === 'serving') enabled.add('callNext').add('callNumber');
  if (current?.status === 'called') enabled.add('recall').add('start').add('noShow');
  if (current?.status === 'serving') enabled.add('finish');
  if (current) enabled.add('transfer');
  return enabled;
}

const BUTTONS: Array<{ action: Exclude<ShortcutAction, 'callNext'>; danger?: boolean }> = [
  { action: 'recall' },
  { action: 'start' },
  { action: 'finish' },
  { action: 'noShow', danger: true },
  { action: 'transfer' },
  { action: 'callNumber' },
];

export function CurrentTicket({ current, window, busy, hostReachable, onAction, children }: Props) {
  const enabled = enabledActions(current, window);
  const can = (action: ShortcutAction) => hostReachable && !busy && enabled.has(action);
  const paused = window?.state === 'paused';
  return (
    <Card className="workbench-current" title={t.current}>
      <div className={current ? 'current-number' : 'current-number current-number-empty'} data-testid="current-number">
        {current ? current.number : t.noCurrent}
      </div>
      {current && (
        <div className="current-meta">
          <Space wrap size={4}>
            <span>{current.queueName}</span>
            <Tag color={current.status === 'serving' ? 'green' : 'blue'}>{t.statuses[current.status]}</Tag>
            {current.priority !== 'none' && <Tag color="orange">{PRIORITY_LABELS[current.priority]}</Tag>}
            {current.idMasked && <Typography.Text type="secondary">{current.idMasked}</Typography.Text>}
          </Space>
          <div>
            {t.takenAt} {hallTime(current.takenAt)}
            {current.recalls > 0 && ` · ${t.recalls(current.recalls)}`}
          </div>
        </div>
      )}
      <Button
        type="primary"
        size="large"
        block
        loading={busy}
        disabled={!can('callNext')}
        onClick={() => onAction('callNext')}
        className="action-button"
      >
        {t.actions.callNext} <kbd>{SHORTCUTS.callNext}</kbd>
      </Button>
      <div className="action-grid">
        {BUTTONS.map(({ action, danger }) => (
          <Button key={action} size="large" danger={danger} disabled={!can(action)} onClick={() => onAction(action)}>
            {t.actions[action]} <kbd>{SHORTCUTS[action]}</kbd>
          </Button>
        ))}
        <Button size="large" className="action-wide" disabled={!hostReachable || busy || !enabled.has('pause')} onClick={() => onAction('pause')}>
          {paused ? t.actions.resume : t.actions.pause} <kbd>{SHORTCUTS.pause}</kbd>
        </Button>
      </div>
      {children}
    </Card>
  );
}
