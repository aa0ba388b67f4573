// "Import XLIFF…": takes a file back from another CAT tool into a translation project and reports what changed.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportProjectInfo } from '../../../../preload/contract/export';
import type { Res } from '../../../../preload/contract';
import { exportCalls } from './useExport';
import { errorText } from '../../lib/i18n';
import { fileToBase64 } from '../../lib/files';
import { ImportProgress } from '../../ui/ImportProgress';
import { useImportTask } from '../tasks/useTasks';
import { LANG_KEY } from '../../ui/keys';
import type { XliffRejectReason } from '../../../../preload/contract/export';

/** Reasons whose detail is the file's target text (shown to compare with the translation kept). */
const TEXT_DETAIL = new Set<XliffRejectReason>(['newer-here', 'conflict']);
import { XLIFF_REASON_KEY } from './keys';

type ImportResult = Res<'export.importXliff'>;
const MAX_BYTES = 25 * 1024 * 1024;

export function ExportXliffImport({ projects, onImported }: { projects: ExportProjectInfo[]; onImported: () => void }) {
  const { t } = useTranslation('export');
  const input = useRef<HTMLInputElement>(null);
  const [projectId, setProjectId] = useState(projects[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<(ImportResult & { name: string }) | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { task, begin, end } = useImportTask();

  if (!projects.length) return null;
  const project = projects.find((p) => p.id === projectId) ?? projects[0];

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setResult(null);
    if (file.size > MAX_BYTES) {
      setError(t('xliff.tooLarge', { name: file.name }));
      return;
    }
    setBusy(true);
    try {
      const dataBase64 = await fileToBase64(file);
      const r = await exportCalls.importXliff({ projectId: project.id, name: file.name.slice(0, 260), dataBase64, taskId: begin() });
      setResult({ ...r, name: file.name });
      if (r.changed.length) onImported();
    } catch (err) {
      setError(err);
    } finally {
      end();
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="export-xliff" aria-labelledby="export-xliff-h">
      <h2 id="export-xliff-h">{t('xliff.heading')}</h2>
      <p className="hint">{t('xliff.hint')}</p>
      <div className="export-row">
        {projects.length > 1 && (
          <label>
            {t('xliff.project')}{' '}
            <select value={project.id} onChange={(e) => setProjectId(e.target.value)} data-testid="xliff-project">
              {projects.map((p) => (
                <option key={p.id} value={p.id}>
                  {t(LANG_KEY[p.sourceLang])} → {t(LANG_KEY[p.targetLang])}
                </option>
              ))}
            </select>
          </label>
        )}
        <button onClick={() => input.current?.click()} disabled={busy} data-testid="xliff-import">
          {busy ? t('xliff.importing') : t('xliff.import')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".xlf,.xliff,.xml,application/xliff+xml"
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="xliff-file"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      <ImportProgress task={task} />
      {error !== null && (
        <p className="banner error" role="alert" data-testid="xliff-error">
          {typeof error === 'string' ? error : errorText(t, error)}
        </p>
      )}
      {result && (
        <div className="export-xliff-result" role="status" data-testid="xliff-result">
          <p>
            {result.changed.length
              ? t('xliff.changed', { targets: result.targets, states: result.states, segments: result.segments, name: result.name })
              : t('xliff.unchanged', { name: result.name })}
          </p>
          {result.rejected.length > 0 && (
            <>
              <p className="export-warn-text">{t('xliff.rejected', { count: result.rejected.length })}</p>
              <table className="export-table" data-testid="xliff-rejected">
                <thead>
                  <tr>
                    <th>{t('xliff.col.segment')}</th>
                    <th>{t('xliff.col.reason')}</th>
                    <th>{t('xliff.col.detail')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rejected.map((r) => (
                    <tr key={r.segmentId}>
                      <td>{r.number ?? r.segmentId}</td>
                      <td>{t(XLIFF_REASON_KEY[r.reason])}</td>
                      {/* The file's text where ours was kept; the other details are the CLI's English words. */}
                      <td>{TEXT_DETAIL.has(r.reason) ? r.detail : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </section>
  );
}
