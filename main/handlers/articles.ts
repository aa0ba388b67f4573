// Handlers for the article channels: one call each into ArticleRepo, the library's writes, purge and the importers.
import type { HandlerMap } from '../core/context';
import * as library from '../core/library/writes';
import { emptyTrash, purgeArticle } from '../core/library/purge';
import { importArticleFile, importArticlePaste, importSample } from '../core/library/import';
import { describeDateline } from '../core/articles/dateline';

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

export const articleHandlers: ArticleHandlers = {
  'articles.list': async (_req, ctx) => ctx.articles.list(),
  'articles.get': async ({ id }, ctx) => ctx.articles.get(id),
  'articles.parseDateline': async ({ text }) => describeDateline(text),
  'articles.create': async (req, ctx) => library.createArticle(ctx, req),
  'articles.save': async (req, ctx) => library.saveArticle(ctx, req),
  'articles.trash': async (req, ctx) => library.trashArticle(ctx, req),
  'articles.purge': async ({ id }, ctx) => {
    await purgeArticle(ctx, id);
    return { ok: true as const };
  },
  'articles.emptyTrash': async (_req, ctx) => emptyTrash(ctx),
  'articles.search': async (req, ctx) => library.searchLibrary(ctx, req),
  'articles.duplicate': async (req, ctx) => library.duplicateArticle(ctx, req),
  'articles.importFile': async (req, ctx) => importArticleFile(ctx, req),
  'articles.importPaste': async (req, ctx) => importArticlePaste(ctx, req),
  'articles.sample': async (_req, ctx) => importSample(ctx),
  'articles.revisions': async ({ id }, ctx) => ctx.articles.listRevisions(id),
  'articles.revision': async ({ id, rev }, ctx) => ctx.articles.getRevision(id, rev),
  'articles.diff': async ({ id, from, to }, ctx) => ctx.articles.diffRevisions(id, from, to),
  'articles.restore': async (req, ctx) => library.restoreRevision(ctx, req),
};
