import { Tag } from 'antd';
import type { CaseStatus, ClockView } from '../../../../shared/features/intake/contract';
import { clockWords } from './format';
import { casesText as t } from './text';

export function StatusTag({ status }: { status: CaseStatus }) {
  return <Tag color={t.statusColours[status]}>{t.statuses[status]}</Tag>;
}

/** The case clock in a list: the colour carries the warning, the words say it for whoever cannot see colour. */
export function ClockTag({ clock }: { clock: ClockView | null }) {
  if (!clock) return <span className="case-muted">{t.noClock}</span>;
  return (
    <div data-testid="clock" data-colour={clock.colour}>
      <Tag color={t.clockColours[clock.colour]}>{clockWords(clock)}</Tag>
      <div className="case-muted">{t.due(clock.dueDay)}</div>
    </div>
  );
}
