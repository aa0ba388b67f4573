// Lint rules, including the process-boundary rule: no Node/Electron in renderer/, no Electron in main/core/.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import layering from './tools/eslint-layering.mjs';

const nodeModules = ['node:*', 'fs', 'fs/*', 'path', 'child_process', 'os', 'crypto', 'http', 'net', 'worker_threads'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeModules, 'electron'], message: 'renderer/ runs without Node: use window.api.' },
            { group: ['**/main/**'], message: 'renderer/ must not import main/ code: go through the contract.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'electron/*'], message: 'main/core/ is pure Node: no electron.' }] },
      ],
    },
  },
  // ── Layering (issue 15), VS Code style: model (preload/contract) ← core (main/core) ← handlers/cli ← entry (main/*.ts);
  // bridge (preload/) and renderer ← model only. The table is tools/layers.mjs; test/unit/lint/layering.test.ts proves
  // a forbidden import fails. Its own rule name, so it adds to (never replaces) the no-restricted-imports blocks above.
  {
    files: ['main/**/*.{ts,tsx,mts,js,mjs}', 'preload/**/*.{ts,tsx,mts,js,mjs}', 'renderer/**/*.{ts,tsx,mts,js,mjs}'],
    plugins: { layering },
    rules: { 'layering/layers': ['error', { root: import.meta.dirname }] },
  },
);
