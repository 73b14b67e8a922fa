import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * `npm run bench` is not run by CI, so a change can break it unnoticed. This runs it for a few rounds and
 * checks it completes and reports every figure; it asserts nothing about speed (that is the bench's job).
 */
describe('npm run bench', () => {
  it('runs end to end and writes its JSON results', () => {
    execFileSync(process.execPath, ['scripts/bench.mjs'], {
      env: { ...process.env, BENCH_ROUNDS: '5', BENCH_WARMUP: '2', BENCH_CASES: '3000' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    const results = JSON.parse(readFileSync('test-results/bench.json', 'utf8'));
    expect(results.rounds).toBe(5);
    expect(results.benchmarks.map((b: { name: string }) => b.name)).toEqual([
      'queue.issueTicket over LAN API',
      'queue.callNext over LAN API',
      'call-next to board WebSocket event',
      'intake.submit (case, matters, materials, notice, log and their outbox entries) over LAN API',
      ...['by full case number', 'by case number prefix (a day)', 'by ID number', 'by mobile', 'by applicant name', 'by project name prefix', 'newest in a day range'].map(
        (search) => `intake.search ${search} at 3000 cases`,
      ),
    ]);
    expect(results.cases.loaded).toBe(3000);
    for (const b of [results.baseline, ...results.benchmarks]) {
      expect(b.n).toBe(5);
      expect(b.p50_ms).toBeGreaterThan(0);
      expect(b.p99_ms).toBeGreaterThanOrEqual(b.p50_ms);
    }
  });
});
