// The drafts library: search (highlighted), filters, sorting, paging; new, import, paste, sample, duplicate; trash.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../../preload/contract/common';
import type { Lang } from '../../../../preload/contract/define';
import type { ImportOutcome, LibrarySort } from '../../../../preload/contract/articles';
import { articleCalls, useLibrarySearch } from './useLibrary';
import { errorText } from '../../lib/i18n';
import { navigate } from '../../lib/router';
import { LibraryImportDialog, LibraryPasteDialog, rememberImport } from './LibraryImport';
import { Confirm } from '../../ui/Modal';
import './library.css';
import { ExportBatchBar, useExportSelection } from '../export/ExportBatchBar';
import { LangOptions, ArticleStatusOptions } from '../../ui/SelectOptions';
import { LibraryPager } from './LibraryPager';
import { LibraryTable } from './LibraryTable';

/** Rows per page: the main process sends one page, never every summary. */
const PAGE = 100;

type Dialog = null | 'import' | 'paste' | 'emptyTrash';

export function LibraryView() {
  const { t, i18n } = useTranslation('library');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<ArticleStatus | ''>('');
  const [lang, setLang] = useState<Lang | ''>('');
  const [sort, setSort] = useState<LibrarySort | ''>('');
  const [trash, setTrash] = useState(false);
  // The page belongs to one query and filter set: any change starts again at the first page.
  const queryKey = JSON.stringify([q, status, lang, sort, trash]);
  const [page, setPage] = useState({ key: queryKey, offset: 0 });
  const offset = page.key === queryKey ? page.offset : 0;
  const setOffset = useCallback((o: number) => setPage({ key: queryKey, offset: o }), [queryKey]);
  const { hits, hitsOffset, total, trashCount, anyDrafts, error, setError, load } = useLibrarySearch({ q, status, lang, sort, trash, offset, setOffset }, PAGE);
  const [notice, setNotice] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const selection = useExportSelection();

  const list = useRef<HTMLDivElement>(null);
  const goTo = useCallback(
    (next: number) => {
      setOffset(next);
      list.current?.scrollIntoView?.({ block: 'start' });
    },
    [setOffset],
  );

  // "/" jumps to the search box, as in most list views.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement;
      if (e.key === '/' && !dialog && !/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) && !el.isContentEditable) {
        e.preventDefault();
        searchBox.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog]);

  // The list shown when an action ends: the current query's, not the one in force when the action began (a switch
  // to the trash meanwhile would otherwise show live drafts under "Trash", each with a Restore button).
  const latestLoad = useRef(load);
  latestLoad.current = load;
  const act = async (fn: () => Promise<unknown>, done?: string) => {
    setError(null);
    try {
      await fn();
      if (done) setNotice(done);
      await latestLoad.current();
    } catch (err) {
      setError(err);
    }
  };

  const create = () =>
    act(async () => {
      const a = await articleCalls.create({ title: '' });
      navigate({ view: 'article', id: a.id });
    });

  const imported = (o: ImportOutcome) => {
    rememberImport(o);
    setDialog(null);
    navigate({ view: 'article', id: o.article.id });
  };

  const sample = () => act(async () => imported(await articleCalls.sample({})));

  const filtered = q.trim() !== '' || status !== '' || lang !== '';
  const clearFilters = () => {
    setQ('');
    setStatus('');
    setLang('');
  };
  const numFmt = new Intl.NumberFormat(i18n.language);

  const emptyState = () => {
    if (trash) return <p className="empty" data-testid="trash-empty">{t('trash.empty')}</p>;
    if (filtered)
      return (
        <div className="empty" data-testid="no-match">
          <p>{t('search.noMatch')}</p>
          <button type="button" onClick={clearFilters}>
            {t('search.clear')}
          </button>
        </div>
      );
    return (
      <div className="empty" data-testid="library-empty">
        <p>{t('common:library.empty')}</p>
        <div className="empty-actions">
          <button type="button" onClick={() => void sample()} data-testid="open-sample">
            {t('sample.open')}
          </button>
        </div>
      </div>
    );
  };

  return (
    <section className="library">
      <div className="toolbar">
        <h1>{trash ? t('trash.title') : t('common:library.title')}</h1>
        {!trash && (
          <>
            <button className="primary" onClick={() => void create()} data-testid="new-draft">
              {t('common:library.new')}
            </button>
            <button type="button" onClick={() => setDialog('import')} data-testid="import-file">
              {t('import.file')}
            </button>
            <button type="button" onClick={() => setDialog('paste')} data-testid="import-paste">
              {t('paste.open')}
            </button>
            {anyDrafts && (
              <button type="button" onClick={() => void sample()} data-testid="open-sample-toolbar">
                {t('sample.open')}
              </button>
            )}
          </>
        )}
        <button
          type="button"
          onClick={() => {
            setTrash((x) => !x);
            setNotice('');
          }}
          aria-pressed={trash}
          data-testid="toggle-trash"
        >
          {trash ? t('trash.back') : t('trash.open', { n: numFmt.format(trashCount) })}
        </button>
        {trash && trashCount > 0 && (
          <button type="button" className="danger" onClick={() => setDialog('emptyTrash')} data-testid="empty-trash">
            {t('trash.emptyButton')}
          </button>
        )}
      </div>

      <div className="filters" role="search">
        <input
          ref={searchBox}
          type="search"
          className="search-box"
          data-testid="search"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={q}
          maxLength={500}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setQ('');
          }}
        />
        <label>
          {t('filter.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as ArticleStatus | '')} data-testid="filter-status">
            <option value="">{t('filter.all')}</option>
            <ArticleStatusOptions />
          </select>
        </label>
        <label>
          {t('filter.lang')}
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang | '')} data-testid="filter-lang">
            <option value="">{t('filter.all')}</option>
            <LangOptions />
          </select>
        </label>
        <label>
          {t('sort.label')}
          <select value={sort} onChange={(e) => setSort(e.target.value as LibrarySort | '')} data-testid="sort">
            <option value="">{t('sort.auto')}</option>
            <option value="updated">{t('sort.updated')}</option>
            <option value="title">{t('sort.title')}</option>
            <option value="words">{t('sort.words')}</option>
            <option value="relevance">{t('sort.relevance')}</option>
          </select>
        </label>
        {hits !== null && (filtered || trash) && (
          <span className="hint" data-testid="result-count">
            {t('search.count', { n: numFmt.format(total) })}
          </span>
        )}
      </div>

      {error !== null && (
        <p className="banner error" role="alert" data-testid="library-error">
          {errorText(t, error)}
        </p>
      )}
      {notice && (
        <p className="banner info" role="status" data-testid="library-notice">
          {notice}{' '}
          <button type="button" onClick={() => setNotice('')}>
            {t('common:dismiss')}
          </button>
        </p>
      )}

      {!trash && <ExportBatchBar selection={selection} items={hits ?? []} onDone={() => void load()} />}
      {hits !== null && hits.length === 0 && (!trash && !filtered && anyDrafts ? null : emptyState())}
      <div ref={list} />
      {hits !== null && hits.length > 0 && <LibraryPager offset={hitsOffset} pageSize={PAGE} total={total} onOffset={goTo} shortcuts />}
      {hits !== null && hits.length > 0 && (
        <LibraryTable
          hits={hits}
          trash={trash}
          q={q}
          selection={selection}
          onRestore={(a) => void act(() => articleCalls.trash({ id: a.id, deleted: false }), t('trash.restored', { title: a.title }))}
          onDuplicate={(a) =>
            void act(
              () => articleCalls.duplicate({ id: a.id, titleSuffix: t('duplicate.suffix') }),
              t('duplicate.done', { title: a.title }),
            )
          }
          onTrash={(a) => void act(() => articleCalls.trash({ id: a.id, deleted: true }), t('trash.moved', { title: a.title }))}
        />
      )}
      {hits !== null && total > PAGE && <LibraryPager offset={hitsOffset} pageSize={PAGE} total={total} onOffset={goTo} />}

      {dialog === 'import' && <LibraryImportDialog onDone={imported} onClose={() => setDialog(null)} />}
      {dialog === 'paste' && <LibraryPasteDialog onDone={imported} onClose={() => setDialog(null)} />}
      {dialog === 'emptyTrash' && (
        <Confirm
          title={t('trash.confirmTitle')}
          message={t('trash.confirmText', { n: numFmt.format(trashCount) })}
          confirmLabel={t('trash.emptyButton')}
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void act(() => articleCalls.emptyTrash({}), t('trash.emptied'));
          }}
        />
      )}
    </section>
  );
}
