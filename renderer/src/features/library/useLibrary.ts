// Library data: search, create, sample, import, duplicate, trash, and the 'articles.changed' event. The only
// module of the library feature that talks to the api.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleStatus } from '../../../../preload/contract/common';
import type { Lang } from '../../../../preload/contract/define';
import type { LibraryHit, LibrarySort } from '../../../../preload/contract/articles';
import { api, unwrap } from '../../lib/api';

export const articleCalls = unwrap(api.articles, ['create', 'duplicate', 'search', 'emptyTrash', 'importFile', 'importPaste', 'sample', 'trash']);

/** Calls `listener` whenever main reports a changed article; returns the unsubscribe function. */
export function onArticlesChanged(listener: (e: { id: string }) => void): () => void {
  return api.on('articles.changed', listener);
}

export interface LibraryQuery {
  q: string;
  status: ArticleStatus | '';
  lang: Lang | '';
  sort: LibrarySort | '';
  trash: boolean;
  offset: number;
  setOffset(offset: number): void;
}

/**
 * One page of the library for the query (asked 120 ms after typing stops, at once for a filter change, and again
 * whenever an article changes); a late answer to an older query is dropped. `load` asks again now.
 */
export function useLibrarySearch({ q, status, lang, sort, trash, offset, setOffset }: LibraryQuery, pageSize: number) {
  const [hits, setHits] = useState<LibraryHit[] | null>(null);
  // The offset of the rows on screen: the pager shows it, not the page still loading ("101–200" over page 1's rows).
  const [hitsOffset, setHitsOffset] = useState(0);
  const [total, setTotal] = useState(0);
  const [trashCount, setTrashCount] = useState(0);
  const [anyDrafts, setAnyDrafts] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);

  const load = useCallback(async () => {
    const n = ++seq.current;
    try {
      const res = await articleCalls.search({
        q: q.slice(0, 500),
        ...(status ? { status: [status] } : {}),
        ...(lang ? { lang: [lang] } : {}),
        ...(sort ? { sort } : {}),
        trash: trash ? 'only' : 'exclude',
        limit: pageSize,
        offset,
      });
      if (n !== seq.current) return; // a newer query answered first
      if (offset > 0 && offset >= res.total) {
        // The page emptied (drafts trashed or filtered away): show the last page that has rows.
        setOffset(Math.max(0, Math.floor((res.total - 1) / pageSize) * pageSize));
        return;
      }
      setHits(res.hits);
      setHitsOffset(offset);
      setTotal(res.total);
      setTrashCount(res.counts.trash);
      setAnyDrafts(res.counts.live > 0);
      setError(null);
    } catch (err) {
      if (n === seq.current) setError(err);
    }
  }, [q, status, lang, sort, trash, offset, setOffset]);

  useEffect(() => {
    const timer = window.setTimeout(() => void load(), q ? 120 : 0);
    return () => window.clearTimeout(timer);
  }, [load, q]);
  useEffect(() => onArticlesChanged(() => void load()), [load]);

  return { hits, hitsOffset, total, trashCount, anyDrafts, error, setError, load };
}
