// Glossary manager dialog: list and filter entries, add, edit, delete, import and export (CSV, TBX 2008/2019, OmegaT).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../../../preload/contract/models';
import { glossaryCalls } from './useTranslate';
import { errorText } from '../../lib/i18n';
import { useModalDialog } from '../../lib/useModalDialog';
import { downloadFile, fileToBase64, MAX_IMPORT_BYTES } from '../../lib/files';
import { TranslitSuggest } from '../lang/TranslitSuggest';
import { ImportProgress } from '../../ui/ImportProgress';
import { useImportTask } from '../tasks/useTasks';
import { LANG_KEY } from '../../ui/keys';
import { LANGS } from '../../ui/SelectOptions';
import type { Lang } from '../../../../preload/contract/define';

type Form = Record<Lang, string> & { note: string };
const empty: Form = { id: '', en: '', ko: '', note: '' };

const split = (s: string) => s.split(/[;|]/).map((x) => x.trim()).filter(Boolean);
const toForm = (e: GlossaryEntry): Form => ({ id: e.terms.id.join('; '), en: e.terms.en.join('; '), ko: e.terms.ko.join('; '), note: e.note });
const toInput = (f: Form) => ({ terms: { id: split(f.id), en: split(f.en), ko: split(f.ko) }, note: f.note.trim() });

