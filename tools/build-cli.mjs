#!/usr/bin/env node
// Bundles the headless CLI to out/cli/redaksi.js (ESM, our code in one file, npm packages imported from
// node_modules) plus its worker threads (MT, import pool), so `npx redaksi` starts with plain Node: no tsx, no TypeScript at run time.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
await build({
  absWorkingDir: ROOT,
  entryPoints: { redaksi: 'main/cli.ts', 'mt-worker': 'main/core/mt/worker.ts', 'pool-worker': 'main/core/pool/worker.ts' },
  outdir: 'out/cli',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // Chunks keep each command's npm imports inside that command's chunk, so they load only when it runs.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // main/core/pool/start.ts finds <worker>.js beside the bundle (one level up from chunks/); never inlined as an asset.
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
chmodSync(resolve(ROOT, 'out/cli/redaksi.js'), 0o755);
console.log('out/cli/redaksi.js');
