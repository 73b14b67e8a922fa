import { describe, expect, it } from 'vitest';
import { parseRoles, planWindows, type DisplayInfo, type ScreenRole } from './roles';

const MAIN = { x: 0, y: 0, width: 1920, height: 1080 };
const SECOND = { x: 1920, y: 0, width: 1280, height: 800 };
const THIRD = { x: 3200, y: 0, width: 1080, height: 1920 };

function screens(...bounds: Array<DisplayInfo['bounds']>): DisplayInfo[] {
  return bounds.map((b, i) => ({ id: i + 1, bounds: b, primary: i === 0 }));
}

const roles = (...names: ScreenRole[]) => new Set<ScreenRole>(['window', ...names]);

describe('parseRoles', () => {
  it('is only the clerk window when nothing is asked', () => {
    expect([...parseRoles([], {})]).toEqual(['window']);
    expect([...parseRoles(['--roles='], {})]).toEqual(['window']);
  });

  it('reads --roles=', () => {
    expect(parseRoles(['electron', '.', '--roles=board,kiosk'], {})).toEqual(new Set(['window', 'board', 'kiosk']));
  });

  it('reads ONEWINDOW_ROLES when there is no flag', () => {
    expect(parseRoles([], { ONEWINDOW_ROLES: 'pad' })).toEqual(new Set(['window', 'pad']));
  });

  it('lets the flag win over the environment', () => {
    expect(parseRoles(['--roles=board'], { ONEWINDOW_ROLES: 'kiosk' })).toEqual(new Set(['window', 'board']));
  });

  it('ignores unknown names and blanks, trims spaces', () => {
    expect(parseRoles(['--roles= board , printer,,host,admin, kiosk '], {})).toEqual(new Set(['window', 'board', 'kiosk']));
    expect(parseRoles([], { ONEWINDOW_ROLES: 'toString,__proto__,constructor' })).toEqual(new Set(['window']));
  });

  it('always keeps the clerk window', () => {
    expect(parseRoles(['--roles=kiosk'], {}).has('window')).toBe(true);
    expect(parseRoles([], { ONEWINDOW_ROLES: 'board' }).has('window')).toBe(true);
  });

  it('does not take a look-alike flag', () => {
    expect(parseRoles(['--rolesx=kiosk', '--no-roles=board'], {})).toEqual(new Set(['window']));
  });
});

describe('planWindows', () => {
  it('opens nothing without a display', () => {
    expect(planWindows(roles('pad', 'board', 'kiosk'), [])).toEqual([]);
  });

  it('opens only the clerk window on a single display', () => {
    expect(planWindows(roles(), screens(MAIN))).toEqual([{ role: 'window', path: '/window', bounds: MAIN, fullscreen: false }]);
  });

  it('opens the roles asked for as ordinary windows on a single display', () => {
    expect(planWindows(roles('pad', 'board', 'kiosk'), screens(MAIN))).toEqual([
      { role: 'window', path: '/window', bounds: MAIN, fullscreen: false },
      { role: 'pad', path: '/pad', bounds: MAIN, fullscreen: false },
      { role: 'board', path: '/board', bounds: MAIN, fullscreen: false },
      { role: 'kiosk', path: '/kiosk', bounds: MAIN, fullscreen: false },
    ]);
  });

  it('puts the evaluation pad full screen on a second display', () => {
    expect(planWindows(roles(), screens(MAIN, SECOND))).toEqual([
      { role: 'window', path: '/window', bounds: MAIN, fullscreen: false },
      { role: 'pad', path: '/pad', bounds: SECOND, fullscreen: true },
    ]);
  });

  it('uses the primary display for the clerk, wherever it is in the list', () => {
    const list: DisplayInfo[] = [
      { id: 1, bounds: SECOND, primary: false },
      { id: 2, bounds: MAIN, primary: true },
    ];
    expect(planWindows(roles(), list)).toEqual([
      { role: 'window', path: '/window', bounds: MAIN, fullscreen: false },
      { role: 'pad', path: '/pad', bounds: SECOND, fullscreen: true },
    ]);
  });

  it('falls back to the first display when none is marked primary', () => {
    const list = screens(MAIN, SECOND).map((d) => ({ ...d, primary: false }));
    expect(planWindows(roles(), list)[0]).toEqual({ role: 'window', path: '/window', bounds: MAIN, fullscreen: false });
  });

  it('gives pad and board their own displays when there are three', () => {
    expect(planWindows(roles('board'), screens(MAIN, SECOND, THIRD))).toEqual([
      { role: 'window', path: '/window', bounds: MAIN, fullscreen: false },
      { role: 'pad', path: '/pad', bounds: SECOND, fullscreen: true },
      { role: 'board', path: '/board', bounds: THIRD, fullscreen: true },
    ]);
  });

  it('never puts two full-screen windows on one display, and runs out onto the primary one windowed', () => {
    const plans = planWindows(roles('board', 'kiosk'), screens(MAIN, SECOND));
    expect(plans).toEqual([
      { role: 'window', path: '/window', bounds: MAIN, fullscreen: false },
      { role: 'pad', path: '/pad', bounds: SECOND, fullscreen: true },
      { role: 'board', path: '/board', bounds: MAIN, fullscreen: false },
      { role: 'kiosk', path: '/kiosk', bounds: MAIN, fullscreen: false },
    ]);
    const fullscreenBounds = plans.filter((p) => p.fullscreen).map((p) => p.bounds);
    expect(new Set(fullscreenBounds).size).toBe(fullscreenBounds.length);
  });

  it('opens each role once, each on its own page', () => {
    const plans = planWindows(roles('pad', 'board', 'kiosk'), screens(MAIN, SECOND, THIRD));
    expect(plans.map((p) => p.role)).toEqual(['window', 'pad', 'board', 'kiosk']);
    for (const p of plans) expect(p.path).toBe(`/${p.role}`);
  });
});
