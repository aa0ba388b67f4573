// Progress and a Cancel button for a long import: the call names a task id, main reports 'task.progress' on it
// (stage "parse" while a worker reads the file, "save" while it is stored) and 'tasks.cancel' stops the reading.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelTask, type ImportTask } from '../features/tasks/useTasks';

/** Shown once an import has run for half a second; quick imports never flash it. */
export function ImportProgress({ task }: { task: ImportTask | null }) {
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
        <button type="button" onClick={() => cancelTask(task.id)} data-testid="import-cancel">
          {t('importProgress.cancel')}
        </button>
      )}
    </div>
  );
}
