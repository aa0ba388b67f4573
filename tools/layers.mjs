// The layers of the code and which may import which: read by the lint rule (tools/eslint-layering.mjs) and the
// architecture graph (tools/import-graph.mjs), so the rule and the picture in docs/architecture.md never disagree.

/**
 * A file belongs to the first layer whose folder holds it (so main/core/ is core, the rest of main/ is entry).
 * `may` lists the layers it may import besides its own; `packages`, where given, the only npm packages it may import
 * (Node built-ins included: 'node:fs' is a package here). Everything else is a layering error. Electron in core and
 * Node in the renderer are forbidden by the no-restricted-imports blocks of eslint.config.js.
 */
export const LAYERS = [
  {
    name: 'model',
    dir: 'preload/contract',
    may: [],
    packages: ['zod'],
    why: 'the model (zod schemas + inferred types) stands alone: both processes import it',
  },
  { name: 'core', dir: 'main/core', may: ['model'], why: 'domain logic sees only the model: no handler, CLI, entry or Electron' },
  { name: 'handlers', dir: 'main/handlers', may: ['core', 'model'], why: 'handlers adapt one validated request to core' },
  { name: 'cli', dir: 'main/cli', may: ['core', 'model'], why: 'the CLI runs core headless' },
  { name: 'entry', dir: 'main', may: ['handlers', 'cli', 'core', 'model'], why: 'the entry wires everything' },
  { name: 'bridge', dir: 'preload', may: ['model'], packages: ['electron'], why: 'the preload bridge exposes the contract, nothing else' },
  { name: 'renderer', dir: 'renderer', may: ['model'], why: 'the renderer reaches main only through window.api' },
];

/** The layer of a path relative to the repository root ('main/core/tm/memory.ts' → core), or null (tests, tools). */
export function layerOf(relPath) {
  const p = relPath.split('\\').join('/');
  return LAYERS.find((l) => p === l.dir || p.startsWith(`${l.dir}/`)) ?? null;
}
