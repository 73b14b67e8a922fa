import { Button, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import type { HallSettings } from '../../../../shared/features/hall/contract';
import { api } from '../../api/hall';
import { showFormError } from '../../app/errors';
import { useRemote } from '../../app/hooks';
import { useAppStore } from '../../store';
import { adminText as t } from './text';

/** Ticket hours (numbering restarts each opening), the anti-starvation limit, where check-ins go, what notices and case numbers carry. */
export function SettingsPanel() {
  const isAdmin = useAppStore((s) => s.session?.staff.role === 'admin');
  const { data: settings } = useRemote(() => api.hall.settings({}));
  const [form] = Form.useForm<HallSettings>();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!settings) return null;
  const save = async (values: HallSettings) => {
    try {
      await api.hall.saveSettings(values);
      setMessage({ ok: true, text: t.saved });
    } catch (e) {
      setMessage({ ok: false, text: showFormError(form, e) });
    }
  };
  return (
    <Form form={form} name="settings" layout="vertical" initialValues={settings} disabled={!isAdmin} onFinish={(v) => void save(v)} style={{ maxWidth: 480 }}>
      <Form.Item name="opensAt" label={t.opensAt} rules={[{ required: true, pattern: /^\d{2}:\d{2}$/, message: 'HH:MM' }]}>
        <Input maxLength={5} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="closesAt" label={t.closesAt} rules={[{ required: true, pattern: /^\d{2}:\d{2}$/, message: 'HH:MM' }]}>
        <Input maxLength={5} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="priorityRunLimit" label={t.priorityRunLimit} extra={t.priorityRunHint}>
        <InputNumber min={1} max={10} />
      </Form.Item>
      <Form.Item name="appointmentMode" label={t.appointmentMode}>
        <Select options={Object.entries(t.appointmentModes).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="agencyName" label={t.agencyName} extra={t.agencyNameHint}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="shortName" label={t.shortName} extra={t.shortNameHint}>
        <Input maxLength={4} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="terminalNo" label={t.terminalNo} extra={t.terminalNoHint}>
        <InputNumber min={1} max={99} />
      </Form.Item>
      <Form.Item name="ratingTimeoutSeconds" label={t.ratingTimeout} extra={t.ratingTimeoutHint}>
        <InputNumber min={5} max={600} addonAfter="秒" />
      </Form.Item>
      <Form.Item name="followUpDays" label={t.followUpDays}>
        <InputNumber min={1} max={30} addonAfter="个工作日" />
      </Form.Item>
      <Form.Item name="rectifyDays" label={t.rectifyDays}>
        <InputNumber min={1} max={60} addonAfter="个工作日" />
      </Form.Item>
      <Form.Item name="burstSeconds" label={t.burstSeconds} extra={t.burstSecondsHint}>
        <InputNumber min={0} max={600} addonAfter="秒" />
      </Form.Item>
      {message && <Typography.Paragraph type={message.ok ? 'success' : 'danger'}>{message.text}</Typography.Paragraph>}
      <Button type="primary" htmlType="submit">
        {t.save}
      </Button>
    </Form>
  );
}
