import { join } from 'node:path';

/**
 * Every path that differs between a source checkout and the packaged app, in one pure function so the
 * packaged layout can be unit-tested without Electron.
 */
export interface AppPaths {
  migrationsFolder: string;
  rendererDir: string;
  preloadFile: string;
  soundsDir: string;
}

export interface AppLocation {
  /** True inside an installed app (Electron's `app.isPackaged`). */
  packaged: boolean;
  /** The project root in a checkout (where package.json is). */
  appRoot: string;
  /** Electron's `process.resourcesPath` when packaged. */
  resourcesPath?: string;
}

export function resolveAppPaths({ packaged, appRoot, resourcesPath }: AppLocation): AppPaths {
  if (packaged) {
    if (!resourcesPath) throw new Error('resourcesPath is required for a packaged app');
    const asar = join(resourcesPath, 'app.asar');
    return {
      // Read by the migrator with plain fs, so shipped beside app.asar (extraResources), not inside it.
      migrationsFolder: join(resourcesPath, 'migrations'),
      rendererDir: join(asar, 'out', 'renderer'),
      preloadFile: join(asar, 'out', 'preload', 'index.cjs'),
      soundsDir: join(resourcesPath, 'sounds'),
    };
  }
  return {
    migrationsFolder: join(appRoot, 'db', 'hall', 'migrations'),
    rendererDir: join(appRoot, 'out', 'renderer'),
    preloadFile: join(appRoot, 'out', 'preload', 'index.cjs'),
    soundsDir: join(appRoot, 'build', 'sounds'),
  };
}

export const APP_NAME = 'OneWindow';

/**
 * Where the hall keeps its data when no folder is given: the same folder Electron uses as `userData`, so
 * `npm start` in Electron and its browser fallback open the same hall.
 */
export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
}
