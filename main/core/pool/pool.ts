// A small pool of worker threads for CPU-heavy import parsing, so the thread answering requests never waits on it.
// Jobs queue per free worker; cancelling a running job ends its thread (parsers cannot be interrupted) and the
// slot starts a fresh one on the next job. Idle threads do not keep the process alive and end after a minute.
import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { AppError } from '../errors';
import { startWorker, toUrl, workerScript } from './start';
import type { JobName, JobArgs, JobResult } from './jobs';
import type { JobResponse, PoolRequest } from './protocol';

export function cancelledError(): AppError {
  return new AppError('import.cancelled', 'The import was cancelled; nothing was changed.');
}

export interface RunOptions {
  signal?: AbortSignal;
  /** ArrayBuffers to move (not copy) into the worker, e.g. a file's bytes. */
  transfer?: ArrayBuffer[];
}

interface Job {
  req: PoolRequest & { type: 'run' };
  transfer: ArrayBuffer[];
  /** A streamed result being received: its value and the array its slices are appended to. */
  streaming?: { value: Record<string, unknown>; items: unknown[] };
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker | null;
  job: Job | null;
  idleTimer?: NodeJS.Timeout;
}

export interface PoolOptions {
  size?: number;
  script?: string | URL;
  idleMs?: number;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private readonly script: URL;
  private readonly idleMs: number;
  private nextId = 1;

  constructor(opts: PoolOptions = {}) {
    const size = opts.size ?? Math.min(2, Math.max(1, availableParallelism() - 1));
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({ worker: null, job: null }));
    this.script = toUrl(opts.script ?? workerScript(import.meta.url, 'worker.ts', 'pool-worker.js'));
    this.idleMs = opts.idleMs ?? 60_000;
  }

  /** Threads currently started (for tests and diagnostics). */
  get started(): number {
    return this.slots.filter((s) => s.worker).length;
  }

  run<J extends JobName>(job: J, args: JobArgs<J>, opts: RunOptions = {}): Promise<JobResult<J>> {
    if (opts.signal?.aborted) return Promise.reject(cancelledError());
    return new Promise<unknown>((resolve, reject) => {
      const j: Job = { req: { type: 'run', id: this.nextId++, job, args }, transfer: opts.transfer ?? [], resolve, reject, signal: opts.signal };
      if (opts.signal) {
        j.onAbort = () => this.cancel(j);
        opts.signal.addEventListener('abort', j.onAbort, { once: true });
      }
      this.queue.push(j);
      this.pump();
    }) as Promise<JobResult<J>>;
  }

  /** Starts every thread now, so the first import does not pay for loading the parsers. */
  async warm(): Promise<void> {
    await Promise.all(this.slots.map(() => this.run('html.sanitise', ['<p>warm</p>'])));
  }

  /** Ends every thread; queued and running jobs fail as cancelled. */
  async close(): Promise<void> {
    for (const j of this.queue.splice(0)) this.settle(j, cancelledError());
    await Promise.all(
      this.slots.map(async (s) => {
        if (s.job) this.settle(s.job, cancelledError());
        s.job = null;
        const w = s.worker;
        s.worker = null;
        clearTimeout(s.idleTimer);
        if (w) await w.terminate();
      }),
    );
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || !this.queue.length) continue;
      const j = this.queue.shift()!;
      clearTimeout(slot.idleTimer);
      slot.job = j;
      const w = this.ensure(slot);
      w.ref();
      w.postMessage(j.req, j.transfer);
    }
  }

  private ensure(slot: Slot): Worker {
    if (slot.worker) return slot.worker;
    const w = startWorker(this.script);
    slot.worker = w;
    w.on('message', (msg: JobResponse) => {
      const j = slot.job;
      if (!j || j.req.id !== msg.id) return;
      if (msg.type === 'result' && msg.more) {
        const items: unknown[] = [];
        const value = msg.value as Record<string, unknown>;
        value[msg.more.key] = items;
        j.streaming = { value, items };
        w.postMessage({ type: 'next', id: msg.id } satisfies PoolRequest);
        return;
      }
      if (msg.type === 'part') {
        for (const x of msg.items) j.streaming!.items.push(x);
        if (!msg.last) {
          w.postMessage({ type: 'next', id: msg.id } satisfies PoolRequest);
          return;
        }
      }
      this.done(slot);
      if (msg.type === 'error') this.settle(j, new AppError(msg.error.code, msg.error.message, msg.error.params));
      else this.settle(j, null, msg.type === 'part' ? j.streaming!.value : msg.value);
    });
    const fail = (reason: string) => {
      if (slot.worker !== w) return;
      slot.worker = null;
      const j = slot.job;
      slot.job = null;
      if (j) this.settle(j, new AppError('import.workerCrashed', `The import stopped unexpectedly: ${reason}`, { reason }));
      this.pump();
    };
    w.on('error', (err) => fail(err instanceof Error ? err.message : String(err)));
    w.on('exit', (code) => fail(`exit code ${code}`));
    w.unref();
    return w;
  }

  /** The slot's job finished: free the slot, let the thread idle (unref'd) and take the next job. */
  private done(slot: Slot): void {
    slot.job = null;
    const w = slot.worker;
    if (w) {
      w.unref();
      clearTimeout(slot.idleTimer);
      slot.idleTimer = setTimeout(() => {
        if (slot.worker === w && !slot.job) {
          slot.worker = null;
          void w.terminate();
        }
      }, this.idleMs);
      slot.idleTimer.unref();
    }
    this.pump();
  }

  private cancel(j: Job): void {
    const q = this.queue.indexOf(j);
    if (q >= 0) {
      this.queue.splice(q, 1);
      this.settle(j, cancelledError());
      return;
    }
    const slot = this.slots.find((s) => s.job === j);
    if (!slot) return;
    const w = slot.worker;
    slot.worker = null;
    slot.job = null;
    this.settle(j, cancelledError());
    if (w) void w.terminate();
    this.pump();
  }

  private settle(j: Job, err: unknown, value?: unknown): void {
    if (j.onAbort) j.signal?.removeEventListener('abort', j.onAbort);
    if (err) j.reject(err);
    else j.resolve(value);
  }
}

let shared: WorkerPool | null = null;
/** The app's one import pool (created on first use; threads start on the first job). */
export function importPool(): WorkerPool {
  return (shared ??= new WorkerPool());
}
