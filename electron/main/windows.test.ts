import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WindowPlan } from './roles';
import { displays, lockDownContents, openRoleWindow } from './windows';

type Listener = (...args: unknown[]) => unknown;

// The Electron binary is not installed here: a fake BrowserWindow records what the code asks of it.
const fake = vi.hoisted(() => {
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    readonly options: Record<string, unknown>;
    readonly onceListeners = new Map<string, () => void>();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly maximize = vi.fn();
    readonly show = vi.fn();
    constructor(options: Record<string, unknown>) {
      this.options = options;
      FakeBrowserWindow.created.push(this);
    }
    once(event: string, listener: () => void): this {
      this.onceListeners.set(event, listener);
      return this;
    }
  }
  return {
    BrowserWindow: FakeBrowserWindow,
    appListeners: new Map<string, Array<(...args: unknown[]) => unknown>>(),
    openExternal: vi.fn(async (_url: string) => undefined),
    displays: [] as Array<{ id: number; bounds: { x: number; y: number; width: number; height: number } }>,
    primaryId: 0,
  };
});

vi.mock('electron', () => ({
  BrowserWindow: fake.BrowserWindow,
  app: {
    on: (event: string, listener: (...args: unknown[]) => unknown) => {
      const list = fake.appListeners.get(event) ?? [];
      list.push(listener);
      fake.appListeners.set(event, list);
    },
  },
  shell: { openExternal: fake.openExternal },
  screen: {
    getAllDisplays: () => fake.displays,
    getPrimaryDisplay: () => fake.displays.find((d) => d.id === fake.primaryId),
  },
}));

const PRELOAD = '/opt/OneWindow/resources/app.asar/out/preload/index.cjs';
const BOUNDS = { x: 1920, y: 0, width: 1280, height: 800 };

function plan(role: WindowPlan['role'], fullscreen: boolean): WindowPlan {
  return { role, path: `/${role}`, bounds: BOUNDS, fullscreen };
}

beforeEach(() => {
  fake.BrowserWindow.created.length = 0;
  fake.appListeners.clear();
  fake.openExternal.mockClear();
});

