import { Layout } from 'antd';
import { useEffect, useState } from 'react';
import { useOnReconnect } from '../../app/hooks';
import { StatusBar } from '../../app/StatusBar';
import { useAppStore } from '../../store';
import { SignInForm } from './SignInForm';
import { windowText as t } from './text';
import { WindowRoutes } from './WindowRoutes';

export function WindowPage() {
  const session = useAppStore((s) => s.session);
  const restoreSession = useAppStore((s) => s.restoreSession);
  const refreshHall = useAppStore((s) => s.refreshHall);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    void restoreSession('window').finally(() => setRestored(true));
  }, [restoreSession]);
  useOnReconnect(refreshHall);

  return (
    <Layout className="app-layout">
      <Layout.Content className="app-content">
        {restored && (session?.window ? <WindowRoutes /> : <SignInForm scope="window" title={t.signInTitle} withWindow />)}
      </Layout.Content>
      <StatusBar />
    </Layout>
  );
}
