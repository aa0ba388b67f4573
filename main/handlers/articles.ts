// Handlers for the article channels.
import type { HandlerMap } from '../dispatch';

type ArticleHandlers = Pick<HandlerMap, `articles.${'list' | 'get' | 'create' | 'save' | 'trash' | 'purge'}`>;

export const articleHandlers: ArticleHandlers = {
  'articles.list': async (_req, ctx) => ctx.articles.list(),
  'articles.get': async ({ id }, ctx) => ctx.articles.get(id),
  'articles.create': async (req, ctx) => ctx.articles.create(req),
  'articles.save': async ({ id, patch }, ctx) => {
    const a = await ctx.articles.save(id, patch);
    ctx.emit('articles.changed', { id });
    return a;
  },
  'articles.trash': async ({ id, deleted }, ctx) => ctx.articles.setDeleted(id, deleted),
  'articles.purge': async ({ id }, ctx) => {
    await ctx.articles.purge(id);
    return { ok: true as const };
  },
};
