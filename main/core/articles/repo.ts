// Articles on disk: articles/<id>.json (the truth) + library.json and library-search/ (caches checked by content hash).
import { safeId } from '../store/ids';
import { promises as fsp } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { z } from 'zod';
import { Article as ArticleShape, type Article, type ArticlePatch, type ArticleSummary } from '../../../preload/contract/common';
import type { DataStore } from '../store/data-store';
import { AppError } from '../errors';
import { bodyStats } from './body-stats';
import { RevisionLog, revisionsFile, summariseRevision as summary, type Revision, type RevisionSummary } from './revisions';
import { diffArticles, type DiffPart } from './diff';
import { SearchIndex, parseQuery, type SearchQuery, type SearchResult } from './search';
import { SearchStore, SEARCH_DIR } from './search-store';
import { countSummaries, pageOfSummaries } from './library-page';
import { acceptsDoc } from '../store/data-store';
import { parseOrNull } from '../store/snapshots';
import { isMark, isObject, isSummary } from './summary-check';

interface ArticleDoc {
  schema: number;
  article: Article | null;
}
/** What the article file held when its summary was taken: stat for a cheap "unchanged", hash as the truth. */
interface FileMark {
  size: number;
  mtimeMs: number;
  hash: string;
}
interface LibraryDoc {
  schema: number;
  articles: Record<string, ArticleSummary>;
  /** Per article: the file its summary (and its stored search text) was taken from. Older files lack it. */
  files: Record<string, FileMark>;
}

const LIBRARY = 'library.json';
// What a stored file must look like to be used: anything else is corrupt (set aside, snapshot, reported).
const ArticleDocShape = z.object({ schema: z.number(), article: ArticleShape.nullable() });
// Entries are checked one by one on load (isSummary/isMark): a bad entry is dropped and its file read again,
// instead of the whole index being thrown away (and zod over 20,000 entries costs 0.2 s on every start).
const LibraryDocShape = z.object({ schema: z.number(), articles: z.custom(isObject), files: z.custom(isObject) });
/** The background check of the article files starts this long after the first page was served (list/flush: now)… */
const VERIFY_DELAY_MS = 1_000;
/** …or this long after the index loaded, when no page is asked for (the CLI, tests). */
const VERIFY_FALLBACK_MS = 5_000;
export const articleFile = (id: string) => `articles/${safeId(id)}.json`;

/** The content hash that decides whether a summary or stored search text still describes its article file. */
export function contentHash(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('base64url').slice(0, 24);
}

export function newId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 16);
}

export function summarise(a: Article): ArticleSummary {
  return {
    id: a.id,
    title: a.title,
    lang: a.lang,
    status: a.status,
    dateline: a.dateline,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    deletedAt: a.deletedAt,
    wordCount: bodyStats(a.body).words,
  };
}

const sameSummary = (a: ArticleSummary | undefined, b: ArticleSummary) => !!a && JSON.stringify(a) === JSON.stringify(b);
type Refreshed = 'same' | 'marked' | 'changed';

export class ArticleRepo {
  private library: Promise<Low<LibraryDoc>> | null = null;
  private flushTimer: NodeJS.Timeout | null = null;
  /** The background check of every known article file against its mark (see verify). */
  private verifying: Promise<void> = Promise.resolve();
  /** Starts the background check now instead of after VERIFY_DELAY_MS. */
  private startVerify: () => void = () => {};
  /** Arms the check once the first page has been answered. */
  private afterFirstPage: () => void = () => {};
  private closed = false;
  /** Bumped by every save/drop of an id, so a background re-read never overwrites what a save just wrote. */
  private generations = new Map<string, number>();
  private changeListeners: ((id: string) => void)[] = [];
  /** Article files read by the index's checks since this repo opened (hashed; of those, parsed again). */
  readonly fileChecks = { hashed: 0, parsed: 0 };

  constructor(
    private readonly store: DataStore,
    /** The index is a cache: flush it this long after the last change (article files are the truth). */
    private readonly indexFlushMs = 500,
  ) {}

  private articleSpec(id: string) {
    return {
      defaults: (): ArticleDoc => ({ schema: 1, article: null }),
      schema: ArticleDocShape.refine((d) => d.article === null || d.article.id === id, 'article id differs from its file name'),
    };
  }

  private articleDoc(id: string): Promise<Low<ArticleDoc>> {
    return this.store.doc<ArticleDoc>(articleFile(id), this.articleSpec(id));
  }

  /** Told when the library found an article file different from its summary (changed outside, or recovered). */
  onChange(listener: (id: string) => void): () => void {
    this.changeListeners.push(listener);
    return () => (this.changeListeners = this.changeListeners.filter((l) => l !== listener));
  }

