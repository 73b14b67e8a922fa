import { Button, Card, Form, Input, Result, Steps, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/hall';
import { showFormError } from '../../app/errors';
import { adminText as t } from './text';

interface SetupValues {
  hallName: string;
  areaCode: string;
  phone: string;
  admin: { name: string; jobNumber: string; pin: string; pinAgain: string };
}

/** First set-up of an empty hall: its name and area, then the first admin account. */
export function SetupWizard({ onStart, onDone }: { onStart: () => void; onDone: () => void }) {
  const [step, setStep] = useState(0);
  const [form] = Form.useForm<SetupValues>();
  const [error, setError] = useState<string | null>(null);

  const next = async () => {
    try {
      await form.validateFields(['hallName', 'areaCode', 'phone']);
    } catch {
      return; // the fields show what is wrong
    }
    setStep(1);
  };

  const finish = async () => {
    const values = form.getFieldsValue(true) as SetupValues;
    setError(null);
    onStart();
    try {
      await api.hall.setup({
        hallName: values.hallName,
        areaCode: values.areaCode,
        phone: values.phone,
        admin: { name: values.admin.name, jobNumber: values.admin.jobNumber, pin: values.admin.pin },
      });
      setStep(2);
    } catch (e) {
      setError(showFormError(form, e));
      onDone(); // back to whatever the hall's state calls for (still empty: this wizard; set up meanwhile: sign-in)
    }
  };

  return (
    <div className="center-page">
      <Card title={t.setupTitle} style={{ width: 640 }}>
        <Steps current={step} items={t.steps.map((title) => ({ title }))} style={{ marginBottom: 24 }} />
        {step < 2 && <Typography.Paragraph type="secondary">{t.setupIntro}</Typography.Paragraph>}
        <Form form={form} name="setup" layout="vertical" size="large" onFinish={() => void finish()} preserve>
          <div hidden={step !== 0}>
            <Form.Item name="hallName" label={t.hallName} rules={[{ required: true, max: 40 }]}>
              <Input placeholder={t.hallNamePlaceholder} maxLength={40} />
            </Form.Item>
            <Form.Item name="areaCode" label={t.areaCode} extra={t.areaCodeHint} rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入6位数字' }]}>
              <Input maxLength={6} inputMode="numeric" />
            </Form.Item>
            <Form.Item name="phone" label={t.phone} rules={[{ required: true, pattern: /^[\d-]{5,20}$/, message: '电话号码格式不正确' }]}>
              <Input maxLength={20} />
            </Form.Item>
            <Button type="primary" block onClick={() => void next()}>
              {t.next}
            </Button>
          </div>
          <div hidden={step !== 1}>
            <Form.Item name={['admin', 'name']} label={t.adminName} rules={[{ required: step === 1, max: 20 }]}>
              <Input maxLength={20} />
            </Form.Item>
            <Form.Item name={['admin', 'jobNumber']} label={t.jobNumber} rules={[{ required: step === 1, pattern: /^[A-Za-z0-9]{2,16}$/, message: '工号应为2至16位字母或数字' }]}>
              <Input maxLength={16} />
            </Form.Item>
            <Form.Item name={['admin', 'pin']} label={t.pin} rules={[{ required: step === 1, pattern: /^\d{4,8}$/, message: 'PIN应为4至8位数字' }]}>
              <Input.Password maxLength={8} inputMode="numeric" />
            </Form.Item>
            <Form.Item
              name={['admin', 'pinAgain']}
              label={t.pinAgain}
              dependencies={[['admin', 'pin']]}
              rules={[
                { required: step === 1 },
                ({ getFieldValue }) => ({
                  validator: (_, value) =>
                    !value || value === getFieldValue(['admin', 'pin']) ? Promise.resolve() : Promise.reject(new Error(t.pinMismatch)),
                }),
              ]}
            >
              <Input.Password maxLength={8} inputMode="numeric" />
            </Form.Item>
            {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
            <div className="form-actions">
              <Button onClick={() => setStep(0)}>{t.back}</Button>
              <Button type="primary" htmlType="submit">
                {t.finish}
              </Button>
            </div>
          </div>
        </Form>
        {step === 2 && (
          <Result
            status="success"
            title={t.done}
            extra={
              <Button type="primary" size="large" onClick={onDone}>
                {t.next}
              </Button>
            }
          />
        )}
      </Card>
    </div>
  );
}
