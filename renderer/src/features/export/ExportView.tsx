// Export one draft: format, language, options, file-name template with live name, safe preview, save (download).
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../preload/contract/define';
import type { ExportFormatName, ExportOptionsReq } from '../../../../preload/contract/export';
import { EXPORT_FORMAT_LIST, FORMAT_NEEDS, PUBLISHING_FORMATS } from '../../../../preload/contract/values';
import { useExportContext, useExportFileName, useExportPreview, useExportSave } from './useExport';
import { errorText } from '../../lib/i18n';
import { hrefFor } from '../../lib/router';
import { ExportWarnings } from './ExportWarnings';
import { ExportXliffImport } from './ExportXliffImport';
import { ExportPreviewPane, ExportSavedNote } from './ExportResult';
import './export.css';
import { ARTICLE_STATUS_KEY, LANG_KEY } from '../../ui/keys';
import { FORMAT_GROUP_KEY, FORMAT_HINT_KEY, FORMAT_NAME_KEY } from './keys';

const GROUPS: { key: string; formats: ExportFormatName[] }[] = [
  { key: FORMAT_GROUP_KEY.publish, formats: ['docx', 'pdf', 'html', 'md', 'txt', 'ninjs'] },
  { key: FORMAT_GROUP_KEY.bilingual, formats: ['bilingual-docx', 'bilingual-html'] },
  { key: FORMAT_GROUP_KEY.cat, formats: ['xliff12', 'xliff', 'tmx'] },
  { key: FORMAT_GROUP_KEY.quotes, formats: ['quotes-csv', 'quotes-docx'] },
];
const TEMPLATE_KEY = 'redaksi.export.template';
const FORMAT_KEY = 'redaksi.export.format';
const PLACEHOLDERS = ['{date}', '{slug}', '{lang}', '{ext}', '{id}', '{format}'];

