// Library batch export: selection checkboxes, and a bar that exports the selected drafts into one zip with progress.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchFormat } from '../../../../preload/contract/export';
import { PUBLISHING_FORMATS } from '../../../../preload/contract/values';
import type { Res } from '../../../../preload/contract';
import { exportCalls } from './useExport';
import { isHarness } from '../settings/useSettings';
import { cancelTask, onTaskProgress } from '../tasks/useTasks';
import { errorText } from '../../lib/i18n';
import { deliverExport } from './ExportDownload';
import './export.css';
import { FORMAT_NAME_KEY } from './keys';

/** What the selection needs of a library row. */
export interface SelectableDraft {
  id: string;
  title: string;
}

export interface ExportSelection {
  ids: ReadonlySet<string>;
  toggle(id: string, on: boolean): void;
  set(ids: string[]): void;
}

export function useExportSelection(): ExportSelection {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((id: string, on: boolean) => {
    setIds((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const set = useCallback((list: string[]) => setIds(new Set(list)), []);
  return useMemo(() => ({ ids, toggle, set }), [ids, toggle, set]);
}

export function ExportSelectAll({ selection, items }: { selection: ExportSelection; items: SelectableDraft[] }) {
  const { t } = useTranslation('export');
  const all = items.length > 0 && items.every((a) => selection.ids.has(a.id));
  const some = !all && items.some((a) => selection.ids.has(a.id));
  return (
    <input
      type="checkbox"
      aria-label={t('batch.selectAll')}
      data-testid="select-all"
      checked={all}
      ref={(el) => {
        if (el) el.indeterminate = some;
      }}
      onChange={(e) => selection.set(e.target.checked ? items.map((a) => a.id) : [])}
    />
  );
}

export function ExportSelectBox({ selection, item }: { selection: ExportSelection; item: SelectableDraft }) {
  const { t } = useTranslation('export');
  return (
    <input
      type="checkbox"
      aria-label={t('batch.select', { title: item.title || t('common:library.untitled') })}
      data-testid={`select-${item.id}`}
      checked={selection.ids.has(item.id)}
      onChange={(e) => selection.toggle(item.id, e.target.checked)}
      onClick={(e) => e.stopPropagation()}
    />
  );
}

type BatchResult = Res<'export.batch'>;
const FORMAT_KEY = 'redaksi.export.batchFormat';

export function ExportBatchBar({ selection, items, onDone }: { selection: ExportSelection; items: SelectableDraft[]; onDone: () => void }) {
  const { t } = useTranslation('export');
  const [format, setFormat] = useState<BatchFormat>(() => {
    const saved = localStorage.getItem(FORMAT_KEY);
    return (PUBLISHING_FORMATS as readonly string[]).includes(saved ?? '') ? (saved as BatchFormat) : 'docx';
  });
  const [running, setRunning] = useState<{ taskId: string; done: number; total: number; label?: string } | null>(null);
  const [result, setResult] = useState<BatchResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [mark, setMark] = useState(false);
  const taskRef = useRef<string | null>(null);

  useEffect(
    () =>
      onTaskProgress((p) => {
        if (p.taskId !== taskRef.current) return;
        setRunning((r) => (r && r.taskId === p.taskId ? { ...r, done: p.done, total: p.total, label: p.label } : r));
      }),
    [],
  );

  // Only drafts still in the list count (a selected draft may have been trashed meanwhile).
  const ids = items.filter((a) => selection.ids.has(a.id)).map((a) => a.id);
  if (!ids.length && !running && !result && error === null) return null;

  const start = async () => {
    const taskId = `export-batch-${Date.now().toString(36)}`;
    taskRef.current = taskId;
    setResult(null);
    setError(null);
    setRunning({ taskId, done: 0, total: ids.length });
    try {
      const r = await exportCalls.batch({ ids, format, taskId, markExported: mark });
      setResult(r);
      if (r.path) await deliverExport(r, isHarness);
      setMark(false);
      if (!r.cancelled) selection.set([]);
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      taskRef.current = null;
      setRunning(null);
    }
  };

  const cancel = () => {
    if (running) cancelTask(running.taskId);
  };

  return (
    <div className="export-batch" data-testid="batch-bar">
      {ids.length > 0 && !running && (
        <div className="export-row">
          <span>{t('batch.selected', { count: ids.length })}</span>
          <label>
            {t('batch.format')}{' '}
            <select
              value={format}
              data-testid="batch-format"
              onChange={(e) => {
                setFormat(e.target.value as BatchFormat);
                localStorage.setItem(FORMAT_KEY, e.target.value);
              }}
            >
              {PUBLISHING_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(FORMAT_NAME_KEY[f])}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={mark} onChange={(e) => setMark(e.target.checked)} data-testid="batch-mark" />{' '}
            {t('markAsExported')}
          </label>
          <button className="primary" onClick={() => void start()} data-testid="batch-export">
            {t('batch.export')}
          </button>
          <button onClick={() => selection.set([])}>{t('batch.clear')}</button>
        </div>
      )}
      {running && (
        <div className="export-row" role="status" aria-live="polite">
          <progress value={running.done} max={Math.max(1, running.total)} data-testid="batch-progress" />
          <span data-testid="batch-progress-text">
            {t('batch.progress', { done: running.done, total: running.total })}
            {running.label ? ` — ${running.label}` : ''}
          </span>
          <button onClick={cancel} data-testid="batch-cancel">
            {t('batch.cancel')}
          </button>
        </div>
      )}
      {result && (
        <div className="export-row" role="status" data-testid="batch-result">
          <span>
            {result.cancelled
              ? t('batch.cancelled')
              : t('batch.done', { count: result.files.length, file: result.path || result.fileName })}
          </span>
          {!result.cancelled && result.path && (
            <button onClick={() => exportCalls.showInFolder({ path: result.path }).catch(setError)} data-testid="batch-reveal">
              {t('showInFolder')}
            </button>
          )}
          <button onClick={() => setResult(null)}>{t('common:dismiss')}</button>
        </div>
      )}
      {result && result.failed.length > 0 && (
        <ul className="export-failed" role="alert" data-testid="batch-failed">
          {result.failed.map((f) => (
            <li key={f.id}>
              <strong>{f.title || f.id}</strong>: {errorText(t, f)}
            </li>
          ))}
        </ul>
      )}
      {error !== null && (
        <p className="banner error" role="alert">
          {errorText(t, error)}
        </p>
      )}
    </div>
  );
}
