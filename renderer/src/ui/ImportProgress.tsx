// Progress and a Cancel button for a long import: the call names a task id, main reports 'task.progress' on it
// (stage "parse" while a worker reads the file, "save" while it is stored) and 'tasks.cancel' stops the reading.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api';

interface Task {
  id: string;
  done: number;
  total: number;
  stage: string;
}

/** The running import's task (null when none); `begin` names a new one, `end` forgets it. */
export function useImportTask() {
  const [task, setTask] = useState<Task | null>(null);
  useEffect(
    () =>
      api.on('task.progress', (p) =>
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

/** Shown once an import has run for half a second; quick imports never flash it. */
export function ImportProgress({ task }: { task: Task | null }) {
  const { t } = useTranslation('common');
  const [shown, setShown] = useState(false);
  const id = task?.id;
  useEffect(() => {
    setShown(false);
    if (!id) return;
    const h = setTimeout(() => setShown(true), 500);
    return () => clearTimeout(h);
  }, [id]);
  if (!task || !shown) return null;
  const saving = task.stage === 'save';
  return (
    <div className="import-progress" role="status" aria-live="polite" data-testid="import-progress">
      {/* No value while a worker reads the file: how far it is cannot be known, so the bar is indeterminate. */}
      <progress {...(saving ? { value: task.done, max: Math.max(1, task.total) } : {})} />
      <span>{saving ? t('importProgress.save', { done: task.done, total: task.total }) : t('importProgress.parse')}</span>
      {!saving && (
        <button type="button" onClick={() => void api.tasks.cancel({ taskId: task.id })} data-testid="import-cancel">
          {t('importProgress.cancel')}
        </button>
      )}
    </div>
  );
}
