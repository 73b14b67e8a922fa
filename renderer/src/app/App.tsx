import { useEffect } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { hall } from '../api/hall';
import { DeviceGate } from '../features/pairing/DeviceGate';
import { useAppStore } from '../store';
import { Landing } from './Landing';
import { ROLE_ROUTES } from './routes';

export function App() {
  const setHostReachable = useAppStore((s) => s.setHostReachable);
  useEffect(() => hall.onConnection(setHostReachable), [setHostReachable]);
  return (
    <Routes>
      <Route path="/" element={<Landing />} />
      {ROLE_ROUTES.map((r) => (
        <Route key={r.path} path={`${r.path}/*`} element={<DeviceGate role={r.role}>{r.element}</DeviceGate>} />
      ))}
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
