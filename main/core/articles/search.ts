// In-memory library search over title + body text: case/diacritic-blind, Hangul by syllable, AND of terms.
import type { Lang } from '../../../preload/contract/define';
import type { Article, ArticleStatus } from '../../../preload/contract/common';
import type { LibraryHit, LibrarySort } from '../../../preload/contract/articles';
import { countWords } from '../../../preload/contract/counts';
import { bodyStats } from './body-stats';

export type SearchSort = LibrarySort;

export interface SearchQuery {
  /** Words are ANDed; "quoted phrases" match as a whole. Empty → every article that passes the filters. */
  q?: string;
  status?: ArticleStatus | ArticleStatus[];
  lang?: Lang | Lang[];
  /** exclude (default): live articles only; only: the trash; include: both. */
  trash?: 'exclude' | 'only' | 'include';
  /** Default: relevance when there is a query, else updated (newest first). title: A→Z; words: longest first. */
  sort?: SearchSort;
  limit?: number;
  offset?: number;
}

/** Offsets [start, end) of a match in a hit's title or snippet. */
export type Highlight = LibraryHit['titleHighlights'][number];

/** A library hit before the handler adds the dateline (the search index does not keep it). */
export type SearchHit = Omit<LibraryHit, 'dateline'>;

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

interface Entry {
  id: string;
  title: string;
  lang: Lang;
  status: ArticleStatus;
  updatedAt: string;
  deletedAt: string | null;
  words: number;
  /** title + "\n" + body plain text, NFC: what offsets refer to. */
  text: string;
  folded: string;
  /** Length of the folded title; matches before it are title matches. */
  titleFoldedLength: number;
}

// ---------- folding ----------

const foldCache = new Map<string, string>();
/** Everything but ASCII and precomposed Hangul syllables (kept whole: matching is on NFC syllables). */
const NEEDS_FOLD = /[^\u0000-\u007f\uac00-\ud7a3]/gu;

function foldChar(ch: string): string {
  let f = foldCache.get(ch);
  if (f === undefined) {
    // NFKD also folds full-width Latin and ligatures; combining marks (é → e) are then dropped.
    f = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (f === 'ß') f = 'ss';
    // Invisible format characters (zero-width space/joiners, soft hyphen, BOM) must not split a word:
    // "Jakarta" finds "Ja\u200Bkarta" pasted from the web.
    if (/^\p{Cf}$/u.test(ch)) f = '';
    if (foldCache.size < 50_000) foldCache.set(ch, f);
  }
  return f;
}

/** The form both text and queries are compared in. */
export function foldForSearch(s: string): string {
  return s.normalize('NFC').replace(NEEDS_FOLD, foldChar).toLowerCase();
}

/** Fold an NFC string and keep, for every folded position, the position it came from. */
function foldWithMap(s: string): { folded: string; map: Int32Array } {
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    const f = code < 0x80 ? ch.toLowerCase() : code >= 0xac00 && code <= 0xd7a3 ? ch : foldChar(ch).toLowerCase();
    parts.push(f);
    for (let k = 0; k < f.length; k++) map.push(i);
    i += ch.length;
  }
  map.push(i);
  return { folded: parts.join(''), map: Int32Array.from(map) };
}

export function parseQuery(q: string): string[] {
  const terms: string[] = [];
  for (const m of q.matchAll(/"([^"]+)"|(\S+)/g)) {
    const t = foldForSearch((m[1] ?? m[2]).replace(/\s+/g, ' ').trim());
    if (t) terms.push(t);
  }
  // Longest first: its snippet is the most telling, and a term inside another adds no constraint.
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

// ---------- the index ----------

const SNIPPET = 160;
const BEFORE = 50;
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const asSet = <T>(v: T | T[] | undefined) => (v === undefined ? null : new Set(Array.isArray(v) ? v : [v]));

export class SearchIndex {
  private entries = new Map<string, Entry>();

  static fromArticles(articles: Iterable<Article>): SearchIndex {
    const idx = new SearchIndex();
    for (const a of articles) idx.upsert(a);
    return idx;
  }

  get size(): number {
    return this.entries.size;
  }

  upsert(a: Article): void {
    this.put(a, a.title, bodyStats(a.body).plain);
  }

