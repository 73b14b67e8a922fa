import { Alert, Card, Descriptions, Tag } from 'antd';
import type { CaseDetail } from '../../../../shared/features/intake/contract';
import { clockWords } from './format';
import { casesText as t } from './text';

/** The case clock in full: its colour, the due day and how the working days were spent (DOMAIN §3). */
export function CaseClock({ detail }: { detail: CaseDetail }) {
  const { clock } = detail;
  const open = detail.suspensions.find((s) => s.endDay === null);
  return (
    <Card size="small" title={t.clock} className="case-card">
      {clock ? (
        <div data-testid="case-clock" data-colour={clock.colour}>
          <div className={`case-clock-words case-clock-${clock.colour}`}>{clockWords(clock)}</div>
          {open && <Tag color="blue">{t.pausedSince(t.suspensionTypes[open.type], open.startDay)}</Tag>}
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t.dueDay}>
              <strong>{clock.dueDay}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={t.limit}>{t.workingDays(clock.limitDays)}</Descriptions.Item>
            <Descriptions.Item label={t.elapsed}>{t.workingDays(clock.elapsed)}</Descriptions.Item>
            <Descriptions.Item label={t.suspendedDays}>{t.workingDays(clock.suspended)}</Descriptions.Item>
          </Descriptions>
          {clock.beyondCalendar && <Alert type="warning" showIcon title={t.beyondCalendar} data-testid="beyond-calendar" />}
        </div>
      ) : (
        <div className="case-muted">{t.clockIdle[detail.status]}</div>
      )}
    </Card>
  );
}
