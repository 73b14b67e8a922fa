import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_NAME, defaultDataDir, resolveAppPaths } from './paths';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

describe('resolveAppPaths, packaged', () => {
  const resourcesPath = join('/opt', 'OneWindow', 'resources');
  const asar = join(resourcesPath, 'app.asar');
  const paths = resolveAppPaths({ packaged: true, appRoot: join('/somewhere', 'else'), resourcesPath });

  it('needs the resources folder', () => {
    expect(() => resolveAppPaths({ packaged: true, appRoot: '/x' })).toThrow(/resourcesPath/);
    expect(() => resolveAppPaths({ packaged: true, appRoot: '/x', resourcesPath: '' })).toThrow(/resourcesPath/);
  });

  it('reads migrations from resources/migrations, beside app.asar and not inside it', () => {
    expect(paths.migrationsFolder).toBe(join(resourcesPath, 'migrations'));
    expect(paths.migrationsFolder.includes('app.asar')).toBe(false);
  });

  it('loads the renderer and the preload from inside app.asar', () => {
    expect(paths.rendererDir).toBe(join(asar, 'out', 'renderer'));
    expect(paths.preloadFile).toBe(join(asar, 'out', 'preload', 'index.cjs'));
  });

  it('keeps sounds beside app.asar', () => {
    expect(paths.soundsDir).toBe(join(resourcesPath, 'sounds'));
  });

  it('ignores the app root', () => {
    for (const p of Object.values(paths)) expect(p.startsWith(resourcesPath)).toBe(true);
  });

  it('finds renderer and preload at the same place inside app.asar as in a checkout', () => {
    const checkout = resolveAppPaths({ packaged: false, appRoot: PROJECT_ROOT });
    expect(relative(asar, paths.rendererDir)).toBe(relative(PROJECT_ROOT, checkout.rendererDir));
    expect(relative(asar, paths.preloadFile)).toBe(relative(PROJECT_ROOT, checkout.preloadFile));
  });
});

describe('resolveAppPaths, checkout', () => {
  const paths = resolveAppPaths({ packaged: false, appRoot: PROJECT_ROOT, resourcesPath: '/usr/lib/electron/resources' });

  it('uses the project folders, not Electron’s own resources', () => {
    expect(paths).toEqual({
      migrationsFolder: join(PROJECT_ROOT, 'db', 'hall', 'migrations'),
      rendererDir: join(PROJECT_ROOT, 'out', 'renderer'),
      preloadFile: join(PROJECT_ROOT, 'out', 'preload', 'index.cjs'),
      soundsDir: join(PROJECT_ROOT, 'build', 'sounds'),
    });
  });

  it('points at the real migrations of this checkout', () => {
    expect(existsSync(join(paths.migrationsFolder, 'meta', '_journal.json'))).toBe(true);
  });

  it('names the preload file the way electron-vite builds it', () => {
    const config = readFileSync(join(PROJECT_ROOT, 'electron.vite.config.ts'), 'utf8');
    expect(config).toMatch(/outDir: 'out\/preload'/);
    expect(config).toMatch(/entryFileNames: '\[name\]\.cjs'/);
    expect(relative(PROJECT_ROOT, paths.preloadFile).split(/[\\/]/)).toEqual(['out', 'preload', 'index.cjs']);
  });
});

describe('defaultDataDir', () => {
  const home = join('/home', 'clerk');

  it('uses %APPDATA% on Windows', () => {
    const appData = join('C:', 'Users', 'clerk', 'AppData', 'Roaming');
    expect(defaultDataDir('win32', { APPDATA: appData }, home)).toBe(join(appData, APP_NAME));
  });

  it('falls back to AppData/Roaming under the home folder on Windows', () => {
    expect(defaultDataDir('win32', {}, home)).toBe(join(home, 'AppData', 'Roaming', APP_NAME));
  });

  it('uses Application Support on macOS, whatever the environment says', () => {
    const expected = join(home, 'Library', 'Application Support', APP_NAME);
    expect(defaultDataDir('darwin', {}, home)).toBe(expected);
    expect(defaultDataDir('darwin', { XDG_CONFIG_HOME: '/xdg', APPDATA: '/appdata' }, home)).toBe(expected);
  });

  it('uses $XDG_CONFIG_HOME on Linux', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: join('/data', 'config') }, home)).toBe(join('/data', 'config', APP_NAME));
  });

  it('falls back to ~/.config on Linux, and ignores %APPDATA% there', () => {
    expect(defaultDataDir('linux', {}, home)).toBe(join(home, '.config', APP_NAME));
    expect(defaultDataDir('linux', { APPDATA: '/appdata' }, home)).toBe(join(home, '.config', APP_NAME));
  });

  it('is the app name folder, OneWindow', () => {
    expect(APP_NAME).toBe('OneWindow');
  });
});
