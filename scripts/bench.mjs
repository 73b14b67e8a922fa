// `npm run bench`: latency of the hall's LAN API, measured against a real `out/main/hall.js` process over
// loopback HTTP and WebSocket. Each figure comes with its ratio to a baseline measured in the same run (the
// cheapest call, `hall.status`), so results compare across noisy, shared machines. Writes JSON to stdout and
// to test-results/bench.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import WebSocket from 'ws';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 400);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 50);
/** Cases in the store while searching: a busy county's history. */
const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);

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

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛'];
const DISTRICTS = ['第一', '第二', '第三', '第四', '第五', '第六', '第七', '第八', '城南', '城北'];
const day0 = Date.UTC(2025, 0, 1);
const dayOf = (i) => new Date(day0 + Math.floor((i / CASES) * 700) * 86_400_000).toISOString().slice(0, 10);
function caseNumber(i) {
  return `110105${dayOf(i).replaceAll('-', '')}${String((i % 10) + 1).padStart(2, '0')}${String(Math.floor(i / 10) % 10000).padStart(4, '0')}`;
}
function idNumber(i) {
  return `110105${1950 + (i % 50)}0101${String(i % 10_000_000).padStart(7, '0')}`.slice(0, 18);
}
function mobile(i) {
  return `139${String(i).padStart(8, '0')}`;
}

/** Typed searches a clerk makes, each answered from an index at any size of history (see `loadCases`). */
const SEARCHES = {
  'by full case number': { q: caseNumber(CASES >> 1) },
  'by case number prefix (a day)': { q: caseNumber(CASES >> 1).slice(0, 14) },
  'by ID number': { q: idNumber(CASES >> 2) },
  'by mobile': { q: mobile(CASES >> 3) },
  'by applicant name': { q: '张伟' },
  'by project name prefix': { q: '云溪县第七' },
  'newest in a day range': { q: '', from: '2026-03-02', to: '2026-03-06' },
};

/**
 * Loads `n` cases (each with its matter) into the store in one transaction. The outbox triggers are dropped
 * for the load (this is history, not new writes) and rebuilt when the hall opens the store again.
 */
function loadCases(file, n) {
  const started = performance.now();
  const db = new Database(file);
  const staffId = db.prepare("SELECT id FROM staff WHERE job_number = '1001'").get().id;
  const deviceId = db.prepare('SELECT id FROM device').get().id;
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all()) db.exec(`DROP TRIGGER "${name}"`);
  const insertCase = db.prepare(`INSERT INTO intake_case (id, number, terminal_no, serial, catalog_version, stage_id, stage_name, status,
    decision, applicant_kind, applicant_name, id_type, applicant_key, phone, phone_digits, project_name, project_code, project_location,
    project_scale, delivery_method, staff_id, device_id, received_at, received_day, accepted_day, updated_at)
    VALUES (?, ?, ?, ?, 1, 'stage', '施工许可', 'accepted', '{"kind":"accept"}', 'person', ?, 'resident', ?, ?, ?, ?, '', '云溪县', '1000平方米',
    'inPerson', ?, ?, ?, ?, ?, ?)`);
  const insertMatter = db.prepare(`INSERT INTO case_matter (id, case_id, matter_id, code, name, department, legal_limit_days,
    promised_limit_days, on_the_spot, legal_basis, sort_order) VALUES (?, ?, 'm', 'ZJ-001', '建筑工程施工许可证', '住建', 7, 3, 0, '', 0)`);
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const id = `bench-${String(i).padStart(8, '0')}`;
      const day = dayOf(i);
      const at = Date.parse(`${day}T01:00:00Z`) + (i % 28_800) * 1000;
      const name = SURNAMES[i % SURNAMES.length] + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length];
      const project = `云溪县${DISTRICTS[i % DISTRICTS.length]}中学项目${i}`;
      insertCase.run(id, caseNumber(i), (i % 10) + 1, Math.floor(i / 10) % 10000, name, idNumber(i), mobile(i), mobile(i), project, staffId, deviceId, at, day, day, at);
      insertMatter.run(`${id}-m`, id);
    }
  })();
  db.close();
  return Math.round((performance.now() - started) / 100) / 10;
}

/** A complete intake of 建筑工程施工许可证 by an organisation, every material handed in as its list asks. */
async function intakeSubmission(base) {
  const catalog = await call(base, 'catalog.current', {});
  const stage = catalog.stages.find((s) => s.code === 'S3');
  const matter = stage.matters.find((m) => m.code === 'ZJ-001');
  return {
    ticketId: null,
    applicant: { kind: 'organisation', name: '云溪建设工程有限公司', creditCode: '91350100M000100Y43', contactName: '李娜', phone: '13812345678', agent: null },
    project: { name: '云溪县第一中学教学楼扩建工程', code: '2026-331002-47-03-012345', location: '云溪县城南路88号', scale: '总建筑面积12000平方米' },
    stageId: stage.id,
    matterIds: [matter.id],
    materials: matter.materials.map((m) => ({ name: m.name, status: 'received', form: m.form === 'copy' ? 'copy' : 'original', copies: m.copies, note: '' })),
    decision: { kind: 'accept' },
    delivery: { method: 'inPerson' },
  };
}

const dataDir = mkdtempSync(join(tmpdir(), 'onewindow-bench-'));
// The demo hall makes the store; its history of cases is loaded straight into SQLite while the hall is down.
await (await startHall(dataDir)).stop();
const loadSeconds = loadCases(join(dataDir, 'hall.sqlite'), CASES);
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

  const submission = await intakeSubmission(base);
  const intake = summarize(await timeCalls(ROUNDS, () => call(base, 'intake.submit', submission, session)));
  const searches = Object.entries(SEARCHES).map(([name, input]) => ({
    name,
    input,
    run: () => call(base, 'intake.search', { from: null, to: null, ...input }, session),
  }));
  const searchResults = [];
  for (const search of searches) searchResults.push({ name: `intake.search ${search.name} at ${CASES} cases`, ...summarize(await timeCalls(ROUNDS, search.run)) });

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
      { name: 'intake.submit (case, matters, materials, notice, log and their outbox entries) over LAN API', ...intake, p50_vs_baseline: ratio(intake) },
      ...searchResults.map((r) => ({ ...r, p50_vs_baseline: ratio(r) })),
    ],
    cases: { loaded: CASES, load_seconds: loadSeconds },
  };
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench.json', JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
} finally {
  await hall.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
