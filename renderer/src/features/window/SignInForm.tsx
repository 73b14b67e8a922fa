import { Button, Card, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { showFormError } from '../../app/errors';
import { useAppStore } from '../../store';
import type { SessionScope } from '../../store/session';
import { windowText as t } from './text';

interface Values {
  windowId?: string;
  jobNumber: string;
  pin: string;
}

/** Job number and PIN, at a window (clerks) or without one (managers on the admin page). */
export function SignInForm({ scope, title, withWindow }: { scope: SessionScope; title: string; withWindow: boolean }) {
  const windows = useAppStore((s) => s.windows);
  const signIn = useAppStore((s) => s.signIn);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(scope, { jobNumber: values.jobNumber, pin: values.pin, windowId: values.windowId ?? null });
    } catch (e) {
      setError(showFormError(form, e));
      form.setFieldValue('pin', '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="center-page">
      <Card title={title} style={{ width: 420 }}>
        <Form form={form} name="signIn" layout="vertical" size="large" onFinish={(v) => void submit(v)} autoComplete="off">
          {withWindow && (
            <Form.Item name="windowId" label={t.window} rules={[{ required: true, message: t.chooseWindow }]}>
              <Select
                placeholder={t.chooseWindow}
                options={windows.map((w) => ({ value: w.id, label: w.name }))}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          )}
          <Form.Item name="jobNumber" label={t.jobNumber} rules={[{ required: true, message: '请输入工号' }]}>
            <Input autoFocus maxLength={16} />
          </Form.Item>
          <Form.Item name="pin" label={t.pin} rules={[{ required: true, message: '请输入PIN' }]}>
            <Input.Password maxLength={8} inputMode="numeric" />
          </Form.Item>
          {error && (
            <Typography.Paragraph type="danger" data-testid="sign-in-error">
              {error}
            </Typography.Paragraph>
          )}
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t.signIn}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
