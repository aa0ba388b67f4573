// Finding and starting a worker-thread script, the one way for every worker (MT, import pool): from source via tsx,
// from a build as its own bundle entry next to the bundled main file.
//
//   - from source (the caller is a .ts file, i.e. tsx / vitest): `sourceName` next to the caller, started through
//     tsx's tsImport() because Node 20 workers do not inherit the parent's TypeScript loader;
//   - in a build: `bundleName` next to the bundle entry. electron-vite and tools/build-cli.mjs emit each worker as
//     its own entry (out/main/<name>.js, out/cli/<name>.js); code split into a `chunks/` folder looks one level up.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The worker script for a caller at `here` (its import.meta.url). */
export function workerScript(here: string, sourceName: string, bundleName: string): URL {
  // The path, not the URL: inside the domain worker (main/domain-thread.ts) tsx's tsImport adds a ?tsx-namespace query.
  if (new URL(here).pathname.endsWith('.ts')) return new URL(sourceName, here);
  // Names in variables so a bundler does not try to resolve `new URL('literal', import.meta.url)` as an asset.
  const inChunks = /\/chunks\/[^/]*$/.test(new URL(here).pathname);
  return new URL((inChunks ? '../' : '') + bundleName, here);
}

export function toUrl(script: string | URL): URL {
  if (script instanceof URL) return script;
  return /^file:/.test(script) ? new URL(script) : pathToFileURL(script);
}

/** Any script ending in .ts goes through tsx; anything else is started as a plain ES module worker. */
export function startWorker(script: URL, workerData?: unknown): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData });
  const require = createRequire(import.meta.url);
  const tsxApi = pathToFileURL(join(dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const target = JSON.stringify(script.href);
  const code = `import(${JSON.stringify(tsxApi)}).then((m) => m.tsImport(${target}, ${target}));`;
  return new Worker(code, { eval: true, workerData });
}
