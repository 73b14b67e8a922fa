import { app, BrowserWindow, screen, shell, type WebContents } from 'electron';
import type { WindowPlan } from './roles';
import { APP_ORIGIN, isAllowedNavigation } from './security';

const TITLES: Record<WindowPlan['role'], string> = {
  window: 'OneWindow 窗口',
  pad: 'OneWindow 评价器',
  board: 'OneWindow 综合屏',
  kiosk: 'OneWindow 取号机',
};

export function openRoleWindow(plan: WindowPlan, preloadFile: string): BrowserWindow {
  const win = new BrowserWindow({
    ...plan.bounds,
    fullscreen: plan.fullscreen,
    kiosk: plan.fullscreen && plan.role !== 'window',
    title: TITLES[plan.role],
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  if (plan.role === 'window' && !plan.fullscreen) win.maximize();
  void win.loadURL(`${APP_ORIGIN}${plan.path}`);
  return win;
}

/** No page may open windows, navigate away, embed webviews or ask for permissions. */
export function lockDownContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    contents.session.setPermissionCheckHandler(() => false);
  });
}

export function displays() {
  return screen.getAllDisplays().map((d) => ({
    id: d.id,
    bounds: d.bounds,
    primary: d.id === screen.getPrimaryDisplay().id,
  }));
}