describe('openRoleWindow', () => {
  it.each(['window', 'pad', 'board', 'kiosk'] as const)('opens the %s page isolated, sandboxed, without Node', (role) => {
    const win = openRoleWindow(plan(role, role !== 'window'), PRELOAD) as unknown as InstanceType<typeof fake.BrowserWindow>;
    expect(fake.BrowserWindow.created).toEqual([win]);
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    // Settings that would loosen the sandbox must not be there at all.
    for (const loose of ['nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'webviewTag', 'allowRunningInsecureContent', 'experimentalFeatures']) {
      expect(prefs[loose] ?? false).toBe(false);
    }
    expect(win.loadURL).toHaveBeenCalledExactlyOnceWith(`app://hall/${role}`);
  });

  it('places the window on its display and stays hidden until ready to show', () => {
    const win = openRoleWindow(plan('board', true), PRELOAD) as unknown as InstanceType<typeof fake.BrowserWindow>;
    expect(win.options).toMatchObject({ ...BOUNDS, fullscreen: true, kiosk: true, show: false });
    expect(win.show).not.toHaveBeenCalled();
    win.onceListeners.get('ready-to-show')?.();
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it("maximizes the clerk's window and never puts it in kiosk mode", () => {
    const win = openRoleWindow(plan('window', false), PRELOAD) as unknown as InstanceType<typeof fake.BrowserWindow>;
    expect(win.options).toMatchObject({ fullscreen: false, kiosk: false });
    expect(win.maximize).toHaveBeenCalledTimes(1);
    const fullscreenWindow = openRoleWindow(plan('window', true), PRELOAD) as unknown as InstanceType<typeof fake.BrowserWindow>;
    expect(fullscreenWindow.options).toMatchObject({ fullscreen: true, kiosk: false });
  });

  it('opens a pad or board without its own screen as an ordinary window', () => {
    const win = openRoleWindow(plan('pad', false), PRELOAD) as unknown as InstanceType<typeof fake.BrowserWindow>;
    expect(win.options).toMatchObject({ fullscreen: false, kiosk: false });
    expect(win.maximize).not.toHaveBeenCalled();
  });
});

interface FakeContents {
  windowOpenHandler: ((details: { url: string }) => unknown) | null;
  listeners: Map<string, Listener>;
  permissionHandler: ((wc: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void) | null;
  permissionCheck: ((wc: unknown, permission: string) => boolean) | null;
}

/** Creates web contents the way Electron does: `web-contents-created` fires for each one. */
function createContents(): FakeContents {
  const state: FakeContents = { windowOpenHandler: null, listeners: new Map(), permissionHandler: null, permissionCheck: null };
  const contents = {
    setWindowOpenHandler: (handler: FakeContents['windowOpenHandler']) => (state.windowOpenHandler = handler),
    on: (event: string, listener: Listener) => {
      state.listeners.set(event, listener);
      return contents;
    },
    session: {
      setPermissionRequestHandler: (handler: FakeContents['permissionHandler']) => (state.permissionHandler = handler),
      setPermissionCheckHandler: (handler: FakeContents['permissionCheck']) => (state.permissionCheck = handler),
    },
  };
  const created = fake.appListeners.get('web-contents-created') ?? [];
  for (const listener of created) listener({}, contents);
  return state;
}

function navigationEvent() {
  return { preventDefault: vi.fn() };
}

describe('lockDownContents', () => {
  beforeEach(() => lockDownContents());

  it('hooks every web contents as it is created', () => {
    expect(fake.appListeners.get('web-contents-created')).toHaveLength(1);
    const contents = createContents();
    expect(contents.windowOpenHandler).toBeTypeOf('function');
    expect(contents.listeners.has('will-navigate')).toBe(true);
    expect(contents.listeners.has('will-attach-webview')).toBe(true);
    expect(contents.permissionHandler).toBeTypeOf('function');
  });

  it.each(['https://example.gov.cn/guide', 'http://evil.example/', 'file:///etc/passwd', 'app://hall/kiosk', 'javascript:alert(1)'])(
    'denies window.open(%s)',
    (url) => {
      const contents = createContents();
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    },
  );

  it('hands https links to the system browser, and nothing else', () => {
    const contents = createContents();
    contents.windowOpenHandler!({ url: 'https://example.gov.cn/guide' });
    expect(fake.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.gov.cn/guide');
    for (const url of ['http://evil.example/', 'file:///etc/passwd', 'smb://share/x', 'javascript:alert(1)', 'app://hall/board']) {
      contents.windowOpenHandler!({ url });
    }
    expect(fake.openExternal).toHaveBeenCalledTimes(1);
  });

  it.each(['https://evil.example/', 'http://hall/kiosk', 'file:///etc/passwd', 'app://other/kiosk', 'app://hall.evil.example/', 'about:blank', 'data:text/html,<h1>x</h1>'])(
    'stops navigation to %s',
    (url) => {
      const contents = createContents();
      const event = navigationEvent();
      contents.listeners.get('will-navigate')!(event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    },
  );

  it.each(['app://hall/kiosk', 'app://hall/window', 'app://hall/board?x=1#y'])('lets the app move between its own pages (%s)', (url) => {
    const contents = createContents();
    const event = navigationEvent();
    contents.listeners.get('will-navigate')!(event, url);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach any webview', () => {
    const contents = createContents();
    const event = navigationEvent();
    contents.listeners.get('will-attach-webview')!(event, {}, { src: 'app://hall/window' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'denies the %s permission',
    (permission) => {
      const contents = createContents();
      const callback = vi.fn();
      contents.permissionHandler!({}, permission, callback, { requestingUrl: 'app://hall/window' });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(contents.permissionCheck!({}, permission)).toBe(false);
    },
  );
});

describe('displays', () => {
  it('lists the screens with their bounds and marks the primary one', () => {
    fake.displays = [
      { id: 7, bounds: { x: 0, y: 0, width: 1920, height: 1080 } },
      { id: 3, bounds: { x: 1920, y: 0, width: 1280, height: 800 } },
    ];
    fake.primaryId = 3;
    expect(displays()).toEqual([
      { id: 7, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, primary: false },
      { id: 3, bounds: { x: 1920, y: 0, width: 1280, height: 800 }, primary: true },
    ]);
  });
});
