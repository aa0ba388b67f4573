// Deleting a draft for good: the article and everything that belongs to it (quotes, anchors, translations).
import type { DomainContext } from '../context';
import { quotesFile } from '../quotes/repo';
import { anchorFile } from '../quotes-ui/session';
import { projectRepo } from '../services';

type Ctx = Pick<DomainContext, 'articles' | 'store' | 'service' | 'emit'>;

/** Deleting for good takes everything that belongs to the draft: its quotes and its translations too. */
export async function purgeArticle(ctx: Ctx, id: string): Promise<void> {
  // The article goes first: a quote call racing the purge then finds no article and fails, instead of finding the
  // article without its quotes and detecting (and saving) them again behind the purge.
  await ctx.articles.purge(id);
  for (const p of await projectRepo(ctx).listForArticle(id)) await projectRepo(ctx).delete(p.id);
  await ctx.store.remove(quotesFile(id));
  await ctx.store.remove(anchorFile(id));
  ctx.emit('articles.changed', { id });
}

/** Purges every draft in the trash, one after another; answers how many went. */
export async function emptyTrash(ctx: Ctx): Promise<{ purged: number }> {
  const trashed = (await ctx.articles.list()).filter((a) => a.deletedAt);
  for (const a of trashed) await purgeArticle(ctx, a.id);
  return { purged: trashed.length };
}
