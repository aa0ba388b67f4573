// Starts the MT worker thread on demand and turns its messages into promises (with cancel and crash handling).
//
// The worker script is ./worker.ts from source and mt-worker.js in a build (see main/core/pool/start.ts);
// pass `script` to override.
import type { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { startWorker, toUrl, workerScript } from '../pool/start';
import { AppError } from '../errors';
import { cancelledError, throwIfCancelled } from './cancel';
import type { WorkerResponse, WorkerTranslateRequest } from './worker-protocol';

export interface WorkerClientOptions {
  /** Worker script path or file URL; see the header comment for the default. */
  script?: string | URL;
}

export function defaultWorkerScript(): URL {
  return workerScript(import.meta.url, 'worker.ts', 'mt-worker.js');
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
