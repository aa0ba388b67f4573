// docs/architecture.md's import graphs are generated from the code: this fails when an import between layers or
// core capabilities changed and `npm run docs:graph` was not run (so the picture never drifts from the code).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, ['tools/import-graph.mjs', ...args], { cwd: root, encoding: 'utf8' });

describe('docs/architecture.md import graphs', () => {
  it('match the imports in the code (else: npm run docs:graph)', () => {
    const r = run('--check');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('show the layers and core capabilities the code has, with edges that exist', () => {
    const doc = readFileSync(`${root}docs/architecture.md`, 'utf8');
    // Every layer of tools/layers.mjs is a node; the renderer's only arrow goes to the model.
    for (const layer of ['model', 'core', 'handlers', 'cli', 'entry', 'bridge', 'renderer']) expect(doc).toMatch(new RegExp(`^  ${layer}\\["`, 'm'));
    expect(doc).toMatch(/^ {2}core --> model$/m);
    expect(doc.match(/^ {2}renderer --> \w+$/gm)).toEqual(['  renderer --> model']);
    // Nothing below core points up.
    expect(doc).not.toMatch(/^ {2}(model|core) --> (core|handlers|cli|entry|renderer|bridge)$/m);
    // A capability edge known from the code: translation reads the translation memory.
    expect(doc).toMatch(/^ {2}cap_translate --> cap_tm$/m);
  });
});
