// The article editor: headline, dateline, byline, language, status, rich body with find & replace, live
// counts, autosave with a visible state, and the revision history beside it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/react';
import './editor.css';
import type { Article, ArticlePatch, ArticleStatus } from '../../../../preload/contract/common';
import type { Lang } from '../../../../preload/contract/define';
import type { ImportOutcome } from '../../../../preload/contract/articles';
import { articleCalls, purgeQuietly } from './useEditor';
import { errorText } from '../../lib/i18n';
import { useAutosave } from '../../lib/useAutosave';
import { AutosaveIndicator } from '../../ui/SaveIndicator';
import { RichEditor } from './RichEditor';
import { EditorFindPanel } from './EditorFindPanel';
import { EditorCounts, type TextCounts } from './EditorCounts';
import { countDoc } from './docCounts';
import { EditorImportNotice } from './EditorImportNotice';
import { QuoteToggle } from '../quotes/QuotePanel';
import { EditorSide } from './EditorSide';
import { useQuotePanelOpen } from '../quotes/QuoteOpenState';
import { useMediaQuery } from '../../lib/useMediaQuery';
import { takeImport } from '../library/LibraryImport';
import { LangOptions, ArticleStatusOptions } from '../../ui/SelectOptions';

/** An article patch whose body is serialised when it is saved (see RichEditor's onChange). */
type EditorPatch = Omit<ArticlePatch, 'body'> & { body?: () => string };

const ZERO: TextCounts = { words: 0, characters: 0, charactersNoSpaces: 0, manuscriptPages: 0 };

