import { Button, Form, Input, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { QueueConfig, QueueInput } from '../../../../shared/features/queue/contract';
import { api } from '../../api/hall';
import { showFormError } from '../../app/errors';
import { useRemote } from '../../app/hooks';
import { useAppStore } from '../../store';
import { adminText as t } from './text';

/** The hall's queues: a letter each, a name, whether check-ins go there, an expected service time. */
export function QueuesPanel() {
  const isAdmin = useAppStore((s) => s.session?.staff.role === 'admin');
  const { data: queues, reload } = useRemote(() => api.queue.configs({}));
  const [editing, setEditing] = useState<QueueInput | null>(null);
  const { data: catalog } = useRemote(() => api.catalog.current({}));
  const stageName = (code: string | null) => catalog?.stages.find((s) => s.code === code)?.name ?? '';
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {isAdmin && (
        <Button type="primary" onClick={() => setEditing({ id: null, prefix: '', name: '', role: 'normal', defaultServiceMinutes: 10, stageCode: null })}>
          {t.addQueue}
        </Button>
      )}
      <Table<QueueConfig>
        rowKey="id"
        dataSource={queues ?? []}
        pagination={false}
        columns={[
          { title: t.queuePrefix, dataIndex: 'prefix', width: 80 },
          { title: t.queueName, dataIndex: 'name' },
          { title: t.queueRole, dataIndex: 'role', render: (r: string) => t.queueRoles[r] },
          { title: t.serviceMinutes, dataIndex: 'defaultServiceMinutes' },
          { title: t.queueStage, dataIndex: 'stageCode', render: stageName },
          ...(isAdmin ? [{ title: '', key: 'edit', render: (_: unknown, q: QueueConfig) => <Button onClick={() => setEditing(q)}>{t.edit}</Button> }] : []),
        ]}
      />
      {editing && (
        <QueueForm
          initial={editing}
          stages={catalog?.stages ?? []}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
    </Space>
  );
}

function QueueForm({
  initial,
  stages,
  onClose,
  onSaved,
}: {
  initial: QueueInput;
  stages: ReadonlyArray<{ code: string; name: string }>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<QueueInput>();
  const [error, setError] = useState<string | null>(null);
  const save = async (values: QueueInput) => {
    try {
      await api.queue.saveQueue({ ...values, id: initial.id });
      onSaved();
    } catch (e) {
      setError(showFormError(form, e));
    }
  };
  return (
    <Modal open title={initial.id ? t.editQueue : t.addQueue} okText={t.save} cancelText={t.cancel} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} name="queue" layout="vertical" initialValues={initial} onFinish={(v) => void save(v)}>
        <Form.Item name="prefix" label={t.queuePrefix} rules={[{ required: true, pattern: /^[A-Za-z]$/, message: '前缀应为一个英文字母' }]}>
          <Input maxLength={1} style={{ width: 80 }} />
        </Form.Item>
        <Form.Item name="name" label={t.queueName} rules={[{ required: true, max: 20 }]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="role" label={t.queueRole}>
          <Select options={Object.entries(t.queueRoles).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="defaultServiceMinutes" label={t.serviceMinutes} rules={[{ required: true }]}>
          <InputNumber min={1} max={240} />
        </Form.Item>
        <Form.Item name="stageCode" label={t.queueStage} extra={t.queueStageHint}>
          <Select allowClear options={stages.map((s) => ({ value: s.code, label: s.name }))} />
        </Form.Item>
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
      </Form>
    </Modal>
  );
}
