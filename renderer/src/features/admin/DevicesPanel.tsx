import { Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { hallDay, hallTime } from '../../../../shared/domain/clock';
import type { PairedDevice } from '../../../../shared/features/devices/contract';
import { api } from '../../api/hall';
import { adminText as t } from './text';

const when = (at: number | null) => (at ? `${hallDay(at)} ${hallTime(at)}` : '—');

/** The pairing code to type on a new LAN device, and the devices already paired. */
export function DevicesPanel() {
  const [code, setCode] = useState<{ code: string; expiresAt: number } | null>(null);
  const [devices, setDevices] = useState<PairedDevice[]>([]);
  const refresh = useCallback(async () => {
    const [nextCode, list] = await Promise.all([api.devices.pairingCode({}), api.devices.list({})]);
    setCode(nextCode);
    setDevices(list);
  }, []);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), 10_000);
    return () => clearInterval(timer);
  }, [refresh]);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t.pairingCode} extra={<Button onClick={() => void refresh()}>{t.refresh}</Button>}>
        <div className="pairing-code" data-testid="pairing-code">
          {code?.code ?? '······'}
        </div>
        <Typography.Paragraph type="secondary">
          {t.pairingHint} {code && `${t.expiresAt} ${hallTime(code.expiresAt)}`}
        </Typography.Paragraph>
      </Card>
      <Table<PairedDevice>
        rowKey="id"
        dataSource={devices}
        pagination={false}
        columns={[
          { title: t.deviceName, dataIndex: 'name' },
          { title: t.role, dataIndex: 'role', render: (r: string) => t.roles[r] },
          { title: t.pairedAt, dataIndex: 'pairedAt', render: when },
          { title: t.lastSeen, dataIndex: 'lastSeenAt', render: when },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, d) =>
              d.revoked ? (
                <Tag>{t.revoked}</Tag>
              ) : (
                <Popconfirm title={`${t.revoke}「${d.name}」？`} onConfirm={() => void api.devices.revoke({ deviceId: d.id }).then(refresh)}>
                  <Button danger>{t.revoke}</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Space>
  );
}