  private gen(id: string): number {
    return this.generations.get(id) ?? 0;
  }

  private bump(id: string): void {
    this.generations.set(id, this.gen(id) + 1);
  }

  private lib(): Promise<Low<LibraryDoc>> {
    // A failed load is not cached: the next call tries again instead of failing for ever.
    this.library ??= this.loadLibrary().catch((err) => {
      this.library = null;
      throw err;
    });
    return this.library;
  }

  /**
   * Load the index and reconcile it with the article folder's listing, so a crash before a flush (or a lost index)
   * hides nothing: a file the index does not know is read now. Files it knows are checked in the background
   * (verify), so the first page never waits for thousands of article files.
   */
  private async loadLibrary(): Promise<Low<LibraryDoc>> {
    const db = await this.store.doc<LibraryDoc>(LIBRARY, { defaults: () => ({ schema: 1, articles: {}, files: {} }), schema: LibraryDocShape });
    const names = await fsp.readdir(this.store.path('articles')).catch(() => [] as string[]);
    const onDisk = new Set<string>();
    for (const name of names) {
      const m = /^([A-Za-z0-9_-]+)\.json$/.exec(name);
      if (m) onDisk.add(m[1]);
    }
    let changed = false;
    for (const [id, s] of Object.entries(db.data.articles)) {
      if (!isSummary(s) || s.id !== id) {
        delete db.data.articles[id]; // read again from its file below
        changed = true;
      }
    }
    for (const [id, m] of Object.entries(db.data.files)) {
      if (!isMark(m)) {
        delete db.data.files[id];
        changed = true;
      }
    }
    const known: string[] = [];
    for (const id of onDisk) {
      if (db.data.articles[id]) known.push(id);
      else if ((await this.refresh(db, id)) !== 'same') changed = true;
    }
    for (const id of Object.keys(db.data.articles)) {
      if (!onDisk.has(id)) {
        delete db.data.articles[id];
        changed = true;
      }
    }
    for (const id of Object.keys(db.data.files)) {
      if (!db.data.articles[id]) {
        delete db.data.files[id];
        changed = true;
      }
    }
    if (changed) this.scheduleFlush(db);
    // The check waits until the first page has been shown, so it never competes with it (list and flush start it
    // at once).
    let start = () => {};
    const gate = new Promise<void>((r) => (start = r));
    const timers: NodeJS.Timeout[] = [];
    const later = (ms: number) => {
      const t = setTimeout(start, ms);
      t.unref?.();
      timers.push(t);
    };
    later(VERIFY_FALLBACK_MS);
    this.startVerify = () => {
      for (const t of timers) clearTimeout(t);
      start();
    };
    this.afterFirstPage = () => {
      this.afterFirstPage = () => {};
      later(VERIFY_DELAY_MS);
    };
    this.verifying = gate.then(() => this.verify(db, known)).catch(() => {});
    return db;
  }

  /**
   * Checks each known article file against its mark: same size and time → unchanged; otherwise its content hash
   * decides (a copied folder has new times but the same hashes: only the marks are renewed, so it heals once).
   * A file whose content differs is read again and its summary and search text replaced.
   */
  private async verify(db: Low<LibraryDoc>, ids: string[]): Promise<void> {
    const changed: string[] = [];
    let marked = false;
    const dir = this.store.path('articles');
    if (!(await fsp.stat(dir).catch(() => null))) return; // the folder went away (closed and removed): nothing to check
    for (let i = 0; i < ids.length; i += 64) {
      await Promise.all(
        ids.slice(i, i + 64).map(async (id) => {
          const gen = this.gen(id);
          const st = await fsp.stat(join(dir, `${id}.json`)).catch(() => null);
          const mark = db.data.files[id];
          if (st && mark && st.size === mark.size && st.mtimeMs === mark.mtimeMs) return;
          const r = await this.refresh(db, id, gen);
          if (r === 'changed') changed.push(id);
          else if (r === 'marked') marked = true;
        }),
      );
    }
    if (changed.length || marked) this.scheduleFlush(db);
    for (const id of changed) for (const l of this.changeListeners) l(id);
  }

