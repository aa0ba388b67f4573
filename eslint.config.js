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
  // Renderer data access (issue 15): only a feature's use… module (renderer/src/features/<feature>/use*.ts) and the
  // api module itself talk to window.api; components, views, extensions and ui/ go through those hooks. Written as
  // no-restricted-syntax so it adds to, and never replaces, the no-restricted-imports rules above.
  // test/unit/lint/renderer-api.test.ts proves it bites.
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/features/*/use*.ts', 'renderer/src/lib/api.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value=/(^|\\/)lib\\/api$/] > ImportSpecifier[imported.name='api']",
          message: "Only a feature's use… module calls the api: add the call to features/<feature>/use<Feature>.ts and use it from there.",
        },
        {
          selector: "ImportDeclaration[source.value=/(^|\\/)lib\\/api$/] > ImportNamespaceSpecifier",
          message: "Only a feature's use… module calls the api: add the call to features/<feature>/use<Feature>.ts and use it from there.",
        },
        {
          selector: "MemberExpression[property.name='api']:matches([object.name='window'], [object.name='globalThis'], [object.expression.name='window'], [object.expression.expression.name='window'])",
          message: "Only a feature's use… module calls the api: add the call to features/<feature>/use<Feature>.ts and use it from there.",
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
  // ---- Thin handlers (issue 15) ----------------------------------------------------------------------------------
  // A handler is a one-line adapter from a validated request to a core function: it never imports another handler
  // (shared code lives in main/core) and keeps no lock, cache or service of its own (those are core/services.ts and
  // core/translate/project-lock.ts). Only index.ts, the registry, imports the handler files.
  // This uses the typescript-eslint twin of no-restricted-imports so it cannot be overridden by (or override) a
  // layering block that configures the core rule for the same files: two flat-config blocks setting one rule do
  // not merge, the later one replaces the earlier.
  {
    files: ['main/handlers/**/*.ts'],
    ignores: ['main/handlers/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['./*', '../handlers', '../handlers/*', '**/main/handlers/*'],
              message: 'A handler must not import another handler: move the shared code into main/core.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='service']",
          message: 'Handlers hold no services: add an accessor to main/core/services.ts and call that.',
        },
        {
          selector: "Program > VariableDeclaration NewExpression[callee.name=/^(Map|WeakMap|Set|WeakSet)$/]",
          message: 'Handlers hold no module-level state (locks, caches): it belongs in main/core.',
        },
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
