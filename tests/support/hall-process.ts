import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHall {
  url: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  /**
   * SIGTERM and wait until npm, its shell and the hall have all exited (SIGKILL after 15 s, noted in
   * `output()`); `stop('SIGKILL')` for a crash.
   */
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
    const timer = setTimeout(() => {
      // Do not leave a half-started hall behind.
      signalGroup(child.pid!, 'SIGKILL');
      reject(new Error(`hall did not start in time:\n${log}`));
    }, 60_000);
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
    stop: async (signal = 'SIGTERM') => {
      const pid = child.pid!;
      const exited =
        child.exitCode !== null || child.signalCode !== null
          ? Promise.resolve()
          : new Promise<void>((resolve) => child.once('exit', () => resolve()));
      // npm, its shell and node form a process group: signal them all.
      if (!signalGroup(pid, signal)) return;
      // npm may exit before node has closed the database: wait until the whole group is gone.
      const gone = (async () => {
        await exited;
        await waitForGroupToEnd(pid, STOP_TIMEOUT_MS);
      })();
      let timer: NodeJS.Timeout | undefined;
      const inTime = await Promise.race([
        gone.then(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), STOP_TIMEOUT_MS))),
      ]);
      clearTimeout(timer);
      if (!inTime) {
        log += `\n[test support] the hall did not stop within ${STOP_TIMEOUT_MS} ms of ${signal}; sent SIGKILL\n`;
        signalGroup(pid, 'SIGKILL');
        await waitForGroupToEnd(pid, STOP_TIMEOUT_MS);
      }
    },
  };
}

const STOP_TIMEOUT_MS = 15_000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** False when the group no longer exists. */
function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

async function waitForGroupToEnd(pid: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (signalGroup(pid, 0) && Date.now() < until) await delay(50);
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

/** After a suite: close its browser, stop its hall and remove the hall's data folder. */
export async function tearDown(browser: { close(): Promise<void> } | undefined, hall: RunningHall | undefined): Promise<void> {
  await browser?.close().catch(() => undefined);
  await hall?.stop();
  if (hall) removeDataDir(hall.dataDir);
}
