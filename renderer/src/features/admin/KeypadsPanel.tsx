import { Button, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { KeypadConfig, KeypadStatus } from '../../../../shared/features/keypads/contract';
import { api } from '../../api/hall';
import { errorText, showFormError } from '../../app/errors';
import { useRemote } from '../../app/hooks';
import { useAppStore } from '../../store';
import { adminText as t } from './text';

const BAUD_RATES: KeypadConfig['baudRate'][] = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200];

/** Button keypads (评价按键器) on this host's serial ports, one window each (docs/keypad-protocol.md). */
export function KeypadsPanel() {
  const windows = useAppStore((s) => s.windows);
  const { data: keypads, reload } = useRemote(() => api.keypads.list({}));
  const [form] = Form.useForm<KeypadConfig>();
  const [message, setMessage] = useState<string | null>(null);

  const save = async (values: KeypadConfig) => {
    try {
      await api.keypads.save(values);
      setMessage(null);
      form.resetFields();
      reload();
    } catch (error) {
      setMessage(showFormError(form, error));
    }
  };
  const remove = async (path: string) => {
    try {
      await api.keypads.remove({ path });
      reload();
    } catch (error) {
      setMessage(errorText(error));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t.keypadsHint}</Typography.Paragraph>
      <Table<KeypadStatus>
        rowKey="path"
        pagination={false}
        dataSource={keypads ?? []}
        locale={{ emptyText: t.noKeypads }}
        columns={[
          { title: t.keypadPort, dataIndex: 'path' },
          { title: t.keypadWindow, dataIndex: 'windowName' },
          { title: t.keypadBaud, dataIndex: 'baudRate' },
          {
            title: t.keypadState,
            dataIndex: 'connected',
            render: (connected: boolean) => (connected ? <Tag color="green">{t.keypadConnected}</Tag> : <Tag color="orange">{t.keypadWaiting}</Tag>),
          },
          {
            title: '',
            key: 'remove',
            render: (_: unknown, k) => (
              <Popconfirm title={t.keypadRemoveConfirm} okText={t.remove} cancelText={t.cancel} onConfirm={() => void remove(k.path)}>
                <Button danger>{t.remove}</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Form form={form} name="keypad" layout="inline" initialValues={{ baudRate: 9600 }} onFinish={(v) => void save(v)}>
        <Form.Item name="path" label={t.keypadPort} rules={[{ required: true, message: t.keypadPortRequired }]}>
          <Input placeholder="/dev/ttyUSB0 或 COM3" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="windowId" label={t.keypadWindow} rules={[{ required: true, message: t.keypadWindowRequired }]}>
          <Select style={{ width: 160 }} options={windows.map((w) => ({ value: w.id, label: w.name }))} />
        </Form.Item>
        <Form.Item name="baudRate" label={t.keypadBaud}>
          <Select style={{ width: 120 }} options={BAUD_RATES.map((b) => ({ value: b, label: String(b) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t.save}
        </Button>
      </Form>
      {message && <Typography.Text type="danger">{message}</Typography.Text>}
    </Space>
  );
}
