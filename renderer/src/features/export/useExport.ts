// Export data: the export context, preview, file name, save, batch, XLIFF import, reveal in folder. The only
// module of the export feature that talks to the api.
import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { Res } from '../../../../preload/contract';
import type { ExportOptionsReq } from '../../../../preload/contract/export';
import { api, unwrap } from '../../lib/api';
import { useDebounced } from '../../lib/useDebounced';
import { isHarness } from '../settings/useSettings';
import { deliverExport } from './ExportDownload';

export const exportCalls = unwrap(api.export, ['batch', 'context', 'fileName', 'importXliff', 'preview', 'save', 'showInFolder']);

export type ExportCtx = Res<'export.context'>;
export type ExportPreview = Res<'export.preview'>;
export type ExportSaved = { path: string; revision: number | null };

/** What there is to export (the article, its projects, whether it has quotes, the default file-name template). */
export function useExportContext(id: string) {
  const [ctx, setCtx] = useState<ExportCtx | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const loadCtx = useCallback(() => exportCalls.context({ id }).then(setCtx, setLoadError), [id]);
  useEffect(() => void loadCtx(), [loadCtx]);
  return { ctx, setCtx, loadError, loadCtx };
}

/** The safe preview for `options` (everything but the file-name template), asked 200 ms after they settle. */
export function useExportPreview(id: string, options: ExportOptionsReq | null, reload: number) {
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const previewKey = useDebounced(options ? JSON.stringify(options) : '', 200);
  useEffect(() => {
    if (!previewKey) return;
    let stale = false;
    setPreviewError(null);
    exportCalls.preview({ id, options: JSON.parse(previewKey) as ExportOptionsReq }).then(
      (p) => !stale && setPreview(p),
      (err) => {
        if (stale) return;
        setPreview(null);
        setPreviewError(err);
      },
    );
    return () => {
      stale = true;
    };
  }, [id, previewKey, reload]);
  return { preview, previewError };
}

/** The live file name: the same options plus the template. */
export function useExportFileName(id: string, options: ExportOptionsReq | null, template: string, reload: number) {
  const [fileName, setFileName] = useState('');
  const [nameError, setNameError] = useState<unknown>(null);
  const nameKey = useDebounced(options ? JSON.stringify({ ...options, fileNameTemplate: template.trim() || undefined }) : '', 120);
  useEffect(() => {
    if (!nameKey) return;
    let stale = false;
    exportCalls.fileName({ id, options: JSON.parse(nameKey) as ExportOptionsReq }).then(
      (r) => {
        if (stale) return;
        setFileName(r.fileName);
        setNameError(null);
      },
      (err) => !stale && setNameError(err),
    );
    return () => {
      stale = true;
    };
  }, [id, nameKey, reload]);
  return { fileName, nameError };
}

/** Saving one export (and delivering the file), the "mark as exported" tick, and "Show in folder". */
export function useExportSave(
  id: string,
  options: ExportOptionsReq | null,
  template: string,
  publishing: boolean,
  setCtx: Dispatch<SetStateAction<ExportCtx | null>>,
) {
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<ExportSaved | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [markExported, setMarkExported] = useState(false);
  const [revealError, setRevealError] = useState<unknown>(null);

  const save = useCallback(async () => {
    if (!options || saving) return;
    setSaving(true);
    setSaveError(null);
    setSaved(null);
    try {
      const mark = publishing && markExported;
      const r = await exportCalls.save({ id, options: { ...options, fileNameTemplate: template.trim() || undefined }, markExported: mark });
      await deliverExport(r, isHarness);
      setSaved({ path: r.path, revision: r.revision });
      setRevealError(null);
      setCtx((c) => (c ? { ...c, article: { ...c.article, status: r.status } } : c));
      // A tick is for one export: the next one leaves the draft alone again unless ticked anew.
      setMarkExported(false);
    } catch (err) {
      setSaveError(err);
    } finally {
      setSaving(false);
    }
  }, [id, options, template, saving, publishing, markExported, setCtx]);

  const reveal = (path: string) => exportCalls.showInFolder({ path }).then(() => setRevealError(null), setRevealError);
  return { save, saving, saved, setSaved, saveError, markExported, setMarkExported, reveal, revealError };
}
