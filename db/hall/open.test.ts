import Database from 'better-sqlite3';
import { closeSync, openSync, readFileSync, readdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HallStoreError, openHallStore, readPragmas, REQUIRED_PRAGMAS } from './open';
import { MIGRATIONS, tempStore } from './test-fixtures';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function fresh() {
  const t = tempStore();
  cleanups.push(t.dispose);
  return t;
}

describe('openHallStore', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const { store } = fresh();
    expect(readPragmas(store.sqlite)).toEqual(REQUIRED_PRAGMAS);
  });

  it('keeps the pragmas when the same file is opened again, and keeps its device identity', () => {
    const { store, file } = fresh();
    const deviceId = store.deviceId;
    store.close();
    const again = openHallStore(file, MIGRATIONS);
    try {
      expect(readPragmas(again.sqlite)).toEqual(REQUIRED_PRAGMAS);
      expect(again.deviceId).toBe(deviceId);
    } finally {
      again.close();
    }
  });

  it('applies every generated migration', () => {
    const { store } = fresh();
    const applied = store.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    const files = readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql'));
    expect(applied.n).toBe(files.length);
  });

  it('refuses a file that is not a database, with a clear message', () => {
    const { dir } = fresh();
    const file = join(dir, 'garbage.sqlite');
    writeFileSync(file, 'this is not a SQLite database, just text that someone saved here by mistake'.repeat(100));
    expect(() => openHallStore(file, MIGRATIONS)).toThrow(HallStoreError);
    try {
      openHallStore(file, MIGRATIONS);
    } catch (error) {
      expect((error as HallStoreError).code).toBe('db/corrupt');
      expect((error as Error).message).toMatch(/damaged.*restore the latest backup/);
    }
  });

  it('refuses a database whose pages were damaged, and leaves the file as it was', () => {
    const { store, file } = fresh();
    const insert = store.sqlite.prepare('INSERT INTO activity (id, at, kind, device_id) VALUES (?, ?, ?, ?)');
    store.sqlite.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`id-${i}`, i, 'filler'.repeat(10), store.deviceId);
    })();
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    // Overwrite the middle of the file (index and table pages) with noise.
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const before = readFileSync(file);
    expect(() => openHallStore(file, MIGRATIONS)).toThrow(/damaged/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('every path that opens the hall database', () => {
  it('goes through openHallStore: no other product file constructs a connection', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          const text = readFileSync(path, 'utf8');
          if (/new\s+Database\s*\(|\bDatabase\s*\(\s*['"`]/.test(text) && path !== join('db', 'hall', 'open.ts')) {
            offenders.push(path);
          }
        }
      }
    };
    for (const root of ['db', 'electron', 'server', 'shared', 'renderer']) walk(root);
    expect(offenders).toEqual([]);
  });

  it('a raw connection without openHallStore would not have the pragmas (so the check above matters)', () => {
    const { file } = fresh();
    const raw = new Database(file);
    try {
      expect(readPragmas(raw)).not.toEqual(REQUIRED_PRAGMAS);
    } finally {
      raw.close();
    }
  });
});
