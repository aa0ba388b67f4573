// Articles on disk: library.json (the index, a cache rebuilt from article files) + articles/<id>.json.
import { safeId } from '../store/ids';
import { promises as fsp } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Low } from 'lowdb';
import { z } from 'zod';
import { Article as ArticleShape, ArticleSummary as SummaryShape, type Article, type ArticlePatch, type ArticleSummary } from '../../../preload/contract/common';
import type { DataStore } from '../store/data-store';
import { AppError } from '../errors';
import { bodyStats } from './body-stats';
import { RevisionLog, revisionsFile, summariseRevision as summary, type Revision, type RevisionSummary } from './revisions';
import { diffArticles, type DiffPart } from './diff';
import { SearchIndex, type SearchQuery, type SearchResult } from './search';

interface ArticleDoc {
  schema: number;
  article: Article | null;
}
interface LibraryDoc {
  schema: number;
  articles: Record<string, ArticleSummary>;
}

const LIBRARY = 'library.json';
// What a stored file must look like to be used: anything else is corrupt (set aside, snapshot, reported).
const ArticleDocShape = z.object({ schema: z.number(), article: ArticleShape.nullable() });
const LibraryDocShape = z.object({ schema: z.number(), articles: z.record(z.string(), SummaryShape) });
export const articleFile = (id: string) => `articles/${safeId(id)}.json`;

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

export class ArticleRepo {
  private library: Promise<Low<LibraryDoc>> | null = null;
  private flushTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: DataStore,
    /** The index is a cache: flush it this long after the last change (article files are the truth). */
    private readonly indexFlushMs = 500,
  ) {}

  private articleDoc(id: string): Promise<Low<ArticleDoc>> {
    return this.store.doc<ArticleDoc>(articleFile(id), {
      defaults: () => ({ schema: 1, article: null }),
      schema: ArticleDocShape.refine((d) => d.article === null || d.article.id === id, 'article id differs from its file name'),
    });
  }

  private lib(): Promise<Low<LibraryDoc>> {
    // A failed load is not cached: the next call tries again instead of failing for ever.
    this.library ??= this.loadLibrary().catch((err) => {
      this.library = null;
      throw err;
    });
    return this.library;
  }

  /** Load the index and reconcile it with the article files, so a crash before a flush loses nothing. */
  private async loadLibrary(): Promise<Low<LibraryDoc>> {
    const db = await this.store.doc<LibraryDoc>(LIBRARY, { defaults: () => ({ schema: 1, articles: {} }), schema: LibraryDocShape });
    const dir = this.store.path('articles');
    const names = await fsp.readdir(dir).catch(() => [] as string[]);
    const onDisk = new Set<string>();
    let changed = false;
    for (const name of names) {
      const m = /^([A-Za-z0-9_-]+)\.json$/.exec(name);
      if (!m) continue;
      const id = m[1];
      onDisk.add(id);
      const known = db.data.articles[id];
      const stat = await fsp.stat(`${dir}/${name}`).catch(() => null);
      if (known && stat && stat.mtimeMs <= Date.parse(known.updatedAt) + 5_000) continue;
      // One unreadable article never hides the others: it keeps its last known summary (or is left out).
      const doc = await this.articleDoc(id).catch(() => null);
      if (!doc) continue;
      if (doc.data.article) {
        db.data.articles[id] = summarise(doc.data.article);
        changed = true;
      } else if (known) {
        delete db.data.articles[id]; // set aside with no snapshot to restore: reported, no longer a draft
        changed = true;
      }
    }
    for (const id of Object.keys(db.data.articles)) {
      if (!onDisk.has(id)) {
        delete db.data.articles[id];
        changed = true;
      }
    }
    if (changed) this.scheduleFlush(db);
    return db;
  }

  private scheduleFlush(db: Low<LibraryDoc>): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      db.write().catch(() => {}); // the index is rebuilt from article files if this is lost
    }, this.indexFlushMs);
    this.flushTimer.unref?.();
  }

  async flush(): Promise<void> {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
    }
    if (this.library) await (await this.library).write();
  }

  async list(): Promise<ArticleSummary[]> {
    const db = await this.lib();
    return Object.values(db.data.articles).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
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
      await this.indexPut(article);
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
    await this.indexPut(next);
    return next;
  }

  private async indexPut(a: Article): Promise<void> {
    const db = await this.lib();
    db.data.articles[a.id] = summarise(a);
    this.scheduleFlush(db);
    this.searchIdx?.upsert(a);
  }

  private async indexDrop(id: string): Promise<void> {
    const db = await this.lib();
    if (!db.data.articles[id]) return;
    delete db.data.articles[id];
    this.scheduleFlush(db);
    this.searchIdx?.remove(id);
  }

  async setDeleted(id: string, deleted: boolean): Promise<Article> {
    return this.save(id, { deletedAt: deleted ? new Date().toISOString() : null });
  }

  /** Remove for good (empty trash). */
  async purge(id: string): Promise<void> {
    await this.store.remove(articleFile(id));
    await this.store.remove(revisionsFile(id));
    const db = await this.lib();
    delete db.data.articles[id];
    this.scheduleFlush(db);
    this.searchIdx?.remove(id);
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
  private searchIdxLoading: Promise<SearchIndex> | null = null;

  /** The library's search index: built from every article file on first use, then kept current by saves. */
  searchIndex(): Promise<SearchIndex> {
    this.searchIdxLoading ??= (async () => {
      const idx = new SearchIndex();
      this.searchIdx = idx; // saves during the build land in it too
      for (const s of await this.list()) {
        const a = await this.get(s.id).catch(() => null);
        if (a) idx.upsert(a);
      }
      return idx;
    })();
    return this.searchIdxLoading;
  }

  async search(query: SearchQuery = {}): Promise<SearchResult> {
    return (await this.searchIndex()).search(query);
  }
}
