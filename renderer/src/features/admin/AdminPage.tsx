import { Button, Layout, Spin, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { background } from '../../app/background';
import { useHallEvent, useOnReconnect } from '../../app/hooks';
import { StatusBar } from '../../app/StatusBar';
import { useAppStore } from '../../store';
import { SignInForm } from '../window/SignInForm';
import { CatalogPanel } from './CatalogPanel';
import { DevicesPanel } from './DevicesPanel';
import { KeypadsPanel } from './KeypadsPanel';
import { PrintersPanel } from './PrintersPanel';
import { QueuesPanel } from './QueuesPanel';
import { SettingsPanel } from './SettingsPanel';
import { WindowsPanel } from './WindowsPanel';
import { RatingsPanel } from '../ratings/RatingsPanel';
import { StatsPanel } from '../stats/StatsPanel';
import { SetupWizard } from './SetupWizard';
import { StaffPanel } from './StaffPanel';
import { adminText as t } from './text';

/** Hall administration: first set-up on an empty hall, then devices, staff and windows for managers. */
export function AdminPage() {
  const status = useAppStore((s) => s.status);
  const session = useAppStore((s) => s.session);
  const refreshHall = useAppStore((s) => s.refreshHall);
  const restoreSession = useAppStore((s) => s.restoreSession);
  const [restored, setRestored] = useState(false);
  // Keeps the wizard's last step on screen after set-up, until the admin moves on to sign in.
  const [settingUp, setSettingUp] = useState(false);

  useEffect(() => {
    void restoreSession('admin').finally(() => setRestored(true));
  }, [restoreSession]);
  useOnReconnect(refreshHall);
  useHallEvent('hall.changed', refreshHall);

  let body;
  if (!status || !restored) body = <Spin size="large" />;
  else if (!status.configured || settingUp) {
    body = <SetupWizard onStart={() => setSettingUp(true)} onDone={() => setSettingUp(false)} />;
  }
  else if (!session || (session.staff.role !== 'admin' && session.staff.role !== 'supervisor')) {
    body = <SignInForm scope="admin" title={t.signInTitle} withWindow={false} />;
  } else body = <AdminTabs />;

  return (
    <Layout className="app-layout">
      <Layout.Content className="app-content">{body}</Layout.Content>
      <StatusBar />
    </Layout>
  );
}

function AdminTabs() {
  const signOut = useAppStore((s) => s.signOut);
  const hallName = useAppStore((s) => s.status?.hall?.name);
  // The supervisor on duty comes for the day's figures; the admin for devices and staff.
  const isSupervisor = useAppStore((s) => s.session?.staff.role === 'supervisor');
  const isAdmin = useAppStore((s) => s.session?.staff.role === 'admin');
  return (
    <div className="admin">
      <Tabs
        size="large"
        defaultActiveKey={isSupervisor ? 'stats' : 'devices'}
        tabBarExtraContent={
          <span>
            {hallName} <Button onClick={() => background(signOut())}>{t.signOut}</Button>
          </span>
        }
        items={[
          { key: 'devices', label: t.tabs.devices, children: <DevicesPanel /> },
          { key: 'printers', label: t.tabs.printers, children: <PrintersPanel /> },
          // Keypads are wired to this PC's serial ports, which only its admin sets up.
          ...(isAdmin ? [{ key: 'keypads', label: t.tabs.keypads, children: <KeypadsPanel /> }] : []),
          { key: 'staff', label: t.tabs.staff, children: <StaffPanel /> },
          { key: 'windows', label: t.tabs.windows, children: <WindowsPanel /> },
          { key: 'queues', label: t.tabs.queues, children: <QueuesPanel /> },
          { key: 'settings', label: t.tabs.settings, children: <SettingsPanel /> },
          { key: 'catalog', label: t.tabs.catalog, children: <CatalogPanel /> },
          { key: 'stats', label: t.tabs.stats, children: <StatsPanel /> },
          { key: 'ratings', label: t.tabs.ratings, children: <RatingsPanel /> },
        ]}
      />
    </div>
  );
}