export function ExportView({ id }: { id: string }) {
  const { t } = useTranslation('export');
  const { ctx, setCtx, loadError, loadCtx } = useExportContext(id);
  const [format, setFormat] = useState<ExportFormatName>(() => {
    const f = localStorage.getItem(FORMAT_KEY);
    return (EXPORT_FORMAT_LIST as readonly string[]).includes(f ?? '') ? (f as ExportFormatName) : 'docx';
  });
  const [lang, setLang] = useState<Lang | ''>('');
  const [withAnnotations, setWithAnnotations] = useState(false);
  // Every confirmed segment exports by default; the translator may narrow the copy to approved segments.
  const [approvedOnly, setApprovedOnly] = useState(false);
  const includeUnapproved = !approvedOnly;
  const [template, setTemplate] = useState(() => localStorage.getItem(TEMPLATE_KEY) ?? '');
  const [reload, setReload] = useState(0);

  const needs = FORMAT_NEEDS[format];
  const projects = useMemo(() => ctx?.projects ?? [], [ctx]);
  // Formats built from a translation project always export a translation: default to the first project's target.
  const effLang: Lang | undefined = useMemo(() => {
    if (!ctx) return undefined;
    if (needs === 'project' && (!lang || lang === ctx.article.lang)) return projects[0]?.targetLang;
    return lang || undefined;
  }, [ctx, needs, lang, projects]);
  const isTranslation = !!ctx && !!effLang && effLang !== ctx.article.lang;
  const unapprovedMatters = isTranslation && format !== 'xliff' && format !== 'xliff12';
  const publishing = (PUBLISHING_FORMATS as readonly string[]).includes(format);

  const options: ExportOptionsReq | null = useMemo(() => {
    if (!ctx) return null;
    return {
      format,
      ...(effLang ? { lang: effLang } : {}),
      withAnnotations: format === 'docx' && withAnnotations && !!ctx.quotes,
      includeUnapproved: unapprovedMatters ? includeUnapproved : true,
    };
  }, [ctx, format, effLang, withAnnotations, includeUnapproved, unapprovedMatters]);

  const unavailable = (f: ExportFormatName): string | null => {
    if (!ctx) return null;
    if (FORMAT_NEEDS[f] === 'project' && !projects.length) return t('needs.project');
    if (FORMAT_NEEDS[f] === 'quotes' && ctx.quotes === null) return t('needs.quoteStore');
    if (FORMAT_NEEDS[f] === 'quotes' && !ctx.quotes) return t('needs.quotes');
    return null;
  };

  const { preview, previewError } = useExportPreview(id, options, reload);
  const { fileName, nameError } = useExportFileName(id, options, template, reload);
  const { save, saving, saved, setSaved, saveError, markExported, setMarkExported, reveal, revealError } = useExportSave(
    id,
    options,
    template,
    publishing,
    setCtx,
  );

  // Ctrl/Cmd+S saves the export while this view is open.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  if (loadError) return <p className="banner error">{errorText(t, loadError)}</p>;
  if (!ctx) return <p className="loading">{t('common:loading')}</p>;

  const a = ctx.article;
  const blocked = unavailable(format);
  const chooseFormat = (f: ExportFormatName) => {
    setFormat(f);
    setSaved(null);
    localStorage.setItem(FORMAT_KEY, f);
  };
  const langChoices: { value: Lang; label: string }[] = [];
  if (needs !== 'project') langChoices.push({ value: a.lang, label: t('lang.source', { lang: t(LANG_KEY[a.lang]) }) });
  for (const p of projects) {
    langChoices.push({ value: p.targetLang, label: t('lang.translation', { lang: t(LANG_KEY[p.targetLang]), approved: p.approved, total: p.segments }) });
    if (p.pivotLang && needs !== 'project' && !langChoices.some((c) => c.value === p.pivotLang)) {
      langChoices.push({ value: p.pivotLang, label: t('lang.pivot', { lang: t(LANG_KEY[p.pivotLang]) }) });
    }
  }

  return (
    <section className="export-view" data-testid="export-view">
      <div className="toolbar">
        <h1>
          {t('heading')} <span className="export-article-title">{a.title || t('common:library.untitled')}</span>
        </h1>
        <span className={`export-status status-${a.status}`} data-testid="export-status">
          {t(ARTICLE_STATUS_KEY[a.status])}
        </span>
        <a href={hrefFor({ view: 'article', id })}>{t('backToEditor')}</a>
      </div>
      <div className="export-layout">
        <div className="export-side">
        <form
          className="export-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          aria-label={t('heading')}
        >
          <fieldset>
            <legend>{t('format')}</legend>
            <select
              value={format}
              onChange={(e) => chooseFormat(e.target.value as ExportFormatName)}
              data-testid="export-format"
              aria-label={t('format')}
            >
              {GROUPS.map((g) => (
                <optgroup key={g.key} label={t(g.key)}>
                  {g.formats.map((f) => (
                    <option key={f} value={f} disabled={!!unavailable(f)}>
                      {t(FORMAT_NAME_KEY[f])}
                      {unavailable(f) ? ` — ${unavailable(f)}` : ''}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <p className="hint">{t(FORMAT_HINT_KEY[format])}</p>
          </fieldset>

          {needs !== 'quotes' && (
            <fieldset>
              <legend>{t('language')}</legend>
              <select
                value={effLang ?? a.lang}
                onChange={(e) => setLang(e.target.value as Lang)}
                data-testid="export-lang"
                aria-label={t('language')}
                disabled={langChoices.length < 2}
              >
                {langChoices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
              {!projects.length && <p className="hint">{t('lang.noTranslations')}</p>}
            </fieldset>
          )}

          {(format === 'docx' || unapprovedMatters) && (
            <fieldset>
              <legend>{t('options')}</legend>
              {format === 'docx' && (
                <label className="export-check">
                  <input
                    type="checkbox"
                    checked={withAnnotations && !!ctx.quotes}
                    disabled={!ctx.quotes}
                    onChange={(e) => setWithAnnotations(e.target.checked)}
                    data-testid="export-annotations"
                  />
                  {t('opt.annotations')}
                  {!ctx.quotes && <span className="hint"> — {ctx.quotes === null ? t('needs.quoteStore') : t('needs.quotes')}</span>}
                </label>
              )}
              {unapprovedMatters && (
                <label className="export-check">
                  <input
                    type="checkbox"
                    checked={approvedOnly}
                    onChange={(e) => setApprovedOnly(e.target.checked)}
                    data-testid="export-approved-only"
                  />
                  {t('opt.approvedOnly')}
                </label>
              )}
            </fieldset>
          )}

          <fieldset>
            <legend>{t('fileName')}</legend>
            <label className="export-field">
              {t('template')}
              <input
                value={template}
                placeholder={ctx.defaultTemplate}
                onChange={(e) => {
                  setTemplate(e.target.value);
                  localStorage.setItem(TEMPLATE_KEY, e.target.value);
                }}
                data-testid="export-template"
                spellCheck={false}
                maxLength={300}
              />
            </label>
            <p className="hint">
              {t('templateHint')} <code>{PLACEHOLDERS.join(' ')}</code>
            </p>
            {nameError ? (
              <p className="export-error-text" role="alert" data-testid="export-name-error">
                {errorText(t, nameError)}
              </p>
            ) : (
              <p className="export-filename" aria-live="polite">
                {t('willSaveAs')} <strong data-testid="export-filename">{fileName}</strong>
              </p>
            )}
          </fieldset>

          {preview && <ExportWarnings warnings={preview.warnings} includeUnapproved={!unapprovedMatters || includeUnapproved} printed={publishing} />}

          <div className="export-actions">
            <button type="submit" className="primary" disabled={saving || !!blocked || !!nameError} data-testid="export-save">
              {saving ? t('saving') : t('save')}
            </button>
            <span className="hint">{t('saveShortcut')}</span>
            {publishing && (
              <label className="export-check">
                <input type="checkbox" checked={markExported} onChange={(e) => setMarkExported(e.target.checked)} data-testid="export-mark" />
                {t('markAsExported')}
              </label>
            )}
          </div>
          {saveError !== null && (
            <p className="banner error" role="alert" data-testid="export-save-error">
              {errorText(t, saveError)}
            </p>
          )}
          {saved && <ExportSavedNote saved={saved} onReveal={() => void reveal(saved.path)} revealError={revealError} />}
        </form>
        <ExportXliffImport
          projects={projects}
          onImported={() => {
            void loadCtx();
            setReload((n) => n + 1);
          }}
        />
        </div>

        <ExportPreviewPane blocked={blocked} preview={preview} previewError={previewError} />
      </div>
    </section>
  );
}
