import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layer table of DESIGN §3, enforced: a file may import only the layers its row allows. A wrong import
 * fails `npm run lint`, which `npm test` runs.
 */
const layer = (target, forbidden, why) =>
  forbidden.map((from) => ({ target, from, message: `${why} (DESIGN §3 layer table)` }));

export const layerZones = [
  ...layer('./shared', ['./db', './electron', './renderer', './server'], 'shared/ imports nothing of ours'),
  ...layer('./db', ['./electron', './renderer', './server'], 'db/ may import only shared/'),
  ...layer('./electron/core', ['./electron/main', './electron/preload', './renderer', './server'], 'the core may import only shared/ and db/'),
  ...layer('./electron/main', ['./renderer', './server'], 'Electron glue may not import the renderer or the county server'),
  ...layer('./electron/preload', ['./renderer', './server', './db', './electron/core'], 'the preload is only the IPC bridge'),
  ...layer('./renderer', ['./db', './electron', './server'], 'the renderer talks only through the contract client in shared/'),
  ...layer('./server', ['./electron', './renderer'], 'the county server may import only shared/ and db/'),
];

const noElectron = {
  paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron (DESIGN §3)' }],
  patterns: [{ group: ['electron/*'], message: 'Only electron/main and electron/preload may import electron (DESIGN §3)' }],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'db/hall/migrations/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    // Resolve extensionless TypeScript imports, or the path zones below would not see them.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Runs anywhere: no Node built-ins, no Electron.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': ['error', noElectron],
    },
  },
  {
    // DOM only: no Node built-ins, no Electron; Electron reaches the page only through the preload bridge.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': ['error', noElectron],
    },
  },
  {
    // Tests read loosely typed JSON from real HTTP and WebSocket peers.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts', 'renderer/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Node, never Electron: every service runs and is tested under plain Node.
    files: ['db/**/*.ts', 'electron/core/**/*.ts', 'server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
);
