import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { createHall } from '../core/hall';
import { startLanServer, type LanServer } from '../core/lan/server';
import { hallSoundDirs } from '../core/lan/sounds';
import { consoleLogger } from '../core/log';
import { APP_NAME, resolveAppPaths } from '../core/paths';
import { DEFAULT_PORT } from '../core/cli/args';
import { registerIpc } from './ipc';
import { registerPrinting } from './printing';
import { registerAppScheme, serveRenderer } from './protocol';
import { parseRoles, planWindows } from './roles';
import { displays, lockDownContents, openRoleWindow } from './windows';

/**
 * The desktop app: a single-PC hall (host and window at once) on the SQLite file in the user-data folder.
 * The same hall is served on the LAN, so kiosks, boards, tablet pads and other windows can pair with it.
 */
app.setName(APP_NAME);
// The hall works in Chinese whatever the PC's language: native controls (date inputs, print dialogs) follow this.
app.commandLine.appendSwitch('lang', 'zh-CN');
// The same folder `npm run hall` uses (defaultDataDir), whatever Electron would derive from package.json.
app.setPath('userData', join(app.getPath('appData'), APP_NAME));
registerAppScheme();
lockDownContents();

const log = consoleLogger('main');

async function start(): Promise<void> {
  const paths = resolveAppPaths({ packaged: app.isPackaged, appRoot: app.getAppPath(), resourcesPath: process.resourcesPath });
  const dataDir = join(app.getPath('userData'), 'hall');
  const hall = createHall({ dataDir, migrationsFolder: paths.migrationsFolder, log });
  const soundDirs = hallSoundDirs(dataDir, paths.soundsDir);
  serveRenderer(paths.rendererDir, soundDirs);
  registerIpc(hall, () => BrowserWindow.getAllWindows().map((w) => w.webContents));
  registerPrinting();
  let lan: LanServer | null = null;
  try {
    lan = await startLanServer(hall, { port: DEFAULT_PORT, rendererDir: paths.rendererDir, soundDirs });
    log.info(`hall LAN server on port ${lan.port}`);
  } catch (error) {
    log.warn(`LAN server not started (${(error as Error).message}); this PC still works on its own`);
  }
  for (const plan of planWindows(parseRoles(process.argv, process.env), displays())) {
    openRoleWindow(plan, paths.preloadFile);
  }
  app.on('before-quit', () => {
    void lan?.close();
    hall.close();
  });
}

app.on('window-all-closed', () => app.quit());
app
  .whenReady()
  .then(start)
  .catch((error: unknown) => {
    dialog.showErrorBox('OneWindow 无法启动', (error as Error).message);
    app.exit(1);
  });
