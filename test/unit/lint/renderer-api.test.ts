// The renderer's data-access rule bites: a component that imports `api` (or reaches window.api) fails lint, a
// feature's use… module does not, and the renderer as it stands has no such call outside those modules; the
// renderer is laid out by feature, each with its hook module.
import { describe, it, expect } from 'vitest';
import { ESLint } from 'eslint';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

/** The data-access rule's messages for `code` linted as if it were the file at `path` (relative to the root). */
async function apiErrors(code: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const CALLING = `import { api, call } from '../../lib/api';
export const open = (projectId: string) => call(api.translate.open({ projectId }));
`;

describe('renderer: only a feature use… module calls the api', () => {
  it('a component importing api fails lint', async () => {
    const errors = await apiErrors(CALLING, 'renderer/src/features/translate/Grid.tsx');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/use… module/);
  });

  it('an aliased or namespace import, a ui/ piece and window.api fail too', async () => {
    expect(await apiErrors(`import { api as a } from '../../lib/api';\nexport const x = a;\n`, 'renderer/src/features/mt/X.tsx')).toHaveLength(1);
    expect(await apiErrors(`import * as A from '../lib/api';\nexport const x = A;\n`, 'renderer/src/ui/X.tsx')).toHaveLength(1);
    expect(await apiErrors(`export const x = (window as unknown as { api: unknown }).api;\n`, 'renderer/src/App.tsx')).toHaveLength(1);
    expect(await apiErrors(`export const x = window.api;\n`, 'renderer/src/features/library/X.ts')).toHaveLength(1);
  });

  it("the feature's use… module and the api module may call it; call and ApiError stay free for components", async () => {
    expect(await apiErrors(CALLING, 'renderer/src/features/translate/useTranslate.ts')).toEqual([]);
    expect(await apiErrors(`export const x = (window as unknown as { api: unknown }).api;\n`, 'renderer/src/lib/api.ts')).toEqual([]);
    expect(await apiErrors(`import { ApiError, call } from '../../lib/api';\nexport const x = [ApiError, call];\n`, 'renderer/src/features/library/X.tsx')).toEqual([]);
  });

  it('the renderer as it stands calls the api only from use… modules', async () => {
    const results = await eslint.lintFiles(['renderer/src']);
    const hits = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => `${r.filePath.replace(ROOT + '/', '')}:${m.line}`),
    );
    expect(hits).toEqual([]);
  }, 60_000);
});

describe('renderer layout: by feature', () => {
  const FEATURES = join(ROOT, 'renderer/src/features');

  it('has no flat components/ or views/ folder', () => {
    expect(existsSync(join(ROOT, 'renderer/src/components'))).toBe(false);
    expect(existsSync(join(ROOT, 'renderer/src/views'))).toBe(false);
  });

  it('every feature folder has its use… hook module', () => {
    const features = readdirSync(FEATURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(features).toEqual(expect.arrayContaining(['library', 'editor', 'quotes', 'translate', 'mt', 'export', 'settings']));
    const without = features.filter((f) => !readdirSync(join(FEATURES, f)).some((n) => /^use[A-Z]\w*\.ts$/.test(n)));
    expect(without).toEqual([]);
  });
});
