// The thin-handler lint bites: a handler importing another handler, or keeping a service, lock or cache, fails lint.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function lint(file: string, code: string) {
  const [r] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return r.messages.map((m) => ({ rule: m.ruleId, line: m.line, message: m.message }));
}

const IMPORT_RULE = '@typescript-eslint/no-restricted-imports';

describe('handlers lint', () => {
  it('refuses a handler importing another handler (./x, ../handlers/x)', async () => {
    const out = await lint(
      'main/handlers/probe.ts',
      "import { translateHandlers } from './translate';\nimport { mtHandlers } from '../handlers/mt';\nexport const x = [translateHandlers, mtHandlers];\n",
    );
    expect(out.filter((m) => m.rule === IMPORT_RULE).map((m) => m.line)).toEqual([1, 2]);
    expect(out[0].message).toMatch(/must not import another handler/);
  });

  it('refuses a service, a module-level lock or a cache held in a handler', async () => {
    const out = await lint(
      'main/handlers/probe.ts',
      [
        "import type { AppContext } from '../context';",
        'const locks = new WeakMap<object, string>();',
        "export const repo = (ctx: AppContext) => ctx.service('x', () => new Map<string, string>());",
        'export const seen = locks;',
      ].join('\n'),
    );
    expect(out.filter((m) => m.rule === 'no-restricted-syntax').map((m) => m.line)).toEqual([2, 3]);
  });

  it('lets the registry import the handlers, and handlers import core', async () => {
    const registry = await lint('main/handlers/index.ts', "import { mtHandlers } from './mt';\nexport const h = { ...mtHandlers };\n");
    expect(registry).toEqual([]);
    const handler = await lint(
      'main/handlers/probe.ts',
      "import { projectRepo } from '../core/services';\nimport type { HandlerMap } from '../core/context';\nexport const h: Partial<HandlerMap> = { 'translate.delete': async (_r, ctx) => (await projectRepo(ctx).delete('x'), { ok: true as const }) };\n",
    );
    expect(handler).toEqual([]);
  });

  it('holds for every handler file today', async () => {
    const results = await eslint.lintFiles(['main/handlers/**/*.ts']);
    expect(results.length).toBeGreaterThanOrEqual(8);
    const bad = results.flatMap((r) => r.messages.map((m) => `${r.filePath.replace(ROOT + '/', '')}:${m.line} ${m.ruleId}`));
    expect(bad).toEqual([]);
  });
});
