// Long tasks (imports, batch export, pre-translate): 'task.progress' events from main and Cancel. This module is
// the only one of the feature that talks to the api.
import { useCallback, useEffect, useState } from 'react';
import type { EventPayload } from '../../../../preload/contract';
import { api } from '../../lib/api';

export type TaskProgress = EventPayload<'task.progress'>;

/** Calls `listener` for every progress report of any task; returns the unsubscribe function. */
export function onTaskProgress(listener: (p: TaskProgress) => void): () => void {
  return api.on('task.progress', listener);
}

/** Asks main to stop a running task (fire and forget: the task's own call reports how it ended). */
export function cancelTask(taskId: string): void {
  void api.tasks.cancel({ taskId });
}

export interface ImportTask {
  id: string;
  done: number;
  total: number;
  stage: string;
}

/** The running import's task (null when none); `begin` names a new one, `end` forgets it. */
export function useImportTask() {
  const [task, setTask] = useState<ImportTask | null>(null);
  useEffect(
    () =>
      onTaskProgress((p) =>
        setTask((t) => (t && t.id === p.taskId ? { ...t, done: p.done, total: p.total, stage: p.label ?? t.stage } : t)),
      ),
    [],
  );
  const begin = useCallback(() => {
    const id = `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    setTask({ id, done: 0, total: 1, stage: 'parse' });
    return id;
  }, []);
  const end = useCallback(() => setTask(null), []);
  return { task, begin, end };
}
