import { execFileSync } from 'node:child_process';

/** Builds the app once for every end-to-end and packaging test (`npm run hall` builds again, quickly). */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