  /**
   * Reads one article file and brings its summary, mark and (when `needText` or the content changed) its search
   * text up to date. A damaged file goes through the store's recovery (set aside, snapshot back, reported).
   */
  private async refresh(db: Low<LibraryDoc>, id: string, gen = this.gen(id), needText = false): Promise<Refreshed> {
    const file = this.store.path(articleFile(id));
    const [bytes, st] = await Promise.all([fsp.readFile(file).catch(() => null), fsp.stat(file).catch(() => null)]);
    if (this.gen(id) !== gen) return 'same'; // a save or purge raced us: it holds the newer truth
    if (!bytes || !st) return this.forgetEntry(db, id);
    const hash = contentHash(bytes);
    this.fileChecks.hashed++;
    const mark = db.data.files[id];
    const summary = db.data.articles[id];
    if (!needText && summary && mark?.hash === hash) {
      if (mark.size === st.size && mark.mtimeMs === st.mtimeMs) return 'same';
      db.data.files[id] = { size: st.size, mtimeMs: st.mtimeMs, hash };
      return 'marked';
    }
    let article: Article | null;
    let fresh: FileMark | null = { size: st.size, mtimeMs: st.mtimeMs, hash };
    this.fileChecks.parsed++;
    const parsed = parseOrNull(bytes.toString('utf8'));
    if (parsed !== null && acceptsDoc(this.articleSpec(id), articleFile(id))(parsed)) {
      article = (parsed as ArticleDoc).article;
    } else {
      // Damaged or of the wrong shape: the store sets it aside and brings back the newest good snapshot.
      const doc = await this.articleDoc(id).catch(() => null);
      if (!doc) return 'same'; // unreadable now: it keeps its last known summary (or stays out until it reads)
      article = doc.data.article;
      fresh = null; // the file was just replaced: hashed again on the next check
    }
    if (this.gen(id) !== gen) return 'same';
    // Set aside with nothing to restore: reported by the store, no longer a draft to list.
    if (!article) return this.forgetEntry(db, id);
    const next = summarise(article);
    const same = sameSummary(summary, next);
    db.data.articles[id] = next;
    if (fresh) db.data.files[id] = fresh;
    else delete db.data.files[id];
    this.searchIdx?.upsert(article);
    this.searchStore?.put(id, { hash: fresh?.hash ?? '', title: article.title, text: bodyStats(article.body).plain });
    return same ? 'marked' : 'changed';
  }

  /** Drops an article's summary, mark and search text (its file is gone or unreadable for good). */
  private forgetEntry(db: Low<LibraryDoc>, id: string): Refreshed {
    this.searchIdx?.remove(id);
    this.searchStore?.drop(id);
    delete db.data.files[id];
    if (!db.data.articles[id]) return 'same';
    delete db.data.articles[id];
    return 'changed';
  }