export function EditorView({ id }: { id: string }) {
  const { t } = useTranslation('library');
  // The body lives in the editor; React state holds everything else (a keystroke re-renders nothing here).
  const [article, setArticle] = useState<Omit<Article, 'body'> | null>(null);
  const [initialBody, setInitialBody] = useState('');
  const [bodyKey, setBodyKey] = useState(0);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [find, setFind] = useState<null | { replace: boolean; tick: number }>(null);
  const [history, setHistory] = useState(false);
  const quotesOpen = useQuotePanelOpen();
  // Two side panels and a body of at least 480 px need ~1600 px: narrower, the panels share one column as tabs.
  const narrow = useMediaQuery('(max-width: 1599px)');
  const [counts, setCounts] = useState<TextCounts>(ZERO);
  const [imported, setImported] = useState<ImportOutcome | null>(() => takeImport(id));
  const countTimer = useRef<number | null>(null);
  const articleRef = useRef(article);
  articleRef.current = article;
  const [datelineFound, setDatelineFound] = useState<string | null>(null);
  const datelineAsked = useRef('');
  const titleFocused = useRef(false);
  const touched = useRef(false);
  const editorRef = useRef<Editor | null>(null);
  editorRef.current = editor;

  // A new draft nobody typed into is not kept: leaving it empty removes it (nothing of the user's is lost).
  useEffect(
    () => () => {
      const a = articleRef.current;
      const e = editorRef.current;
      const bodyEmpty = !e || e.isDestroyed || !e.state.doc.textContent.trim();
      if (a && !touched.current && !a.title.trim() && bodyEmpty && a.createdAt === a.updatedAt) {
        purgeQuietly(a.id);
      }
    },
    [id],
  );

  // The body is kept as a serialiser of the latest document and turned into HTML only when the save runs.
  const autosave = useAutosave<EditorPatch>(async ({ body, ...rest }) => {
    const patch: ArticlePatch = body ? { ...rest, body: body() } : rest;
    const saved = await articleCalls.save({ id, patch });
    setArticle((a) => (a ? { ...a, rev: saved.rev, updatedAt: saved.updatedAt } : a));
  });

  useEffect(() => {
    articleCalls.get({ id }).then((a) => {
      setInitialBody(a.body);
      setArticle(a);
    }, setLoadError);
  }, [id]);

  const recount = useCallback((e: Editor | null) => {
    if (countTimer.current !== null) window.clearTimeout(countTimer.current);
    countTimer.current = null;
    if (e && !e.isDestroyed) setCounts(countDoc(e.state.doc));
  }, []);
  useEffect(() => recount(editor), [editor, recount]);
  useEffect(() => () => void (countTimer.current !== null && window.clearTimeout(countTimer.current)), []);

  // A credit typed or pasted at the start of the lead ("BANDUNG, KOMPAS.com – ") becomes the dateline, as on
  // import. Only while the draft has none, and only the first paragraph is looked at (no whole-document work).
  const detectDateline = useCallback(
    (e: Editor | null) => {
      const a = articleRef.current;
      if (!e || !a || a.dateline.outlet || a.dateline.place) return;
      const first = e.state.doc.firstChild;
      if (!first || !first.isTextblock) return;
      const text = first.textContent;
      if (text.length > 400 || !/(?:[–—―=]|\s--?)\s/.test(text) || text === datelineAsked.current) return;
      datelineAsked.current = text;
      void articleCalls.parseDateline({ text }).then((m) => {
        const now = articleRef.current;
        if (!m || !now || now.dateline.outlet || now.dateline.place || e.isDestroyed) return;
        const head = e.state.doc.firstChild;
        // Still the same words at the start, and the credit is followed by a space or more text.
        if (!head || !head.textContent.startsWith(text.slice(0, m.length))) return;
        if (m.length >= text.length && !/\s$/.test(text)) return;
        e.view.dispatch(e.state.tr.delete(1, 1 + m.length));
        const patch = { dateline: m.dateline, ...(m.byline && !now.byline ? { byline: m.byline } : {}) };
        setArticle((x) => (x ? { ...x, ...patch } : x));
        autosave.change(patch);
        setDatelineFound(m.dateline.written ?? '');
      }, () => {});
    },
    [autosave],
  );

  const onBody = useCallback(
    (html: () => string) => {
      touched.current = true;
      autosave.change({ body: html });
      detectDateline(editor);
      // Counting recounts only the changed paragraphs, but still walks the document: once typing pauses.
      if (countTimer.current !== null) window.clearTimeout(countTimer.current);
      countTimer.current = window.setTimeout(() => recount(editor), 150);
    },
    [autosave, editor, recount, detectDateline],
  );

  // Ctrl+F find, Ctrl+H replace (Cmd on macOS); Escape inside the bar closes it.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k !== 'f' && k !== 'h') return;
      e.preventDefault();
      setFind((f) => ({ replace: k === 'h' || (f?.replace ?? false), tick: (f?.tick ?? 0) + 1 }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (loadError) return <p className="banner error">{errorText(t, loadError)}</p>;
  if (!article) return <p className="loading">{t('common:loading')}</p>;

  const edit = (patch: Omit<ArticlePatch, 'body'>) => {
    touched.current = true;
    setArticle({ ...article, ...patch });
    autosave.change(patch);
  };
  const setStatus = (status: ArticleStatus) => {
    edit({ status });
    void autosave.flush(); // a workflow step: saved (and recorded in history) at once
  };

  return (
    <section className={`editor${history ? ' with-history' : ''}${narrow && history && quotesOpen ? ' tabbed' : ''}`} data-testid="editor">
      <div className="editor-main">
        {/* The view's one level-one heading: the headline field shows the title, this names the page for screen readers. */}
        <h1 className="sr-only">{t('editor.pageTitle', { title: article.title.trim() || t('common:library.untitled') })}</h1>
        <div className="editor-head">
          <textarea
            className="title-input"
            lang={article.lang}
            data-testid="title"
            rows={1}
            aria-label={t('common:editor.title')}
            placeholder={t('editor.titlePlaceholder')}
            value={article.title}
            ref={(el) => {
              // A new, empty draft starts in its headline.
              if (el && !titleFocused.current && !article.title && !initialBody) {
                titleFocused.current = true;
                el.focus();
              }
            }}
            onChange={(e) => edit({ title: e.target.value.replace(/[\r\n]+/g, ' ') })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                editor?.commands.focus('start');
              }
            }}
          />
          <AutosaveIndicator status={autosave.status} retry={() => void autosave.flush()} />
          <a className="translate-link" data-testid="open-translate" href={`#/translate/${encodeURIComponent(id)}`} onClick={(e) => (e.preventDefault(), void autosave.flush().finally(() => (window.location.hash = `#/translate/${encodeURIComponent(id)}`)))}>{t('translate:open')}</a>
          <a className="export-link" data-testid="open-export" href={`#/export/${encodeURIComponent(id)}`} onClick={(e) => (e.preventDefault(), void autosave.flush().finally(() => (window.location.hash = `#/export/${encodeURIComponent(id)}`)))}>{t('export:open')}</a>
        </div>
        <div className="meta-row">
          <label>
            {t('common:editor.outlet')}
            <input
              data-testid="outlet"
              value={article.dateline.outlet}
              onChange={(e) => edit({ dateline: { ...article.dateline, outlet: e.target.value } })}
            />
          </label>
          <label>
            {t('common:editor.place')}
            <input
              data-testid="place"
              value={article.dateline.place}
              onChange={(e) => edit({ dateline: { ...article.dateline, place: e.target.value } })}
            />
          </label>
          <label>
            {t('common:editor.byline')}
            <input data-testid="byline" value={article.byline} onChange={(e) => edit({ byline: e.target.value })} />
          </label>
          <label>
            {t('editor.lang')}
            <select data-testid="lang" value={article.lang} onChange={(e) => edit({ lang: e.target.value as Lang })}>
              <LangOptions />
            </select>
          </label>
          <label>
            {t('editor.status')}
            <select data-testid="status" value={article.status} onChange={(e) => setStatus(e.target.value as ArticleStatus)}>
              <ArticleStatusOptions />
            </select>
          </label>
          <div className="meta-actions">
            <button
              type="button"
              onClick={() => setFind((f) => (f ? null : { replace: false, tick: 1 }))}
              aria-pressed={!!find}
              title={t('editor.findHint')}
              data-testid="open-find"
            >
              {t('editor.find')}
            </button>
            <button type="button" onClick={() => setHistory((h) => !h)} aria-pressed={history} data-testid="open-history">
              {t('history.title')}
            </button>
            <QuoteToggle />
          </div>
        </div>
        {imported && (
          <EditorImportNotice
            outcome={imported}
            lang={article.lang}
            onLang={(lang) => edit({ lang })}
            onDismiss={() => setImported(null)}
          />
        )}
        {datelineFound !== null && (
          <p className="banner info" role="status" data-testid="dateline-found">
            {t('datelineFound', { credit: datelineFound })}{' '}
            <button type="button" onClick={() => setDatelineFound(null)}>
              {t('common:dismiss')}
            </button>
          </p>
        )}
        {find && editor && (
          <EditorFindPanel
            editor={editor}
            replace={find.replace}
            focusTick={find.tick}
            onToggleReplace={(replace) => setFind((f) => (f ? { ...f, replace } : f))}
            onClose={() => setFind(null)}
          />
        )}
        <div lang={article.lang}><RichEditor key={bodyKey} html={initialBody} onChange={onBody} onReady={setEditor} articleId={article.id} /></div>
        <EditorCounts counts={counts} lang={article.lang} />
      </div>
      <EditorSide
        id={id}
        rev={article.rev}
        title={article.title}
        editor={editor}
        history={history}
        tabbed={narrow && history && quotesOpen}
        beforeRestore={() => autosave.flush()}
        onRestored={(a) => {
          setFind(null);
          setInitialBody(a.body);
          setArticle(a);
          setBodyKey((k) => k + 1);
        }}
        onCloseHistory={() => setHistory(false)}
      />
    </section>
  );
}
