import { Button, Tag } from 'antd';
import { useNavigate } from 'react-router';
import type { CaseDetail, CaseDocument, CaseMaterial, CaseMatter } from '../../../../shared/features/intake/contract';
import { when } from './format';
import { TableCard } from './TableCard';
import { casesText as t } from './text';

export function MattersCard({ detail }: { detail: CaseDetail }) {
  return (
    <TableCard<CaseMatter>
      title={t.matters}
      rowKey="matterId"
      dataSource={detail.matters}
      columns={[
        {
          title: t.matter,
          dataIndex: 'name',
          render: (_, m) => (
            <>
              {m.name} <span className="case-muted">{m.code}</span>
            </>
          ),
        },
        { title: t.department, dataIndex: 'department', width: 160 },
        { title: t.legalLimit, dataIndex: 'legalLimitDays', width: 140, render: (n: number) => t.limitDays(n) },
        { title: t.promisedLimit, key: 'promised', width: 140, render: (_, m) => (m.onTheSpot ? t.onTheSpot : t.limitDays(m.promisedLimitDays)) },
        { title: t.dueDay, dataIndex: 'dueDay', width: 140, render: (day: string | null) => day ?? t.none },
      ]}
    />
  );
}

export function MaterialsCard({ detail }: { detail: CaseDetail }) {
  return (
    <TableCard<CaseMaterial>
      title={t.materials}
      rowKey="id"
      dataSource={detail.materials}
      columns={[
        {
          title: t.material,
          dataIndex: 'name',
          render: (_, m) => (
            <>
              {m.name} {!m.required && <Tag>{t.optional}</Tag>}
              {m.deficiencyAllowed && <Tag>{t.deficiencyAllowed}</Tag>}
            </>
          ),
        },
        { title: t.requiredAs, key: 'required', width: 150, render: (_, m) => t.copies(t.forms[m.requiredForm]!, m.requiredCopies) },
        { title: t.receivedAs, key: 'received', width: 130, render: (_, m) => (m.form ? t.copies(t.forms[m.form]!, m.copies) : t.none) },
        { title: t.status, dataIndex: 'status', width: 120, render: (_, m) => <Tag color={t.materialColours[m.status]}>{t.materialStatuses[m.status]}</Tag> },
        { title: t.note, dataIndex: 'note', width: 220, render: (note: string) => note || t.none },
        { title: t.suppliedAt, dataIndex: 'suppliedAt', width: 150, render: (at: number | null) => when(at) },
      ]}
    />
  );
}

/** The case's notices, newest first; each opens its printable page (reprints keep the number). */
export function DocumentsCard({ documents }: { documents: CaseDocument[] }) {
  const navigate = useNavigate();
  return (
    <TableCard<CaseDocument>
      title={t.documents}
      rowKey="id"
      dataSource={documents}
      columns={[
        {
          title: t.documents,
          dataIndex: 'kind',
          width: 150,
          render: (_, d) => (
            <>
              <div>{t.documentKinds[d.kind]}</div>
              <div className="case-muted">{t.prints(d.prints)}</div>
            </>
          ),
        },
        {
          title: t.documentNumber,
          dataIndex: 'number',
          render: (_, d) => (
            <>
              <div>{d.number}</div>
              <div className="case-muted">{when(d.issuedAt)}</div>
            </>
          ),
        },
        {
          title: '',
          key: 'open',
          width: 120,
          render: (_, d) => (
            <Button size="small" onClick={() => navigate(`/window/notices/${d.id}`)}>
              {t.open}
            </Button>
          ),
        },
      ]}
    />
  );
}
