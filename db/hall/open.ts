import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { newId } from '../ids';
import { installOutboxTriggers } from './outbox';
import * as schema from './schema';

export type HallDb = BetterSQLite3Database<typeof schema>;

export interface HallStore {
  db: HallDb;
  sqlite: Database.Database;
  deviceId: string;
  file: string;
  close(): void;
}

/** Durability and integrity settings every connection must have (DESIGN §4.10). */
export const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2, // FULL
  foreign_keys: 1,
  busy_timeout: 5000,
} as const;

export class HallStoreError extends Error {
  constructor(
    readonly code: 'db/corrupt' | 'db/cannot-open',
    message: string,
  ) {
    super(message);
    this.name = 'HallStoreError';
  }
}

/**
 * The only way the hall opens its SQLite file: pragmas, an integrity check that refuses a damaged file,
 * migrations, the outbox triggers and this PC's device identity, in that order.
 */
export function openHallStore(file: string, migrationsFolder: string): HallStore {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
  } catch (error) {
    throw new HallStoreError('db/cannot-open', `Cannot open the hall database ${file}: ${(error as Error).message}`);
  }
  try {
    applyPragmas(sqlite);
    checkIntegrity(sqlite, file);
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    installOutboxTriggers(sqlite);
    // The guard is set only inside a pull's transaction; a crash rolls it back, but never trust a file to say so.
    sqlite.prepare('INSERT INTO sync_guard (id, applying) VALUES (1, 0) ON CONFLICT(id) DO UPDATE SET applying = 0').run();
    const deviceId = ensureDevice(sqlite);
    return { db, sqlite, deviceId, file, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    if (error instanceof HallStoreError) throw error;
    if (isCorruption(error)) throw corrupt(file, (error as Error).message);
    throw error;
  }
}

export function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma(`journal_mode = ${REQUIRED_PRAGMAS.journal_mode}`);
  sqlite.pragma(`synchronous = ${REQUIRED_PRAGMAS.synchronous}`);
  sqlite.pragma(`foreign_keys = ${REQUIRED_PRAGMAS.foreign_keys}`);
  sqlite.pragma(`busy_timeout = ${REQUIRED_PRAGMAS.busy_timeout}`);
}

export function readPragmas(sqlite: Database.Database): Record<keyof typeof REQUIRED_PRAGMAS, string | number> {
  return {
    journal_mode: sqlite.pragma('journal_mode', { simple: true }) as string,
    synchronous: sqlite.pragma('synchronous', { simple: true }) as number,
    foreign_keys: sqlite.pragma('foreign_keys', { simple: true }) as number,
    busy_timeout: sqlite.pragma('busy_timeout', { simple: true }) as number,
  };
}

function checkIntegrity(sqlite: Database.Database, file: string): void {
  const rows = sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>;
  const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  if (problems.length > 0) throw corrupt(file, problems.slice(0, 3).join('; '));
}

function corrupt(file: string, detail: string): HallStoreError {
  return new HallStoreError(
    'db/corrupt',
    `The hall database ${file} is damaged (${detail}). OneWindow will not start on it: restore the latest backup or move the file aside.`,
  );
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

function ensureDevice(sqlite: Database.Database): string {
  const row = sqlite.prepare('SELECT id FROM device LIMIT 1').get() as { id: string } | undefined;
  if (row) return row.id;
  const id = newId();
  sqlite.prepare('INSERT INTO device (id, created_at) VALUES (?, ?)').run(id, Date.now());
  return id;
}
