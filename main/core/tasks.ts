// Long-running work (pre-translate, batch export): progress events and cancellation by task id.
import { setTimeout as sleep } from 'node:timers/promises';
import { cancelledError } from './pool/pool';

export interface TaskProgress {
  taskId: string;
  done: number;
  total: number;
  label?: string;
}

export class TaskRegistry {
  private running = new Map<string, AbortController>();

  constructor(private readonly report: (p: TaskProgress) => void) {}

  /** Runs fn with an AbortSignal and a progress reporter; the task can be cancelled by id meanwhile. */
  async run<T>(
    taskId: string,
    fn: (signal: AbortSignal, progress: (done: number, total: number, label?: string) => void) => Promise<T>,
  ): Promise<T> {
    this.running.get(taskId)?.abort();
    const ctrl = new AbortController();
    this.running.set(taskId, ctrl);
    try {
      return await fn(ctrl.signal, (done, total, label) => this.report({ taskId, done, total, label }));
    } finally {
      if (this.running.get(taskId) === ctrl) this.running.delete(taskId);
    }
  }

  cancel(taskId: string): boolean {
    const c = this.running.get(taskId);
    c?.abort();
    return !!c;
  }
}

export type StagedProgress = (done: number, total: number, stage?: 'parse' | 'save') => void;

/** Runs an import as a cancellable task when the call names one ('task.progress' events, 'tasks.cancel'). */
export function importTask<T>(
  ctx: { tasks: TaskRegistry; harness: boolean; importDelayMs?: number },
  taskId: string | undefined,
  fn: (signal: AbortSignal | undefined, progress: StagedProgress) => Promise<T>,
): Promise<T> {
  if (!taskId) return fn(undefined, () => {});
  return ctx.tasks.run(taskId, async (signal, progress) => {
    // Harness only: a test's file stays "being read" this long, so Cancel lands mid-import however fast the machine.
    if (ctx.harness && ctx.importDelayMs) {
      progress(0, 1, 'parse');
      await sleep(ctx.importDelayMs, undefined, { signal }).catch(() => {
        throw cancelledError();
      });
    }
    return fn(signal, progress);
  });
}
