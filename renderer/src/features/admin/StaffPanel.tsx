import { Button, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { STAFF_ROLES } from '../../../../shared/api/roles';
import type { StaffEntry, StaffMember } from '../../../../shared/features/staff/contract';
import { api } from '../../api/hall';
import { showFormError } from '../../app/errors';
import { useRemote } from '../../app/hooks';
import { useAppStore } from '../../store';
import { ClerkAvatar } from '../staff/ClerkAvatar';
import { StaffPhotoDialog } from './StaffPhotoDialog';
import { adminText as t } from './text';

interface NewStaff {
  jobNumber: string;
  name: string;
  role: StaffMember['role'];
  pin: string;
}

export function StaffPanel() {
  const isAdmin = useAppStore((s) => s.session?.staff.role === 'admin');
  const { data: staff, reload } = useRemote(() => api.staff.list({}));
  const [form] = Form.useForm<NewStaff>();
  const [error, setError] = useState<string | null>(null);
  const [photoOf, setPhotoOf] = useState<StaffEntry | null>(null);

  const add = async (values: NewStaff) => {
    setError(null);
    try {
      await api.staff.create(values);
      form.resetFields();
      reload();
    } catch (e) {
      setError(showFormError(form, e));
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Table<StaffEntry>
        rowKey="id"
        dataSource={staff ?? []}
        pagination={false}
        columns={[
          { title: t.photo, key: 'photo', width: 72, render: (_: unknown, m) => <ClerkAvatar person={m} size={48} /> },
          { title: t.jobNumber, dataIndex: 'jobNumber', width: 120 },
          { title: t.name, dataIndex: 'name' },
          { title: t.staffRole, dataIndex: 'role', render: (r: string) => t.staffRoles[r] },
          ...(isAdmin
            ? [
                {
                  title: '',
                  key: 'setPhoto',
                  width: 140,
                  render: (_: unknown, m: StaffEntry) => {
                    const label = m.photoVersion ? t.changePhoto : t.setPhoto;
                    return (
                      <Button onClick={() => setPhotoOf(m)} aria-label={`${label}：${m.name}`}>
                        {label}
                      </Button>
                    );
                  },
                },
              ]
            : []),
        ]}
      />
      {photoOf && (
        <StaffPhotoDialog
          member={photoOf}
          onClose={() => setPhotoOf(null)}
          onSaved={() => {
            setPhotoOf(null);
            reload();
          }}
        />
      )}
      {isAdmin && (
        <Form form={form} name="staff" layout="inline" onFinish={(v) => void add(v)} initialValues={{ role: 'clerk' }}>
          <Form.Item name="jobNumber" rules={[{ required: true }]}>
            <Input placeholder={t.jobNumber} maxLength={16} />
          </Form.Item>
          <Form.Item name="name" rules={[{ required: true }]}>
            <Input placeholder={t.name} maxLength={20} />
          </Form.Item>
          <Form.Item name="role">
            <Select style={{ width: 120 }} options={STAFF_ROLES.map((r) => ({ value: r, label: t.staffRoles[r] }))} />
          </Form.Item>
          <Form.Item name="pin" rules={[{ required: true }]}>
            <Input.Password placeholder="PIN" maxLength={8} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t.addStaff}
          </Button>
          {error && <Typography.Text type="danger">{error}</Typography.Text>}
        </Form>
      )}
    </Space>
  );
}
