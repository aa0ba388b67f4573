// Import into the library: a file dialog (.txt .md .html .docx, picker or drop) and a paste dialog, both with
// a language choice before, and the outcome remembered so the editor can show what was detected.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../preload/contract/define';
import type { ImportOutcome } from '../../../../preload/contract/articles';
import { ApiError } from '../../lib/api';
import { articleCalls } from './useLibrary';
import { errorText } from '../../lib/i18n';
import { Modal } from '../../ui/Modal';
import { ImportProgress } from '../../ui/ImportProgress';
import { useImportTask } from '../tasks/useTasks';

/** Same limit as main/core/import/limits.ts: refused before the file is even read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.docx';

const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

// ---------- the last import, for the editor's notice ----------
let lastImport: ImportOutcome | null = null;
export function rememberImport(o: ImportOutcome): void {
  lastImport = o;
}
/** The outcome of the import that made article `id`, once (a reload does not show it again). */
export function takeImport(id: string): ImportOutcome | null {
  if (lastImport?.article.id !== id) return null;
  const o = lastImport;
  lastImport = null;
  return o;
}

export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
}

export async function importOneFile(file: File, lang: Lang | undefined, taskId?: string): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ApiError('import.tooLarge', `The file is ${mb(file.size)}.`, { size: mb(file.size), limit: mb(MAX_IMPORT_BYTES) });
  }
  if (file.size === 0) throw new ApiError('import.empty', 'The file is empty.', {});
  const dataBase64 = await fileToBase64(file);
  return articleCalls.importFile({ name: file.name, dataBase64, ...(lang ? { lang } : {}), ...(taskId ? { taskId } : {}) });
}

function LangChoice({ value, onChange }: { value: Lang | ''; onChange: (l: Lang | '') => void }) {
  const { t } = useTranslation('library');
  return (
    <label className="field">
      {t('import.language')}
      <select value={value} onChange={(e) => onChange(e.target.value as Lang | '')} data-testid="import-lang">
        <option value="">{t('import.detect')}</option>
        <option value="id">{t('common:lang.id')}</option>
        <option value="en">{t('common:lang.en')}</option>
        <option value="ko">{t('common:lang.ko')}</option>
      </select>
    </label>
  );
}

export function LibraryImportDialog({ onDone, onClose }: { onDone: (o: ImportOutcome) => void; onClose: () => void }) {
  const { t } = useTranslation('library');
  const [lang, setLang] = useState<Lang | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const { task, begin, end } = useImportTask();

  const run = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await importOneFile(file, lang || undefined, begin()));
    } catch (err) {
      setError(err);
      if (input.current) input.current.value = '';
    } finally {
      end();
      setBusy(false);
    }
  };

  return (
    <Modal title={t('import.fileTitle')} onClose={onClose} testId="import-dialog">
      <LangChoice value={lang} onChange={setLang} />
      <div
        className={`drop-zone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void run(e.dataTransfer.files[0]);
        }}
      >
        <p>{t('import.dropHere')}</p>
        <label className="file-button">
          {t('import.choose')}
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            disabled={busy}
            data-testid="import-file-input"
            onChange={(e) => void run(e.target.files?.[0])}
          />
        </label>
        <p className="hint">{t('import.formats')}</p>
      </div>
      {busy && (
        <p className="loading" role="status">
          {t('import.working')}
        </p>
      )}
      <ImportProgress task={task} />
      {error !== null && (
        <p className="banner error" role="alert" data-testid="import-error">
          {errorText(t, error)}
        </p>
      )}
    </Modal>
  );
}

export function LibraryPasteDialog({ onDone, onClose }: { onDone: (o: ImportOutcome) => void; onClose: () => void }) {
  const { t } = useTranslation('library');
  const [lang, setLang] = useState<Lang | ''>('');
  const [text, setText] = useState('');
  const [html, setHtml] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const req = html !== null ? { html, text } : { text };
      onDone(await articleCalls.importPaste({ ...req, ...(lang ? { lang } : {}) }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('paste.title')} onClose={onClose} testId="paste-dialog">
      <LangChoice value={lang} onChange={setLang} />
      <textarea
        ref={area}
        className="paste-area"
        data-testid="paste-input"
        aria-label={t('paste.label')}
        placeholder={t('paste.placeholder')}
        value={text}
        rows={12}
        onPaste={(e) => {
          // Keep the formatting of rich clipboard content: the HTML goes to main, which sanitises it.
          const h = e.clipboardData.getData('text/html');
          if (h) {
            e.preventDefault();
            setHtml(h);
            setText(e.clipboardData.getData('text/plain') || h.replace(/<[^>]*>/g, ' '));
          }
        }}
        onChange={(e) => {
          setText(e.target.value);
          setHtml(null); // typed over: what is shown is what is imported
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && text.trim()) void run();
        }}
      />
      {html !== null && <p className="hint">{t('paste.keepsFormatting')}</p>}
      {error !== null && (
        <p className="banner error" role="alert" data-testid="paste-error">
          {errorText(t, error)}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button type="button" className="primary" disabled={busy || !text.trim()} onClick={() => void run()} data-testid="paste-import">
          {t('paste.import')}
        </button>
      </div>
    </Modal>
  );
}
