import { InputNumber, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { HallError } from '../../../../shared/api/errors';
import type { CaseDetail, CaseMaterial } from '../../../../shared/features/intake/contract';
import { outstanding } from '../../../../shared/features/intake/supplement';
import { api } from '../../api/hall';
import { errorText } from '../../app/errors';
import { CaseDialog } from './CaseDialog';
import { casesText as t } from './text';

type Form = 'original' | 'copy';
interface Pick {
  form: Form;
  copies: number;
}

const FORMS: Form[] = ['original', 'copy'];
const firstPick = (m: CaseMaterial): Pick => ({ form: m.requiredForm === 'copy' ? 'copy' : 'original', copies: Math.max(1, m.requiredCopies) });

interface Props {
  detail: CaseDetail;
  onDone: (detail: CaseDetail) => void;
  onCancel: () => void;
}

/**
 * 补正: the clerk ticks what the applicant has now handed in, as it was handed in. Only ticked materials are
 * sent; the host's message about one of them stands on its row.
 */
export function SupplementDialog({ detail, onDone, onCancel }: Props) {
  const rows = outstanding(detail.materials);
  const [picks, setPicks] = useState<Record<string, Pick>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const sent = rows.filter((m) => picks[m.name]).map((m) => ({ name: m.name, ...picks[m.name]! }));

  const change = (name: string, part: Partial<Pick>) => setPicks((p) => ({ ...p, [name]: { ...p[name]!, ...part } }));

  // The host names a refused material by its place in what was sent: `materials.0.copies`.
  const explain = (error: unknown) => {
    if (!(error instanceof HallError) || !error.fields) return errorText(error);
    const onRows: Record<string, string> = {};
    const rest: string[] = [];
    for (const [path, message] of Object.entries(error.fields)) {
      const index = /^materials\.(\d+)/.exec(path)?.[1];
      const name = index === undefined ? undefined : sent[Number(index)]?.name;
      if (name) onRows[name] = message;
      else rest.push(message);
    }
    setRowErrors(onRows);
    return rest.length > 0 ? rest.join('；') : null;
  };

  return (
    <CaseDialog
      title={t.supplementTitle}
      width={1000}
      okDisabled={sent.length === 0}
      run={() => {
        setRowErrors({});
        return api.intake.supplement({ caseId: detail.id, materials: sent });
      }}
      explain={explain}
      onDone={onDone}
      onCancel={onCancel}
    >
      <p>{t.supplementHint}</p>
      <Table<CaseMaterial>
        rowKey="name"
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t.nothingOutstanding }}
        rowSelection={{
          selectedRowKeys: Object.keys(picks),
          onChange: (keys) =>
            setPicks((p) => Object.fromEntries(rows.filter((m) => keys.includes(m.name)).map((m) => [m.name, p[m.name] ?? firstPick(m)]))),
          getCheckboxProps: (m) => ({ 'aria-label': m.name }),
        }}
        columns={[
          {
            title: t.material,
            dataIndex: 'name',
            render: (_, m) => (
              <>
                <div>
                  {m.name} {!m.required && <Tag>{t.optional}</Tag>}
                </div>
                {m.standard && <div className="case-muted">{t.standard}：{m.standard}</div>}
                {rowErrors[m.name] && (
                  <div className="case-row-error" role="alert">
                    {rowErrors[m.name]}
                  </div>
                )}
              </>
            ),
          },
          { title: t.requiredAs, key: 'required', width: 150, render: (_, m) => t.copies(t.forms[m.requiredForm]!, m.requiredCopies) },
          {
            title: t.currentStatus,
            dataIndex: 'status',
            width: 160,
            render: (_, m) => (
              <>
                <Tag color={t.materialColours[m.status]}>{t.materialStatuses[m.status]}</Tag>
                {m.note && <div className="case-muted">{m.note}</div>}
              </>
            ),
          },
          {
            title: t.handedIn,
            key: 'form',
            width: 130,
            render: (_, m) => (
              <Select<Form>
                aria-label={`${m.name} ${t.handedIn}`}
                disabled={!picks[m.name]}
                value={(picks[m.name] ?? firstPick(m)).form}
                onChange={(form) => change(m.name, { form })}
                options={FORMS.map((f) => ({ value: f, label: t.forms[f] }))}
                style={{ width: '100%' }}
              />
            ),
          },
          {
            title: t.copiesLabel,
            key: 'copies',
            width: 100,
            render: (_, m) => (
              <InputNumber
                aria-label={`${m.name} ${t.copiesLabel}`}
                disabled={!picks[m.name]}
                min={1}
                max={99}
                precision={0}
                value={(picks[m.name] ?? firstPick(m)).copies}
                onChange={(copies) => copies !== null && change(m.name, { copies })}
              />
            ),
          },
        ]}
      />
    </CaseDialog>
  );
}
