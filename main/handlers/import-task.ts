// Runs an import handler as a cancellable task when the call names one ('task.progress' events, 'tasks.cancel').
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppContext } from '../context';
import { cancelledError } from '../core/pool';

export type Progress = (done: number, total: number, stage?: 'parse' | 'save') => void;

export function importTask<T>(ctx: AppContext, taskId: string | undefined, fn: (signal: AbortSignal | undefined, progress: Progress) => Promise<T>): Promise<T> {
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
