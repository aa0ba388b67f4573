// Articles on disk: library.json (the index, a cache rebuilt from article files) + articles/<id>.json.
import { promises as fsp } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Low } from 'lowdb';
import type { Article, ArticlePatch, ArticleSummary } from '../../../preload/contract/common';
import type { DataStore } from '../store/data-store';
import { AppError } from '../errors';
import { countWords, htmlToPlainText } from './text';

interface ArticleDoc {
  schema: number;
  article: Article | null;
}
interface LibraryDoc {
  schema: number;
  articles: Record<string, ArticleSummary>;
}

const LIBRARY = 'library.json';
export const articleFile = (id: string) => `articles/${id}.json`;

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
    wordCount: countWords(htmlToPlainText(a.body)),
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
    return this.store.doc<ArticleDoc>(articleFile(id), { defaults: () => ({ schema: 1, article: null }) });
  }

  private lib(): Promise<Low<LibraryDoc>> {
    this.library ??= this.loadLibrary();
    return this.library;
  }

  /** Load the index and reconcile it with the article files, so a crash before a flush loses nothing. */
  private async loadLibrary(): Promise<Low<LibraryDoc>> {
    const db = await this.store.doc<LibraryDoc>(LIBRARY, { defaults: () => ({ schema: 1, articles: {} }) });
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
      const doc = await this.articleDoc(id);
      if (doc.data.article) {
        db.data.articles[id] = summarise(doc.data.article);
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
    if (!doc.data.article) throw new AppError('articles.notFound', `No article with id ${id}.`, { id });
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
    const doc = await this.articleDoc(article.id);
    doc.data.article = article;
    await doc.write();
    await this.indexPut(article);
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
  }

  async setDeleted(id: string, deleted: boolean): Promise<Article> {
    return this.save(id, { deletedAt: deleted ? new Date().toISOString() : null });
  }

  /** Remove for good (empty trash). */
  async purge(id: string): Promise<void> {
    await fsp.unlink(this.store.path(articleFile(id))).catch(() => {});
    this.store.forget(articleFile(id));
    const db = await this.lib();
    delete db.data.articles[id];
    this.scheduleFlush(db);
  }
}
