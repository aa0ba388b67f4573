// Handlers for the article channels: thin wiring over ArticleRepo (main/core/articles) and the importers.
import type { HandlerMap } from '../dispatch';
import type { AppContext } from '../context';
import type { Article, ArticlePatch } from '../../preload/contract/common';
import { loadSample, type ImportResult } from '../core/import';
import { importPool } from '../core/pool';
import { primeBodyStats, sanitiseBody } from '../core/pool/sanitise-body';
import { importTask } from './import-task';
import { checkBytes } from '../core/import/limits';
import { quotesFile } from '../core/quotes/repo';
import { anchorFile } from '../core/quotes-ui/session';
import { projectRepo } from './translate';
import { datelineOf, parseDateline } from '../core/articles/dateline';

type ArticleHandlers = Pick<
  HandlerMap,
  `articles.${
    | 'list'
    | 'get'
    | 'create'
    | 'save'
    | 'trash'
    | 'purge'
    | 'emptyTrash'
    | 'search'
    | 'duplicate'
    | 'importFile'
    | 'importPaste'
    | 'sample'
    | 'revisions'
    | 'revision'
    | 'diff'
    | 'restore'
    | 'parseDateline'}`
>;

/** Deleting for good takes everything that belongs to the draft: its quotes and its translations too. */
async function purgeArticle(ctx: AppContext, id: string): Promise<void> {
  // The article goes first: a quote call racing the purge then finds no article and fails, instead of finding the
  // article without its quotes and detecting (and saving) them again behind the purge.
  await ctx.articles.purge(id);
  for (const p of await projectRepo(ctx).listForArticle(id)) await projectRepo(ctx).delete(p.id);
  await ctx.store.remove(quotesFile(id));
  await ctx.store.remove(anchorFile(id));
  ctx.emit('articles.changed', { id });
}

/**
 * Every body entering the store goes through the one allow-list (the renderer's editor is not trusted); a big body
 * is cleaned in the import pool (sanitise-body.ts), not on this thread.
 */
async function clean<P extends ArticlePatch>(patch: P): Promise<P> {
  if (patch.body === undefined) return patch;
  const body = await sanitiseBody(patch.body);
  await primeBodyStats(body);
  return { ...patch, body };
}

async function createFromImport(ctx: AppContext, r: ImportResult, langChosen: boolean) {
  const article = await ctx.articles.create({
    title: r.title,
    lang: r.lang,
    dateline: r.dateline,
    byline: r.byline,
    body: r.body,
  });
  ctx.emit('articles.changed', { id: article.id });
  return { article, detectedLang: r.lang, langConfidence: r.langConfidence, langChosen, format: r.format, warnings: r.warnings };
}

function changed(ctx: AppContext, a: Article): Article {
  ctx.emit('articles.changed', { id: a.id });
  return a;
}

export const articleHandlers: ArticleHandlers = {
  'articles.list': async (_req, ctx) => ctx.articles.list(),
  'articles.get': async ({ id }, ctx) => ctx.articles.get(id),
  'articles.parseDateline': async ({ text }) => {
    const m = parseDateline(text);
    return m ? { dateline: datelineOf(m), byline: m.byline, length: m.length } : null;
  },
  'articles.create': async (req, ctx) => changed(ctx, await ctx.articles.create(await clean(req))),
  'articles.save': async ({ id, patch }, ctx) => {
    const p = await clean(patch);
    const { article } = await ctx.articles.saveWithRevision(id, p);
    return changed(ctx, article);
  },
  'articles.trash': async ({ id, deleted }, ctx) => changed(ctx, await ctx.articles.setDeleted(id, deleted)),
  'articles.purge': async ({ id }, ctx) => {
    await purgeArticle(ctx, id);
    return { ok: true as const };
  },
  'articles.emptyTrash': async (_req, ctx) => {
    const trashed = (await ctx.articles.list()).filter((a) => a.deletedAt);
    for (const a of trashed) await purgeArticle(ctx, a.id);
    return { purged: trashed.length };
  },
  'articles.search': async (req, ctx) => {
    // One page of hits plus the library's counts: the renderer never needs every summary.
    const [result, counts] = await Promise.all([ctx.articles.search(req), ctx.articles.counts()]);
    const hits = await Promise.all(
      result.hits.map(async (h) => ({ ...h, dateline: (await ctx.articles.summary(h.id))?.dateline ?? { outlet: '', place: '' } })),
    );
    return { total: result.total, hits, counts };
  },
  'articles.duplicate': async ({ id, titleSuffix }, ctx) => changed(ctx, await ctx.articles.duplicate(id, titleSuffix)),
  // Parsing runs in the import pool (main/core/pool), never on this thread; cancelling ends it and creates nothing.
  'articles.importFile': async ({ name, dataBase64, lang, taskId }, ctx) => {
    // Size first (base64 is 4/3 of the bytes), so an oversized file is refused before it is decoded.
    checkBytes(Math.floor((dataBase64.length * 3) / 4));
    return importTask(ctx, taskId, async (signal, progress) => {
      progress(0, 1, 'parse');
      const r = await importPool().run('import.file', [name, dataBase64, { lang }], { signal });
      progress(1, 1, 'save');
      await primeBodyStats(r.body);
      return createFromImport(ctx, r, lang !== undefined);
    });
  },
  'articles.importPaste': async ({ html, text, lang, taskId }, ctx) =>
    importTask(ctx, taskId, async (signal, progress) => {
      progress(0, 1, 'parse');
      const r = await importPool().run('import.paste', [{ html, text }, { lang }], { signal });
      progress(1, 1, 'save');
      await primeBodyStats(r.body);
      return createFromImport(ctx, r, lang !== undefined);
    }),
  'articles.sample': async (_req, ctx) => createFromImport(ctx, await loadSample(), false),
  'articles.revisions': async ({ id }, ctx) => ctx.articles.listRevisions(id),
  'articles.revision': async ({ id, rev }, ctx) => ctx.articles.getRevision(id, rev),
  'articles.diff': async ({ id, from, to }, ctx) => ctx.articles.diffRevisions(id, from, to),
  'articles.restore': async ({ id, rev }, ctx) => changed(ctx, (await ctx.articles.restoreRevision(id, rev)).article),
};
