import { Button, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PrinterEntry } from '../../../../shared/features/printers/contract';
import { describePrinterTarget, type PrinterConfig } from '../../../../shared/print/target';
import { api } from '../../api/hall';
import { errorText, showFormError } from '../../app/errors';
import { useRemote } from '../../app/hooks';
import { adminText as t } from './text';

interface FormValues {
  kind: 'tcp' | 'serial' | 'file';
  host?: string;
  port?: number;
  path?: string;
  baudRate?: number;
  paperWidth: 58 | 80;
}

function toConfig(v: FormValues): PrinterConfig {
  const target =
    v.kind === 'tcp'
      ? { kind: 'tcp' as const, host: v.host ?? '', port: v.port ?? 9100 }
      : v.kind === 'serial'
        ? { kind: 'serial' as const, path: v.path ?? '', baudRate: v.baudRate ?? 9600 }
        : { kind: 'file' as const, path: v.path ?? '' };
  return { target, paperWidth: v.paperWidth };
}

/** Each kiosk's (and window's) receipt printer: network, serial port or device file. */
export function PrintersPanel() {
  const { data: entries, reload } = useRemote(() => api.printers.list({}));
  const [editing, setEditing] = useState<PrinterEntry | null>(null);
  const [result, setResult] = useState<string | null>(null);

  const test = async (deviceKey: string) => {
    try {
      const { printer } = await api.printers.test({ deviceKey });
      setResult(`${t.testSent} ${printer}`);
    } catch (error) {
      setResult(errorText(error));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {result && <Typography.Text data-testid="printer-result">{result}</Typography.Text>}
      <Table<PrinterEntry>
        rowKey="deviceKey"
        pagination={false}
        dataSource={entries ?? []}
        columns={[
          { title: t.deviceName, dataIndex: 'deviceName' },
          { title: t.role, dataIndex: 'role', render: (r: string) => t.roles[r] },
          {
            title: t.printer,
            key: 'printer',
            render: (_: unknown, e) =>
              e.config ? `${describePrinterTarget(e.config.target)} · ${e.config.paperWidth}mm` : <Tag>{t.noPrinter}</Tag>,
          },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, e) => (
              <Space>
                <Button onClick={() => setEditing(e)}>{t.setPrinter}</Button>
                <Button disabled={!e.config} onClick={() => void test(e.deviceKey)}>
                  {t.testPrint}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <PrinterForm
          entry={editing}
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

function PrinterForm({ entry, onClose, onSaved }: { entry: PrinterEntry; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form) ?? entry.config?.target.kind ?? 'tcp';
  const target = entry.config?.target;
  const initial: FormValues = {
    kind: target?.kind ?? 'tcp',
    host: target?.kind === 'tcp' ? target.host : undefined,
    port: target?.kind === 'tcp' ? target.port : 9100,
    path: target && target.kind !== 'tcp' ? target.path : undefined,
    baudRate: target?.kind === 'serial' ? target.baudRate : 9600,
    paperWidth: entry.config?.paperWidth ?? 58,
  };
  const save = async (config: PrinterConfig | null) => {
    try {
      await api.printers.set({ deviceKey: entry.deviceKey, config });
      onSaved();
    } catch (e) {
      setError(showFormError(form, e));
    }
  };
  return (
    <Modal
      open
      title={`${t.setPrinter}：${entry.deviceName}`}
      onCancel={onClose}
      onOk={() => void form.validateFields().then((v) => save(toConfig(v)), () => undefined)}
      okText={t.save}
      cancelText={t.cancel}
      footer={(_, { OkBtn, CancelBtn }) => (
        <Space>
          {entry.config && (
            <Button danger onClick={() => void save(null)}>
              {t.removePrinter}
            </Button>
          )}
          <CancelBtn />
          <OkBtn />
        </Space>
      )}
    >
      <Form form={form} name="printer" layout="vertical" initialValues={initial}>
        <Form.Item name="kind" label={t.printerKind}>
          <Select options={(['tcp', 'serial', 'file'] as const).map((k) => ({ value: k, label: t.printerKinds[k] }))} />
        </Form.Item>
        {kind === 'tcp' && (
          <Space>
            <Form.Item name="host" label={t.printerHost} rules={[{ required: true }]}>
              <Input placeholder="192.168.1.50" style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="port" label={t.printerPort} rules={[{ required: true }]}>
              <InputNumber min={1} max={65535} />
            </Form.Item>
          </Space>
        )}
        {kind !== 'tcp' && (
          <Form.Item name="path" label={t.printerPath} rules={[{ required: true }]}>
            <Input placeholder={kind === 'serial' ? '/dev/ttyUSB0 或 COM3' : '/dev/usb/lp0'} />
          </Form.Item>
        )}
        {kind === 'serial' && (
          <Form.Item name="baudRate" label={t.printerBaud} rules={[{ required: true }]}>
            <Select options={[9600, 19200, 38400, 57600, 115200].map((b) => ({ value: b, label: String(b) }))} />
          </Form.Item>
        )}
        <Form.Item name="paperWidth" label={t.paperWidth}>
          <Select options={[{ value: 58, label: '58mm' }, { value: 80, label: '80mm' }]} />
        </Form.Item>
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
      </Form>
    </Modal>
  );
}
