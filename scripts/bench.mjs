// `npm run bench`: latency of the hall's LAN API, measured against a real `out/main/hall.js` process over
// loopback HTTP and WebSocket. Each figure comes with its ratio to a baseline measured in the same run (the
// cheapest call, `hall.status`), so results compare across noisy, shared machines. Writes JSON to stdout and
// to test-results/bench.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 400);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 50);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x) => Math.round(x * 1000) / 1000;
  return { n: sorted.length, p50_ms: round(percentile(sorted, 50)), p99_ms: round(percentile(sorted, 99)), max_ms: round(sorted.at(-1)) };
}

async function startHall(dataDir) {
  const child = spawn(process.execPath, ['out/main/hall.js', '--port', '0', '--host', '127.0.0.1', '--data', dataDir, '--demo'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /serving at (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`hall exited with ${code}`)));
  });
  return { url, stop: () => new Promise((done) => (child.once('exit', done), child.kill('SIGTERM'))) };
}

async function call(base, method, input, headers = {}) {
  const response = await fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
  const body = await response.json();
  if (!body.ok) throw new Error(`${method}: ${body.error.code}`);
  return body.value;
}

/** Times `fn` per round; `after` runs untimed after each (settling state for the next round). */
async function timeCalls(rounds, fn, after = async () => {}) {
  const samples = [];
  for (let i = 0; i < rounds + WARMUP; i++) {
    const start = performance.now();
    await fn(i);
    if (i >= WARMUP) samples.push(performance.now() - start);
    await after(i);
  }
  return samples;
}

const dataDir = mkdtempSync(join(tmpdir(), 'onewindow-bench-'));
const hall = await startHall(dataDir);
try {
  const base = hall.url;
  const queues = await call(base, 'queue.queues', {});
  const queueA = queues.find((q) => q.prefix === 'A').id;
  const windows = await call(base, 'hall.windows', {});
  const window1 = windows.find((w) => w.number === 1).id;
  const { token } = await call(base, 'staff.signIn', { jobNumber: '1001', pin: '123456', windowId: window1 });
  const session = { 'X-Hall-Session': token };

  const baseline = summarize(await timeCalls(ROUNDS, () => call(base, 'hall.status', {})));
  const issue = summarize(await timeCalls(ROUNDS, () => call(base, 'queue.issueTicket', { queueId: queueA })));
  // A called applicant is started before the next call (the window refuses to call over an unanswered call).
  const startCalled = () => call(base, 'queue.start', {}, session);
  const callNext = summarize(await timeCalls(ROUNDS, () => call(base, 'queue.callNext', {}, session), startCalled));

  // Call → the board's WebSocket event: from sending call-next to the `queue.called` frame arriving.
  for (let i = 0; i < ROUNDS + WARMUP; i++) await call(base, 'queue.issueTicket', { queueId: queueA });
  const ws = new WebSocket(`${base.replace('http', 'ws')}/api/events`);
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
  const toBoard = summarize(
    await timeCalls(ROUNDS, async () => {
      const arrived = new Promise((resolve) => {
        const onMessage = (data) => {
          if (JSON.parse(String(data)).event === 'queue.called') {
            ws.off('message', onMessage);
            resolve();
          }
        };
        ws.on('message', onMessage);
      });
      await call(base, 'queue.callNext', {}, session);
      await arrived;
    }, startCalled),
  );
  ws.close();

  const ratio = (s) => Math.round((s.p50_ms / baseline.p50_ms) * 100) / 100;
  const results = {
    when: new Date().toISOString(),
    node: process.version,
    rounds: ROUNDS,
    baseline: { name: 'hall.status over LAN API', ...baseline },
    benchmarks: [
      { name: 'queue.issueTicket over LAN API', ...issue, p50_vs_baseline: ratio(issue) },
      { name: 'queue.callNext over LAN API', ...callNext, p50_vs_baseline: ratio(callNext) },
      { name: 'call-next to board WebSocket event', ...toBoard, p50_vs_baseline: ratio(toBoard) },
    ],
  };
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench.json', JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
} finally {
  await hall.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
