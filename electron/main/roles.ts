export type ScreenRole = 'window' | 'pad' | 'board' | 'kiosk';

export interface DisplayInfo {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  primary: boolean;
}

export interface WindowPlan {
  role: ScreenRole;
  path: string;
  bounds: { x: number; y: number; width: number; height: number };
  fullscreen: boolean;
}

/** Which screens this PC runs besides the clerk's window: `--roles=board,kiosk` or ONEWINDOW_ROLES. */
export function parseRoles(argv: readonly string[], env: Record<string, string | undefined>): Set<ScreenRole> {
  const flag = argv.find((a) => a.startsWith('--roles='))?.slice('--roles='.length) ?? env.ONEWINDOW_ROLES ?? '';
  const roles = new Set<ScreenRole>(['window']);
  for (const part of flag.split(',').map((s) => s.trim())) {
    if (part === 'board' || part === 'kiosk' || part === 'window' || part === 'pad') roles.add(part);
  }
  return roles;
}

/**
 * One window per role: the clerk's window on the primary display; the evaluation pad full screen on a
 * second display when there is one; board and kiosk full screen on the next free displays (or windowed on
 * the primary one when the PC has too few screens).
 */
export function planWindows(roles: Set<ScreenRole>, displays: readonly DisplayInfo[]): WindowPlan[] {
  const primary = displays.find((d) => d.primary) ?? displays[0];
  if (!primary) return [];
  const others = displays.filter((d) => d !== primary);
  const plans: WindowPlan[] = [{ role: 'window', path: '/window', bounds: primary.bounds, fullscreen: false }];
  const wanted: ScreenRole[] = [];
  if (others.length > 0 || roles.has('pad')) wanted.push('pad');
  if (roles.has('board')) wanted.push('board');
  if (roles.has('kiosk')) wanted.push('kiosk');
  for (const role of wanted) {
    const display = others.shift();
    if (display) plans.push({ role, path: `/${role}`, bounds: display.bounds, fullscreen: true });
    else if (role !== 'pad' || roles.has('pad')) {
      plans.push({ role, path: `/${role}`, bounds: primary.bounds, fullscreen: false });
    }
  }
  return plans;
}
