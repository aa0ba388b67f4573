// Starts the MT worker thread on demand and turns its messages into promises (with cancel and crash handling).
//
// How the worker script is found (pass `script` to override):
//   - from source (this file is a .ts, i.e. tsx / vitest): ./worker.ts next to this file, started through
//     tsx's tsImport() because Node 20 workers do not inherit the parent's TypeScript loader;
//   - in a build: `mt-worker.js` next to the bundled main file. electron-vite must emit it as a separate
//     main-process entry: rollupOptions.input = { index: 'main/index.ts', 'mt-worker': 'main/core/mt/worker.ts' }.
// Any path/URL ending in .ts goes through tsx; anything else is started as a plain ES module worker.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppError } from '../errors';
import { cancelledError, throwIfCancelled } from './cancel';
import type { WorkerResponse, WorkerTranslateRequest } from './worker-protocol';

export interface WorkerClientOptions {
  /** Worker script path or file URL; see the header comment for the default. */
  script?: string | URL;
}

export function defaultWorkerScript(): URL {
  const here = import.meta.url;
  // Names in variables so a bundler does not try to resolve `new URL('literal', import.meta.url)` as an asset. The path,
  // not the URL: inside the domain worker tsx's tsImport adds a ?tsx-namespace query to every module URL.
  const name = new URL(here).pathname.endsWith('.ts') ? 'worker.ts' : 'mt-worker.js';
  return new URL(name, here);
}

function toUrl(script: string | URL): URL {
  if (script instanceof URL) return script;
  return /^file:/.test(script) ? new URL(script) : pathToFileURL(script);
}

function startWorker(script: URL): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script);
  const require = createRequire(import.meta.url);
  const tsxApi = pathToFileURL(join(dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const target = JSON.stringify(script.href);
  const code = `import(${JSON.stringify(tsxApi)}).then((m) => m.tsImport(${target}, ${target}));`;
  return new Worker(code, { eval: true });
}

interface Pending {
  resolve: (texts: string[]) => void;
  reject: (err: unknown) => void;
}

export class MtWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly script: URL;

  constructor(opts: WorkerClientOptions = {}) {
    this.script = toUrl(opts.script ?? defaultWorkerScript());
  }

  /** The resolved worker script, for diagnostics. */
  get scriptPath(): string {
    return fileURLToPath(this.script);
  }

  get running(): boolean {
    return this.worker !== null;
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = startWorker(this.script);
    w.on('message', (msg: WorkerResponse) => {
      const p = this.pending.get(msg.id);
      if (!p) return; // cancelled: the late answer is dropped
      this.pending.delete(msg.id);
      if (msg.type === 'result') p.resolve(msg.texts);
      else p.reject(new AppError(msg.error.code, msg.error.message, msg.error.params));
    });
    const fail = (reason: string) => {
      if (this.worker !== w) return;
      this.worker = null;
      const err = new AppError('mt.worker.crashed', `The translation worker stopped: ${reason}`, { reason });
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    w.on('error', (err) => fail(err instanceof Error ? err.message : String(err)));
    w.on('exit', (code) => fail(`exit code ${code}`));
    // Do not keep the CLI (or a test) alive just because a model is loaded and idle.
    w.unref();
    this.worker = w;
    return w;
  }

  /**
   * Sends one batch. On abort the promise rejects at once with 'mt.cancelled'; the worker finishes the batch
   * it is on (ONNX runs cannot be interrupted) and its answer is dropped.
   */
  translate(req: Omit<WorkerTranslateRequest, 'type' | 'id'>, signal?: AbortSignal): Promise<string[]> {
    throwIfCancelled(signal);
    const w = this.ensure();
    const id = this.nextId++;
    return new Promise<string[]>((resolve, reject) => {
      const onAbort = () => {
        if (this.pending.delete(id)) reject(cancelledError());
      };
      this.pending.set(id, {
        resolve: (t) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(t);
        },
        reject: (e) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      // ref while work is outstanding so the process waits for the answer
      w.ref();
      w.postMessage({ ...req, type: 'translate', id } satisfies WorkerTranslateRequest);
    }).finally(() => {
      if (this.pending.size === 0) this.worker?.unref();
    });
  }

  /** Ends the worker (and unloads its models); pending calls reject with 'mt.cancelled'. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    for (const p of this.pending.values()) p.reject(cancelledError());
    this.pending.clear();
    if (w) await w.terminate();
  }
}
