// One page of the library from the summaries alone (no query): filter, sort, count — no article file is read.
import type { ArticleSummary } from '../../../preload/contract/common';
import type { SearchHit, SearchQuery, SearchResult } from './search';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const asSet = <T>(v: T | T[] | undefined) => (v === undefined ? null : new Set(Array.isArray(v) ? v : [v]));
const byUpdated = (a: ArticleSummary, b: ArticleSummary) => (b.updatedAt < a.updatedAt ? -1 : b.updatedAt > a.updatedAt ? 1 : 0);

/** The same filters and orders as SearchIndex.search with an empty query (relevance is then "newest first"). */
export function pageOfSummaries(all: Iterable<ArticleSummary>, query: SearchQuery = {}): SearchResult {
  const statuses = asSet(query.status);
  const langs = asSet(query.lang);
  const trash = query.trash ?? 'exclude';
  const rows: ArticleSummary[] = [];
  for (const s of all) {
    if (trash === 'exclude' && s.deletedAt) continue;
    if (trash === 'only' && !s.deletedAt) continue;
    if (statuses && !statuses.has(s.status)) continue;
    if (langs && !langs.has(s.lang)) continue;
    rows.push(s);
  }
  const sort = query.sort ?? 'updated';
  rows.sort((a, b) => {
    if (sort === 'title') return collator.compare(a.title.normalize('NFC'), b.title.normalize('NFC')) || byUpdated(a, b);
    if (sort === 'words') return b.wordCount - a.wordCount || byUpdated(a, b);
    return byUpdated(a, b);
  });
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.max(0, query.limit ?? 50);
  return { total: rows.length, hits: rows.slice(offset, offset + limit).map(toHit) };
}

function toHit(s: ArticleSummary): SearchHit {
  return {
    id: s.id,
    title: s.title.normalize('NFC'),
    lang: s.lang,
    status: s.status,
    updatedAt: s.updatedAt,
    deletedAt: s.deletedAt,
    words: s.wordCount,
    score: 0,
    titleHighlights: [],
    snippet: '',
    snippetHighlights: [],
  };
}

/** Live drafts and drafts in the trash: what the library's header and trash button show. */
export function countSummaries(all: Iterable<ArticleSummary>): { live: number; trash: number } {
  let live = 0;
  let trash = 0;
  for (const s of all) {
    if (s.deletedAt) trash++;
    else live++;
  }
  return { live, trash };
}
