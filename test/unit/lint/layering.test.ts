// The layering lint bites: ESLint run with the repository's own config refuses each forbidden import and passes
// the allowed ones (model ← core ← handlers/cli ← entry; bridge and renderer ← model).
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** Lints `import { x } from spec` (x then used) as if it were the file at `filePath`. */
async function lint(filePath: string, spec: string, form: 'import' | 'import type' | 'export' | 'dynamic' = 'import') {
  const code =
    form === 'export'
      ? `export { x } from '${spec}';\n`
      : form === 'dynamic'
        ? `export const y = () => import('${spec}');\n`
        : `${form} { x } from '${spec}';\nexport const y: unknown = ${form === 'import type' ? 'null as unknown as x' : 'x'};\n`;
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const layering = (msgs: string[]) => msgs.filter((m) => m.startsWith('layering/layers') || m.startsWith('no-restricted-imports'));

describe('layering lint: forbidden imports fail', () => {
  it.each([
    ['main/core/tm/x.ts', '../../handlers/articles', 'core must not import handlers'],
    ['main/core/tm/x.ts', '../../cli/args', 'core must not import cli'],
    ['main/core/x.ts', '../dispatch', 'core must not import entry'],
    ['main/core/tm/x.ts', '../../../renderer/src/App', 'core must not import renderer'],
    ['main/core/tm/x.ts', '../../../preload/build-api', 'core must not import bridge'],
    ['preload/contract/x.ts', '../../main/core/errors', 'model must not import core'],
    ['preload/contract/x.ts', '../../main/handlers/articles', 'model must not import handlers'],
    ['preload/contract/x.ts', '../../renderer/src/lib/api', 'model must not import renderer'],
    ['preload/contract/x.ts', '../build-api', 'model must not import bridge'],
    ['main/handlers/x.ts', '../cli/args', 'handlers must not import cli'],
    ['main/handlers/x.ts', '../ipc', 'handlers must not import entry'],
    ['main/cli/x.ts', '../handlers/articles', 'cli must not import handlers'],
    ['main/cli/x.ts', '../domain', 'cli must not import entry'],
    ['renderer/src/features/x.tsx', '../../../main/core/errors', 'renderer must not import core'],
    ['renderer/src/x.ts', '../../main/handlers', 'renderer must not import handlers'],
    ['renderer/src/x.ts', '../../preload/build-api', 'renderer must not import bridge'],
    ['preload/index.ts', '../main/core/errors', 'bridge must not import core'],
  ])('%s importing %s', async (file, spec, expected) => {
    for (const form of ['import', 'export', 'dynamic'] as const) {
      // (the renderer's older no-restricted-imports block refuses main/ as well: only the layering rule counts here)
      const msgs = (await lint(file, spec, form)).filter((m) => m.startsWith('layering/layers'));
      expect(msgs, `${form} in ${file}`).toHaveLength(1);
      expect(msgs[0]).toContain(`layering/layers: ${expected}`);
    }
  });

  it('a type-only import across layers is refused too', async () => {
    expect(layering(await lint('main/core/tm/x.ts', '../../handlers/articles', 'import type'))).toEqual([
      expect.stringContaining('layering/layers: core must not import handlers'),
    ]);
    expect(layering(await lint('main/handlers/x.ts', '../dispatch', 'import type'))).toEqual([
      expect.stringContaining('layering/layers: handlers must not import entry'),
    ]);
  });

  it.each([
    ['main/core/tm/x.ts', 'electron', 'no-restricted-imports'],
    ['preload/contract/x.ts', 'electron', 'layering/layers'],
    ['preload/contract/x.ts', 'node:fs', 'layering/layers'],
    ['preload/index.ts', 'node:fs', 'layering/layers'],
    ['renderer/src/x.ts', 'node:fs', 'no-restricted-imports'],
    ['renderer/src/x.ts', 'electron', 'no-restricted-imports'],
  ])('%s importing the package %s fails (%s)', async (file, spec, rule) => {
    const msgs = layering(await lint(file, spec));
    expect(msgs.length).toBeGreaterThan(0);
    expect(msgs.some((m) => m.startsWith(`${rule}:`))).toBe(true);
  });
});

describe('layering lint: allowed imports pass with no message at all', () => {
  it.each([
    ['main/core/tm/x.ts', '../../../preload/contract/define'],
    ['main/core/tm/x.ts', '../store/data-store'],
    ['main/core/tm/x.ts', 'node:fs'],
    ['preload/contract/x.ts', './define'],
    ['preload/contract/x.ts', 'zod'],
    ['main/handlers/x.ts', '../core/errors'],
    ['main/handlers/x.ts', '../../preload/contract/define'],
    ['main/cli/x.ts', '../core/errors'],
    ['main/x.ts', './handlers/articles'],
    ['main/x.ts', './cli/args'],
    ['main/x.ts', './core/errors'],
    ['preload/index.ts', './contract'],
    ['preload/index.ts', 'electron'],
    ['renderer/src/x.ts', '../../preload/contract/define'],
    ['renderer/src/x.ts', './lib/api'],
  ])('%s importing %s', async (file, spec) => {
    expect(await lint(file, spec)).toEqual([]);
  });
});
