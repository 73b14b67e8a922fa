import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** Lints a would-be file in place, as `npm run lint` would see it, and returns the rules it breaks. */
async function brokenRules(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the layer table (DESIGN §3) is enforced by lint', () => {
  it.each([
    ['renderer/src/planted.ts', "import { openHallStore } from '../../db/hall/open';\nexport const x = openHallStore;", 'layers/imports'],
    ['renderer/src/planted.ts', "import { createHall } from '../../electron/core/hall';\nexport const x = createHall;", 'layers/imports'],
    ['renderer/src/planted.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'layers/imports'],
    ['renderer/src/planted.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;", 'layers/imports'],
    ['shared/planted.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'layers/imports'],
    ['shared/planted.ts', "import { join } from 'path';\nexport const x = join;", 'layers/imports'],
    ['shared/planted.ts', "import { app } from 'electron';\nexport const x = app;", 'layers/imports'],
    ['shared/planted.ts', "import { readFile } from 'fs/promises';\nexport const x = readFile;", 'layers/imports'],
    ['renderer/src/planted.ts', "export const x = () => import('../../db/hall/open');", 'layers/imports'],
    ['renderer/src/planted.ts', "export { openHallStore } from '../../db/hall/open';", 'layers/imports'],
    ['shared/planted.ts', "import { newId } from '../db/ids';\nexport const x = newId;", 'layers/imports'],
    ['db/planted.ts', "import { createHall } from '../electron/core/hall';\nexport const x = createHall;", 'layers/imports'],
    ['electron/core/planted.ts', "import { app } from 'electron';\nexport const x = app;", 'layers/imports'],
    ['electron/core/planted.ts', "import { registerIpc } from '../main/ipc';\nexport const x = registerIpc;", 'layers/imports'],
    ['electron/preload/planted.ts', "import { createHall } from '../core/hall';\nexport const x = createHall;", 'layers/imports'],
    ['server/planted.ts', "import { App } from '../renderer/src/app/App';\nexport const x = App;", 'layers/imports'],
  ])('%s: %s is refused', async (file, code, rule) => {
    expect(await brokenRules(file, code)).toContain(rule);
  });

  it.each([
    ['renderer/src/planted.ts', "import { hallContract } from '../../shared/api/contract';\nexport const x = hallContract;"],
    ['db/planted.ts', "import { maskName } from '../shared/domain/masking';\nexport const x = maskName;"],
    ['electron/core/planted.ts', "import { openHallStore } from '../../db/hall/open';\nimport { readFileSync } from 'node:fs';\nexport const x = [openHallStore, readFileSync];"],
    ['electron/main/planted.ts', "import { app } from 'electron';\nimport { createHall } from '../core/hall';\nexport const x = [app, createHall];"],
  ])('%s: an allowed import passes', async (file, code) => {
    expect(await brokenRules(file, code)).toEqual([]);
  });
});