  private scheduleFlush(db: Low<LibraryDoc>): void {
    if (this.closed) return; // close() has written it
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      db.write().catch(() => {}); // the index is rebuilt from article files if this is lost
    }, this.indexFlushMs);
    this.flushTimer.unref?.();
  }

  /** Writes the library index and the changed search shards now (after any background check has finished). */
  async flush(): Promise<void> {
    this.startVerify();
    await this.verifying;
    await this.searchIdxLoading?.catch(() => {});
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
    }
    if (this.library) await (await this.library).write();
    await this.searchStore?.flush();
  }

  /** Every summary, newest first, after the background check of the article files has finished. */
  async list(): Promise<ArticleSummary[]> {
    const db = await this.lib();
    this.startVerify();
    await this.verifying;
    return Object.values(db.data.articles).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** The stored summary of one article (from the index; no article file is read). */
  async summary(id: string): Promise<ArticleSummary | undefined> {
    return (await this.lib()).data.articles[id];
  }

  /** Live drafts and drafts in the trash, from the index. */
  async counts(): Promise<{ live: number; trash: number }> {
    return countSummaries(Object.values((await this.lib()).data.articles));
  }

  /**
   * App start-up: loads the index at once (while the window loads), then — after the first page and the check of
   * the article files — the search text, so the first search is ready early without slowing the first page.
   */
  async warmUp(): Promise<void> {
    await this.lib();
    await this.verifying;
    if (!this.closed) await this.searchIndex();
  }

  /** Finishes background work and writes everything; nothing is scheduled after it. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
  }

  async get(id: string): Promise<Article> {
    if (!(await this.store.exists(articleFile(id)))) {
      throw new AppError('articles.notFound', `No article with id ${id}.`, { id });
    }
    const doc = await this.articleDoc(id);
    if (!doc.data.article) {
      await this.indexDrop(id); // set aside as unreadable with nothing to restore: no longer a draft to list
      throw new AppError('articles.notFound', `No article with id ${id}.`, { id });
    }
    return doc.data.article;
  }

  async create(init: ArticlePatch & { title: string }): Promise<Article> {
    const now = new Date().toISOString();
    const article: Article = {
      id: newId(),
      title: init.title,
      lang: init.lang ?? 'id',
      status: init.status ?? 'draft',
      dateline: init.dateline ?? { outlet: '', place: '' },
      byline: init.byline ?? '',
      body: init.body ?? '',
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      rev: 1,
    };
    const rel = articleFile(article.id);
    const doc = await this.articleDoc(article.id);
    doc.data.article = article;
    try {
      await doc.write();
      await this.indexPut(doc.data);
    } catch (err) {
      // A create that reports failure must leave nothing behind (no orphan draft appears later).
      await this.store.remove(rel).catch(() => this.store.forget(rel));
      throw err;
    }
    // Revision 1: the content the article came into the library with (created, imported or duplicated).
    await this.recordHistory(article, 'import', new Date(now));
    return article;
  }

  /** Apply a patch and write it durably; resolves only after fsync+rename. */
  async save(id: string, patch: ArticlePatch & { deletedAt?: string | null }): Promise<Article> {
    const doc = await this.articleDoc(id);
    const current = doc.data.article;
    if (!current) throw new AppError('articles.notFound', `No article with id ${id}.`, { id });
    const next: Article = { ...current, ...patch, updatedAt: new Date().toISOString(), rev: current.rev + 1 };
    doc.data.article = next;
    try {
      await doc.write();
    } catch (err) {
      doc.data.article = current; // memory must not claim what the disk does not hold
      throw err;
    }
    await this.indexPut(doc.data);
    return next;
  }

  /** After a durable write: the summary, the file's mark (hash of exactly what was written) and the search text. */
  private async indexPut(data: ArticleDoc): Promise<void> {
    const a = data.article!;
    this.bump(a.id);
    const gen = this.gen(a.id);
    const text = JSON.stringify(data); // what the store's adapter wrote
    const st = await fsp.stat(this.store.path(articleFile(a.id))).catch(() => null);
    const db = await this.lib();
    if (this.gen(a.id) !== gen) return; // a later save already recorded newer content
    db.data.articles[a.id] = summarise(a);
    const hash = contentHash(text);
    if (st && st.size === Buffer.byteLength(text)) db.data.files[a.id] = { size: st.size, mtimeMs: st.mtimeMs, hash };
    else delete db.data.files[a.id]; // not what we think we wrote: hashed from the file on the next check
    this.scheduleFlush(db);
    this.searchIdx?.upsert(a);
    this.searchStore?.put(a.id, { hash: db.data.files[a.id]?.hash ?? '', title: a.title, text: bodyStats(a.body).plain });
  }

  private async indexDrop(id: string): Promise<void> {
    this.bump(id);
    const db = await this.lib();
    if (this.forgetEntry(db, id) === 'changed') this.scheduleFlush(db);
  }

  async setDeleted(id: string, deleted: boolean): Promise<Article> {
    return this.save(id, { deletedAt: deleted ? new Date().toISOString() : null });
  }

  /** Remove for good (empty trash). */
  async purge(id: string): Promise<void> {
    this.bump(id);
    await this.store.remove(articleFile(id));
    await this.store.remove(revisionsFile(id));
    await this.indexDrop(id);
  }

  // ---------- revisions (see revisions.ts for the coalescing rule) ----------

  private revisionLog: RevisionLog | null = null;
  private get revisions(): RevisionLog {
    this.revisionLog ??= new RevisionLog(this.store);
    return this.revisionLog;
  }

  /** save() plus history: a 'status' revision when the status changes, else a coalesced 'autosave'. */
  async saveWithRevision(
    id: string,
    patch: ArticlePatch,
    now = new Date(),
  ): Promise<{ article: Article; revision: RevisionSummary | null }> {
    const before = await this.get(id);
    const article = await this.save(id, patch);
    const reason = patch.status !== undefined && patch.status !== before.status ? 'status' : 'autosave';
    const r = await this.recordHistory(article, reason, now);
    return { article, revision: r ? summary(r) : null };
  }

  /**
   * History is secondary to the article: once the article is durably written, a failed revision write
   * (read-only or full revisions/) must not turn the save into a reported failure. It is reported once,
   * separately, as a store notice naming the file.
   */
  private historyTrouble = new Set<string>();
  private async recordHistory(article: Article, reason: 'import' | 'autosave' | 'status', now: Date): Promise<Revision | null> {
    try {
      const r = await this.revisions.record(article, reason, now);
      this.historyTrouble.delete(article.id);
      return r;
    } catch (err) {
      if (!this.historyTrouble.has(article.id)) {
        this.historyTrouble.add(article.id);
        this.store.notify({
          file: this.store.path(revisionsFile(article.id)),
          corruptCopy: '',
          snapshot: null,
          at: now.toISOString(),
          kind: 'history',
          reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message.slice(0, 200),
        });
      }
      return null;
    }
  }

  /** Record a milestone revision of the current content, e.g. 'export' after a successful export. */
  async markRevision(id: string, reason: 'export' | 'import' | 'status', now = new Date()): Promise<RevisionSummary> {
    const article = await this.get(id);
    return summary((await this.revisions.record(article, reason, now))!);
  }

  /** Newest first, without bodies. */
  async listRevisions(id: string): Promise<RevisionSummary[]> {
    await this.get(id);
    return this.revisions.list(id);
  }

  async getRevision(id: string, rev: number): Promise<Revision> {
    await this.get(id);
    return this.revisions.get(id, rev);
  }

  /**
   * Bring back a revision's title and body (status stays: restoring text is not a workflow step).
   * The current text is recorded first if history does not hold it yet, then a 'restore' revision is
   * added, so nothing is ever lost by restoring.
   */
  async restoreRevision(id: string, rev: number, now = new Date()): Promise<{ article: Article; revision: RevisionSummary }> {
    const target = await this.getRevision(id, rev);
    const current = await this.get(id);
    await this.revisions.record(current, 'autosave', now);
    const article = await this.save(id, { title: target.title, body: target.body });
    const r = await this.revisions.record(article, 'restore', now, { restoredFrom: rev });
    return { article, revision: summary(r!) };
  }

  /** A new draft with the same content (status back to draft); its history starts at revision 1. */
  async duplicate(id: string, titleSuffix = ' (copy)'): Promise<Article> {
    const a = await this.get(id);
    return this.create({
      title: `${a.title}${titleSuffix}`.slice(0, 1000),
      lang: a.lang,
      status: 'draft',
      dateline: { ...a.dateline },
      byline: a.byline,
      body: a.body,
    });
  }

  /** Word-level diff from revision `from` to revision `to` (title line, then the body's plain text). */
  async diffRevisions(id: string, from: number, to: number): Promise<DiffPart[]> {
    const [a, b] = await Promise.all([this.getRevision(id, from), this.getRevision(id, to)]);
    return diffArticles(a, b);
  }

  // ---------- search ----------

  private searchIdx: SearchIndex | null = null;
  private searchStore: SearchStore | null = null;
  private searchIdxLoading: Promise<SearchIndex> | null = null;

  /**
   * The library's full-text index: loaded from the stored search text (library-search/), where each entry is used
   * only while its hash matches the article file's; missing or stale entries are read from the article files
   * and stored again. Saves keep it current from then on.
   */
  searchIndex(): Promise<SearchIndex> {
    this.searchIdxLoading ??= this.loadSearchIndex().catch((err) => {
      this.searchIdxLoading = null;
      this.searchIdx = null;
      this.searchStore = null;
      throw err;
    });
    return this.searchIdxLoading;
  }

  private async loadSearchIndex(): Promise<SearchIndex> {
    const db = await this.lib();
    const idx = new SearchIndex();
    this.searchIdx = idx; // saves during the load land in it (and win: their ids are skipped below)
    const stored = new SearchStore(this.store.path(SEARCH_DIR), this.store.readOnly);
    const texts = await stored.load();
    this.searchStore = stored;
    const stale: string[] = [];
    let n = 0;
    for (const [id, s] of Object.entries(db.data.articles)) {
      // Folding thousands of texts takes a while: let the user's calls in between.
      if (++n % 250 === 0) await new Promise((r) => setImmediate(r));
      if (idx.has(id)) continue;
      const e = texts.get(id);
      const mark = db.data.files[id];
      if (e && mark && e.hash === mark.hash) idx.put(s, e.title, e.text);
      else stale.push(id);
    }
    for (const id of texts.keys()) if (!db.data.articles[id]) stored.drop(id);
    for (const id of stale) {
      if (idx.has(id)) continue;
      const r = await this.refresh(db, id, this.gen(id), true);
      if (r === 'changed') for (const l of this.changeListeners) l(id);
    }
    if (stale.length) this.scheduleFlush(db);
    void stored.flush().catch(() => {});
    return idx;
  }

  /** One page of hits. Without words to find, the page comes from the index alone (no article text is needed). */
  async search(query: SearchQuery = {}): Promise<SearchResult> {
    const result =
      parseQuery(query.q ?? '').length === 0
        ? pageOfSummaries(Object.values((await this.lib()).data.articles), query)
        : (await this.searchIndex()).search(query);
    this.afterFirstPage();
    return result;
  }
}
