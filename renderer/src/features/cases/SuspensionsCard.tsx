import { Button, Tag } from 'antd';
import type { CaseSuspension } from '../../../../shared/features/intake/contract';
import { TableCard } from './TableCard';
import { casesText as t } from './text';

interface Props {
  suspensions: CaseSuspension[];
  /** Given when the clock runs and nothing suspends it yet. */
  onSuspend?: () => void;
  onResume: (suspension: CaseSuspension) => void;
}

export function SuspensionsCard({ suspensions, onSuspend, onResume }: Props) {
  return (
    <TableCard<CaseSuspension>
      title={t.suspensions}
      extra={onSuspend && <Button size="small" onClick={onSuspend}>{t.suspend}</Button>}
      rowKey="id"
      dataSource={suspensions}
      locale={{ emptyText: t.noSuspensions }}
      columns={[
        { title: t.suspensionType, dataIndex: 'type', render: (_, s) => t.suspensionTypes[s.type] },
        { title: t.reason, dataIndex: 'reason' },
        { title: t.approver, dataIndex: 'approver', width: 120 },
        { title: t.startDay, dataIndex: 'startDay', width: 130 },
        {
          title: t.endDay,
          dataIndex: 'endDay',
          width: 200,
          render: (_, s) =>
            s.endDay ?? (
              <>
                <Tag color="blue">{t.ongoing}</Tag>
                <Button size="small" type="link" onClick={() => onResume(s)}>
                  {t.resume}
                </Button>
              </>
            ),
        },
      ]}
    />
  );
}
