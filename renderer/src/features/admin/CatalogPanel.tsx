import { Collapse, Empty, Space, Table, Tag, Typography } from 'antd';
import type { Material, Matter } from '../../../../shared/features/catalog/contract';
import { api } from '../../api/hall';
import { useRemote } from '../../app/hooks';
import { adminText as t } from './text';

/** The catalog in force, read-only here: it is reference data published by the county. */
export function CatalogPanel() {
  const { data: catalog, loading } = useRemote(() => api.catalog.current({}));
  if (!loading && !catalog) return <Empty description={t.noCatalog} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {catalog && <Typography.Text type="secondary">{t.catalogVersion(catalog.version)}</Typography.Text>}
      <Collapse
        defaultActiveKey={catalog?.stages[0]?.id}
        items={catalog?.stages.map((stage) => ({
          key: stage.id,
          label: `${stage.name}（${stage.matters.length}）`,
          children: (
            <Table<Matter>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={stage.matters}
              expandable={{ expandedRowRender: (matter) => <Materials materials={matter.materials} /> }}
              columns={[
                { title: t.matter, dataIndex: 'name' },
                { title: t.department, dataIndex: 'department', width: 100 },
                { title: t.legalLimit, dataIndex: 'legalLimitDays', width: 130, render: (d: number) => t.days(d) },
                {
                  title: t.promisedLimit,
                  key: 'promised',
                  width: 150,
                  render: (_: unknown, matter) => (matter.onTheSpot ? <Tag color="green">{t.onTheSpot}</Tag> : t.days(matter.promisedLimitDays)),
                },
              ]}
            />
          ),
        }))}
      />
    </Space>
  );
}

function Materials({ materials }: { materials: Material[] }) {
  return (
    <Table<Material>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={materials}
      columns={[
        { title: t.materials, dataIndex: 'name' },
        { title: '', dataIndex: 'form', width: 120, render: (f: string) => t.forms[f] },
        { title: '', dataIndex: 'copies', width: 70, render: (n: number) => t.copies(n) },
        {
          title: '',
          key: 'flags',
          width: 160,
          render: (_: unknown, m) => (
            <Space size={4}>
              <Tag color={m.required ? 'blue' : undefined}>{m.required ? t.required : t.optional}</Tag>
              {m.deficiencyAllowed && <Tag color="orange">{t.deficiency}</Tag>}
            </Space>
          ),
        },
        { title: '', dataIndex: 'standard', render: (s: string) => <Typography.Text type="secondary">{s}</Typography.Text> },
      ]}
    />
  );
}
