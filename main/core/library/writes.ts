// The library's writes as the app makes them: every body cleaned on the way in, every change announced
// ('articles.changed'), and the search page with each hit's dateline.
import type { Article, ArticlePatch } from '../../../preload/contract/common';
import type { DomainContext, RequestOf } from '../context';
import { primeBodyStats, sanitiseBody } from '../pool/sanitise-body';

type Ctx = Pick<DomainContext, 'articles' | 'emit'>;

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

/** Tells every window the article changed (lists and open editors reload it). */
export function announce(ctx: Ctx, a: Article): Article {
  ctx.emit('articles.changed', { id: a.id });
  return a;
}

export async function createArticle(ctx: Ctx, req: RequestOf<'articles.create'>) {
  return announce(ctx, await ctx.articles.create(await clean(req)));
}

export async function saveArticle(ctx: Ctx, { id, patch }: RequestOf<'articles.save'>) {
  const p = await clean(patch);
  const { article } = await ctx.articles.saveWithRevision(id, p);
  return announce(ctx, article);
}

export async function trashArticle(ctx: Ctx, { id, deleted }: RequestOf<'articles.trash'>) {
  return announce(ctx, await ctx.articles.setDeleted(id, deleted));
}

export async function duplicateArticle(ctx: Ctx, { id, titleSuffix }: RequestOf<'articles.duplicate'>) {
  return announce(ctx, await ctx.articles.duplicate(id, titleSuffix));
}

export async function restoreRevision(ctx: Ctx, { id, rev }: RequestOf<'articles.restore'>) {
  return announce(ctx, (await ctx.articles.restoreRevision(id, rev)).article);
}

/** One page of hits plus the library's counts: the renderer never needs every summary. */
export async function searchLibrary(ctx: Ctx, req: RequestOf<'articles.search'>) {
  const [result, counts] = await Promise.all([ctx.articles.search(req), ctx.articles.counts()]);
  const hits = await Promise.all(
    result.hits.map(async (h) => ({ ...h, dateline: (await ctx.articles.summary(h.id))?.dateline ?? { outlet: '', place: '' } })),
  );
  return { total: result.total, hits, counts };
}
