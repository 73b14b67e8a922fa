import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openHallStore, type HallStore } from './open';

export const MIGRATIONS = join(process.cwd(), 'db', 'hall', 'migrations');

/** A real hall SQLite file in a fresh temp folder, removed by `dispose`. */
export function tempStore(): { store: HallStore; dir: string; file: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'onewindow-db-'));
  const file = join(dir, 'hall.sqlite');
  const store = openHallStore(file, MIGRATIONS);
  return {
    store,
    dir,
    file,
    dispose: () => {
      if (store.sqlite.open) store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