/** `pair`: the open translation's languages; OmegaT glossary files hold exactly one pair. */
export function GlossaryManager({ onClose, onChanged, pair }: { onClose(): void; onChanged(): void; pair?: { from: Lang; to: Lang } }) {
  const { t } = useTranslation('translate');
  const [entries, setEntries] = useState<GlossaryEntry[] | null>(null);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [form, setForm] = useState<Form>(empty);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { task, begin, end } = useImportTask();
  const [dirty, setDirty] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  const load = () => glossaryCalls.list({}).then(setEntries, (err) => setMessage({ ok: false, text: errorText(t, err) }));
  useEffect(() => void load(), []);

  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return (entries ?? []).filter((e) => !q || LANGS.some((l) => e.terms[l].some((x) => x.toLowerCase().includes(q))));
  }, [entries, filter]);

  const close = () => {
    if (dirty) onChanged();
    onClose();
  };
  useModalDialog(dialog, close);

  const run = async (fn: () => Promise<string>) => {
    try {
      const text = await fn();
      setMessage({ ok: true, text });
      setDirty(true);
      await load();
    } catch (err) {
      setMessage({ ok: false, text: errorText(t, err) });
    }
  };

  const save = () =>
    run(async () => {
      if (editing) {
        await glossaryCalls.update({ id: editing, patch: toInput(form) });
      } else {
        await glossaryCalls.add(toInput(form));
      }
      setEditing(null);
      setForm(empty);
      return t('glossary.saved');
    });

  const remove = (e: GlossaryEntry) => {
    if (!window.confirm(t('glossary.confirmDelete', { term: e.terms.id[0] ?? e.terms.en[0] ?? e.terms.ko[0] }))) return;
    void run(async () => {
      await glossaryCalls.remove({ id: e.id });
      return t('glossary.deleted');
    });
  };

  const exportAs = (format: 'tbx' | 'tbx2019' | 'omegat') =>
    glossaryCalls.export({ format, ...(pair ? { pair } : {}) }).then(downloadFile, (err) => setMessage({ ok: false, text: errorText(t, err) }));

  const importFile = (f: File) => {
    if (f.size > MAX_IMPORT_BYTES) return setMessage({ ok: false, text: t('file.tooLarge', { name: f.name }) });
    void run(async () => {
      const r = await glossaryCalls.import({ name: f.name, dataBase64: await fileToBase64(f), ...(pair ? { pair } : {}), taskId: begin() }).finally(end);
      // Rows left out (a term over 500 characters…) are named one by one: the rest of the file was imported.
      const left = r.rejected.slice(0, 5).map((x) => errorText(t, x));
      if (r.rejected.length > 5) left.push(t('glossary.rejectedMore', { count: r.rejected.length - 5 }));
      return [t('glossary.imported', { added: r.added, updated: r.updated, skipped: r.skipped }), ...left].join(' ');
    });
  };

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div
        ref={dialog}
        className="modal glossary-manager"
        role="dialog"
        aria-modal="true"
        aria-label={t('glossary.manage')}
        tabIndex={-1}
        data-testid="glossary-manager"
      >
        <div className="toolbar">
          <h2>{t('glossary.manage')}</h2>
          <input type="search" placeholder={t('glossary.filter')} aria-label={t('glossary.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
          <button type="button" onClick={() => file.current?.click()} data-testid="glossary-import">
            {t('glossary.import')}
          </button>
          <input
            ref={file}
            type="file"
            hidden
            accept={pair ? '.csv,.tbx,.xml,.utf8,.txt' : '.csv,.tbx,.xml'}
            data-testid="glossary-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) importFile(f);
            }}
          />
          <button type="button" onClick={() => glossaryCalls.export({ format: 'csv' }).then(downloadFile, (err) => setMessage({ ok: false, text: errorText(t, err) }))}>
            {t('glossary.exportCsv')}
          </button>
          <button type="button" title={t('glossary.exportTbxHint')} onClick={() => exportAs('tbx')}>
            {t('glossary.exportTbx')}
          </button>
          <button type="button" onClick={() => exportAs('tbx2019')}>
            {t('glossary.exportTbx2019')}
          </button>
          {pair && (
            <button type="button" data-testid="glossary-export-omegat" title={t('glossary.exportOmegaTHint')} onClick={() => exportAs('omegat')}>
              {t('glossary.exportOmegaT', { from: pair.from, to: pair.to })}
            </button>
          )}
          <button type="button" onClick={close} data-testid="glossary-close">
            {t('close')}
          </button>
        </div>
        <ImportProgress task={task} />
        {message && (
          <p className={message.ok ? 'hint' : 'banner error'} role={message.ok ? 'status' : 'alert'} data-testid="glossary-message">
            {message.text}
          </p>
        )}
        <form
          className="glossary-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {LANGS.map((l) => (
            <label key={l}>
              {t(LANG_KEY[l])}
              <input data-testid={`glossary-${l}`} lang={l} value={form[l]} onChange={(e) => setForm({ ...form, [l]: e.target.value })} />
              {l === 'ko' && <TranslitSuggest name={form.id.split(';')[0]} onPick={(ko) => setForm((f) => ({ ...f, ko }))} />}
            </label>
          ))}
          <label>
            {t('glossary.note')}
            <input value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />
          </label>
          <button type="submit" className="primary" data-testid="glossary-save">
            {editing ? t('glossary.update') : t('glossary.add')}
          </button>
          {editing && (
            <button type="button" onClick={() => (setEditing(null), setForm(empty))}>
              {t('cancel')}
            </button>
          )}
          <p className="hint">{t('glossary.formHint')}</p>
        </form>
        <div className="glossary-table-wrap">
          {entries === null ? (
            <p className="loading">{t('common:loading')}</p>
          ) : shown.length === 0 ? (
            <p className="empty">{t('glossary.empty')}</p>
          ) : (
            <table className="drafts glossary-table">
              <thead>
                <tr>
                  {LANGS.map((l) => (
                    <th key={l}>{l.toUpperCase()}</th>
                  ))}
                  <th>{t('glossary.note')}</th>
                  <th>
                    <span className="sr-only">{t('library:col.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((e) => (
                  <tr key={e.id} data-testid="glossary-entry">
                    {LANGS.map((l) => (
                      <td key={l} lang={l}>
                        {e.terms[l].join('; ')}
                        {e.forbidden[l].length > 0 && <div className="forbidden">≠ {e.forbidden[l].join('; ')}</div>}
                      </td>
                    ))}
                    <td className="hint">{e.note}</td>
                    <td className="row-actions">
                      <button type="button" className="small" onClick={() => (setEditing(e.id), setForm(toForm(e)))}>
                        {t('glossary.edit')}
                      </button>
                      <button type="button" className="small" onClick={() => remove(e)}>
                        {t('glossary.delete')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </div>
  );
}
