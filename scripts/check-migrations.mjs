// Fails when the hall schema changed without a generated migration: drizzle-kit generates into a copy of the
// committed migrations, and any new file there means `npm run db:generate` was forgotten.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { relative } from 'node:path';

const committed = 'db/hall/migrations';
// drizzle-kit takes --out relative to the project, so the scratch copy lives under out/ (ignored by git).
mkdirSync('out', { recursive: true });
const scratch = relative(process.cwd(), mkdtempSync('out/db-check-'));
try {
  cpSync(committed, scratch, { recursive: true });
  const output = execFileSync(
    process.execPath,
    ['node_modules/drizzle-kit/bin.cjs', 'generate', '--dialect', 'sqlite', '--schema', 'db/hall/schema.ts', '--out', scratch],
    { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
  );
  if (!/No schema changes|migration file/i.test(output)) {
    throw new Error(`db:check could not compare the schema with the migrations:\n${output}`);
  }
  const before = new Set(readdirSync(committed));
  const added = readdirSync(scratch).filter((f) => !before.has(f));
  if (added.length > 0) {
    console.error(`The hall schema changed without a migration (drizzle-kit would add ${added.join(', ')}).`);
    console.error('Run `npm run db:generate`, review the SQL, and commit it.');
    process.exitCode = 1;
  } else {
    console.log('db:check: migrations match the schema');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
