import { Button, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { HallWindow, WindowInput } from '../../../../shared/features/hall/contract';
import { api } from '../../api/hall';
import { showFormError } from '../../app/errors';
import { useRemote } from '../../app/hooks';
import { useAppStore } from '../../store';
import { adminText as t } from './text';

/** The hall's windows: number, name, kind, the queues each serves, who is at it now. */
export function WindowsPanel() {
  const windows = useAppStore((s) => s.windows);
  const refreshHall = useAppStore((s) => s.refreshHall);
  const isAdmin = useAppStore((s) => s.session?.staff.role === 'admin');
  const { data: queues } = useRemote(() => api.queue.configs({}));
  const [editing, setEditing] = useState<WindowInput | null>(null);
  const prefixOf = (id: string) => queues?.find((q) => q.id === id)?.prefix ?? '?';
  const nextNumber = Math.max(0, ...windows.map((w) => w.number)) + 1;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {isAdmin && (
        <Button type="primary" onClick={() => setEditing({ id: null, number: nextNumber, name: `${nextNumber}号窗口`, kind: 'comprehensive', queueIds: [] })}>
          {t.addWindow}
        </Button>
      )}
      <Table<HallWindow>
        rowKey="id"
        dataSource={windows}
        pagination={false}
        columns={[
          { title: t.windowNumber, dataIndex: 'number', width: 80 },
          { title: t.windowName, dataIndex: 'name' },
          { title: t.windowKind, dataIndex: 'kind', render: (k: string) => t.kinds[k] },
          { title: t.windowQueues, dataIndex: 'queueIds', render: (ids: string[]) => ids.map((id) => <Tag key={id}>{prefixOf(id)}</Tag>) },
          { title: t.windowState, dataIndex: 'state', render: (s: string) => <Tag>{t.states[s]}</Tag> },
          { title: t.windowClerk, key: 'clerk', render: (_: unknown, w) => (w.clerk ? `${w.clerk.name}（${w.clerk.jobNumber}）` : '—') },
          ...(isAdmin
            ? [{ title: '', key: 'edit', render: (_: unknown, w: HallWindow) => <Button onClick={() => setEditing({ id: w.id, number: w.number, name: w.name, kind: w.kind, queueIds: w.queueIds })}>{t.edit}</Button> }]
            : []),
        ]}
      />
      {editing && (
        <WindowForm
          initial={editing}
          queueOptions={(queues ?? []).map((q) => ({ value: q.id, label: `${q.prefix} ${q.name}` }))}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void refreshHall().catch(() => undefined);
          }}
        />
      )}
    </Space>
  );
}

function WindowForm({ initial, queueOptions, onClose, onSaved }: { initial: WindowInput; queueOptions: Array<{ value: string; label: string }>; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<WindowInput>();
  const [error, setError] = useState<string | null>(null);
  const save = async (values: WindowInput) => {
    try {
      await api.hall.saveWindow({ ...values, id: initial.id });
      onSaved();
    } catch (e) {
      setError(showFormError(form, e));
    }
  };
  return (
    <Modal open title={initial.id ? t.editWindow : t.addWindow} okText={t.save} cancelText={t.cancel} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} name="window" layout="vertical" initialValues={initial} onFinish={(v) => void save(v)}>
        <Form.Item name="number" label={t.windowNumber} rules={[{ required: true }]}>
          <InputNumber min={1} max={999} />
        </Form.Item>
        <Form.Item name="name" label={t.windowName} rules={[{ required: true, max: 20 }]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="kind" label={t.windowKind}>
          <Select options={Object.entries(t.kinds).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="queueIds" label={t.windowQueues} extra={queueOptions.length === 0 ? t.noQueues : undefined}>
          <Select mode="multiple" options={queueOptions} />
        </Form.Item>
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
      </Form>
    </Modal>
  );
}
