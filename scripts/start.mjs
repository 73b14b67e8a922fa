// `npm start`: the desktop app (after `npm run build`). The Electron binary is not in the npm package: it is
// fetched from outside the registry on first use, which some machines cannot reach. Where it cannot be had,
// say so in one line and serve the same single-PC hall in the browser instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const DOWNLOAD_TIMEOUT_MS = 180_000;

function installedBinary(dir) {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    return existsSync(path) ? path : null;
  }
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const path = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? path : null;
}

function electronBinary() {
  let dir;
  try {
    dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  const ready = installedBinary(dir);
  if (ready) return { path: ready };
  // The package's own downloader, quietly and bounded; where the download host is unreachable it fails fast.
  spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore', timeout: DOWNLOAD_TIMEOUT_MS });
  const downloaded = installedBinary(dir);
  return downloaded ? { path: downloaded } : { reason: 'its binary is not installed and could not be downloaded' };
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = electronBinary();
if (electron.path) {
  run(electron.path, ['.', ...args]);
} else {
  console.log(`Electron cannot start here (${electron.reason}); serving the same hall in the browser instead.`);
  run(process.execPath, ['out/main/hall.js', ...args]);
}
