import { Button, Card, Form, Input, Result, Spin, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { PairableRole } from '../../../../shared/api/roles';
import { api, DEVICE_TOKEN_KEY } from '../../api/hall';
import { showFormError } from '../../app/errors';
import { useRemote } from '../../app/hooks';
import { appText } from '../../app/text';

/**
 * A page opened on a LAN device must be paired with the host before it may call anything of its role. The
 * host's own screens (loopback, Electron) pass straight through.
 */
export function DeviceGate({ role, children }: { role: PairableRole; children: ReactNode }) {
  const me = useRemote(() => api.devices.whoami({}));
  const t = appText.pairing;
  if (me.loading) return <Spin size="large" fullscreen />;
  if (me.data && !me.data.needsPairing) return <>{children}</>;
  if (!me.data) {
    return (
      <Result
        status="warning"
        title={t.unreachable}
        extra={
          <Button type="primary" size="large" onClick={me.reload}>
            {t.retry}
          </Button>
        }
      />
    );
  }
  return <PairingForm role={role} onPaired={me.reload} />;
}

function PairingForm({ role, onPaired }: { role: PairableRole; onPaired: () => void }) {
  const [form] = Form.useForm<{ code: string; name: string }>();
  const [error, setError] = useState<string | null>(null);
  const t = appText.pairing;
  const submit = async (values: { code: string; name: string }) => {
    setError(null);
    try {
      const { token } = await api.devices.pair({ code: values.code, name: values.name, role });
      localStorage.setItem(DEVICE_TOKEN_KEY, token);
      onPaired();
    } catch (e) {
      setError(showFormError(form, e));
    }
  };
  return (
    <div className="center-page">
      <Card title={t.title} style={{ width: 480 }}>
        <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
        <Form form={form} name="pairing" layout="vertical" size="large" onFinish={(v) => void submit(v)}>
          <Form.Item name="code" label={t.code} rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入6位数字' }]}>
            <Input inputMode="numeric" maxLength={6} autoFocus />
          </Form.Item>
          <Form.Item name="name" label={t.name} rules={[{ required: true, max: 30 }]}>
            <Input placeholder={t.namePlaceholder} maxLength={30} />
          </Form.Item>
          {error && <Typography.Text type="danger">{error}</Typography.Text>}
          <Button type="primary" htmlType="submit" block>
            {t.submit}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
