import { Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { hallDay, hallTime } from '../../../../shared/domain/clock';
import type { PairedDevice } from '../../../../shared/features/devices/contract';
import { api } from '../../api/hall';
import { background } from '../../app/background';
import { useRemote } from '../../app/hooks';
import { adminText as t } from './text';

const when = (at: number | null) => (at ? `${hallDay(at)} ${hallTime(at)}` : '—');

/** The pairing code to type on a new LAN device, and the devices already paired. */
export function DevicesPanel() {
  const { data: code, reload: reloadCode } = useRemote(() => api.devices.pairingCode({}), 10_000);
  const { data: devices, reload: reloadDevices } = useRemote(() => api.devices.list({}), 10_000);
  const refresh = () => {
    reloadCode();
    reloadDevices();
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t.pairingCode} extra={<Button onClick={refresh}>{t.refresh}</Button>}>
        <div className="pairing-code" data-testid="pairing-code">
          {code?.code ?? '······'}
        </div>
        <Typography.Paragraph type="secondary">
          {t.pairingHint} {code && `${t.expiresAt} ${hallTime(code.expiresAt)}`}
        </Typography.Paragraph>
      </Card>
      <Table<PairedDevice>
        rowKey="id"
        dataSource={devices ?? []}
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
                <Popconfirm title={`${t.revoke}「${d.name}」？`} onConfirm={() => background(api.devices.revoke({ deviceId: d.id }).then(reloadDevices))}>
                  <Button danger>{t.revoke}</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Space>
  );
}
