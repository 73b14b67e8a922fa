import type { ReactNode } from 'react';
import type { PairableRole } from '../../../shared/api/roles';
import { AdminPage } from '../features/admin/AdminPage';
import { BoardPage } from '../features/board/BoardPage';
import { KioskPage } from '../features/kiosk/KioskPage';
import { PadPage } from '../features/pad/PadPage';
import { WindowPage } from '../features/window/WindowPage';

export interface RoleRoute {
  path: string;
  /** The device role a LAN device pairs as to use this page. */
  role: PairableRole;
  element: ReactNode;
}

/** Routing by role: each page of the hall is the same app opened at its role's path. */
export const ROLE_ROUTES: readonly RoleRoute[] = [
  { path: '/window', role: 'window', element: <WindowPage /> },
  { path: '/kiosk', role: 'kiosk', element: <KioskPage /> },
  { path: '/board', role: 'board', element: <BoardPage /> },
  { path: '/pad', role: 'pad', element: <PadPage /> },
  { path: '/admin', role: 'window', element: <AdminPage /> },
];
