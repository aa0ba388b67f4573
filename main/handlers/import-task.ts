// Runs an import handler as a cancellable task when the call names one ('task.progress' events, 'tasks.cancel').
import type { AppContext } from '../context';

export type Progress = (done: number, total: number, stage?: 'parse' | 'save') => void;

export function importTask<T>(ctx: AppContext, taskId: string | undefined, fn: (signal: AbortSignal | undefined, progress: Progress) => Promise<T>): Promise<T> {
  if (!taskId) return fn(undefined, () => {});
  return ctx.tasks.run(taskId, (signal, progress) => fn(signal, progress));
}