  /** Index an article from its metadata, title and plain body text (as stored by SearchStore). */
  put(a: Pick<Article, 'id' | 'lang' | 'status' | 'updatedAt' | 'deletedAt'>, rawTitle: string, plainBody: string): void {
    const plain = plainBody.normalize('NFC');
    const title = rawTitle.normalize('NFC');
    const foldedTitle = foldForSearch(title);
    this.entries.set(a.id, {
      id: a.id,
      title,
      lang: a.lang,
      status: a.status,
      updatedAt: a.updatedAt,
      deletedAt: a.deletedAt,
      words: countWords(plain),
      text: `${title}\n${plain}`,
      folded: `${foldedTitle}\n${foldForSearch(plain)}`,
      titleFoldedLength: foldedTitle.length,
    });
  }

  remove(id: string): void {
    this.entries.delete(id);
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  search(query: SearchQuery = {}): SearchResult {
    const terms = parseQuery(query.q ?? '');
    const statuses = asSet(query.status);
    const langs = asSet(query.lang);
    const trash = query.trash ?? 'exclude';
    const scored: { e: Entry; score: number }[] = [];
    for (const e of this.entries.values()) {
      if (trash === 'exclude' && e.deletedAt) continue;
      if (trash === 'only' && !e.deletedAt) continue;
      if (statuses && !statuses.has(e.status)) continue;
      if (langs && !langs.has(e.lang)) continue;
      let score = 0;
      let ok = true;
      for (const t of terms) {
        const at = e.folded.indexOf(t);
        if (at < 0) {
          ok = false;
          break;
        }
        score += at < e.titleFoldedLength ? 10 : 1;
        // A few more occurrences count a little; stop early so long texts cost no more.
        for (let n = 0, from = at + t.length; n < 4; n++) {
          const next = e.folded.indexOf(t, from);
          if (next < 0) break;
          score += 1;
          from = next + t.length;
        }
      }
      if (ok) scored.push({ e, score });
    }
    const sort = query.sort ?? (terms.length ? 'relevance' : 'updated');
    const byUpdated = (a: Entry, b: Entry) => (b.updatedAt < a.updatedAt ? -1 : b.updatedAt > a.updatedAt ? 1 : 0);
    scored.sort((x, y) => {
      if (sort === 'title') return collator.compare(x.e.title, y.e.title) || byUpdated(x.e, y.e);
      if (sort === 'words') return y.e.words - x.e.words || byUpdated(x.e, y.e);
      if (sort === 'relevance') return y.score - x.score || byUpdated(x.e, y.e);
      return byUpdated(x.e, y.e);
    });
    const offset = Math.max(0, query.offset ?? 0);
    const limit = Math.max(0, query.limit ?? 50);
    // Snippets need the offset map, so they are made only for the page being returned.
    const hits = scored.slice(offset, offset + limit).map(({ e, score }) => toHit(e, score, terms));
    return { total: scored.length, hits };
  }
}

function toHit(e: Entry, score: number, terms: string[]): SearchHit {
  const { folded, map } = foldWithMap(e.text);
  const ranges: Highlight[] = [];
  for (const t of terms) {
    for (let at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + t.length)) {
      ranges.push({ start: map[at], end: map[at + t.length - 1] + charLen(e.text, map[at + t.length - 1]) });
    }
  }
  const merged = mergeRanges(ranges);
  const titleEnd = e.title.length;
  const bodyStart = titleEnd + 1;
  const titleHighlights = merged.filter((r) => r.end <= titleEnd);
  const bodyRanges = merged.filter((r) => r.start >= bodyStart);
  const first = bodyRanges[0]?.start ?? bodyStart;
  let from = Math.max(bodyStart, first - BEFORE);
  // Start at a word boundary so the snippet does not open mid-word.
  if (from > bodyStart) {
    const sp = e.text.lastIndexOf(' ', from);
    if (sp >= bodyStart && from - sp < 20) from = sp + 1;
  }
  const to = Math.min(e.text.length, from + SNIPPET);
  const snippetRaw = e.text.slice(from, to);
  const snippet = snippetRaw.replace(/\n/g, ' ');
  const snippetHighlights = bodyRanges
    .filter((r) => r.start >= from && r.end <= to)
    .map((r) => ({ start: r.start - from, end: r.end - from }));
  return {
    id: e.id,
    title: e.title,
    lang: e.lang,
    status: e.status,
    updatedAt: e.updatedAt,
    deletedAt: e.deletedAt,
    words: e.words,
    score,
    titleHighlights,
    snippet,
    snippetHighlights,
  };
}

const charLen = (s: string, i: number) => (s.codePointAt(i)! > 0xffff ? 2 : 1);

function mergeRanges(rs: Highlight[]): Highlight[] {
  const sorted = [...rs].sort((a, b) => a.start - b.start);
  const out: Highlight[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
