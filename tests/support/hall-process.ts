import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHall {
  url: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  /** SIGTERM and wait; `kill('SIGKILL')` for a crash. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const READY = /OneWindow hall is serving at (http:\/\/\S+)/;

/**
 * Starts `npm run hall` exactly as the README says, on a free port and a fresh data folder, and waits for the
 * line that prints its URL.
 */
export async function startHall(options: { demo?: boolean; dataDir?: string; args?: string[] } = {}): Promise<RunningHall> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'onewindow-hall-'));
  const args = ['run', 'hall', '--silent', '--', '--port', '0', '--host', '127.0.0.1', '--data', dataDir];
  if (options.demo) args.push('--demo');
  args.push(...(options.args ?? []));
  const child = spawn('npm', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hall did not start in time:\n${log}`)), 60_000);
    const check = () => {
      const match = READY.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hall exited with ${code}:\n${log}`));
    });
  });
  return {
    url,
    dataDir,
    process: child,
    output: () => log,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        // npm, its shell and node form a process group: signal them all.
        try {
          process.kill(-child.pid!, signal);
        } catch {
          resolve();
        }
      }),
  };
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Calls the LAN API as a plain HTTP client would. */
export async function callApi<T = unknown>(
  baseUrl: string,
  method: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { ok: true; value: T } | { ok: false; error: { code: string; message: string } } }> {
  const response = await fetch(`${baseUrl}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } } };
}
