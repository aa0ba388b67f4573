// Shared data shapes used by several features: articles and their summaries.
import { z } from 'zod';
import { Id, Lang } from './define';
import { ARTICLE_STATUS_VALUES } from './values';

export const ArticleStatus = z.enum(ARTICLE_STATUS_VALUES);
export type ArticleStatus = z.infer<typeof ArticleStatus>;

/**
 * The credit at the start of the lead. outlet/place are what the editor edits; date, separator and `written`
 * (the credit exactly as it stood, e.g. "JAKARTA, KOMPAS.com –") are kept so every export prints it as written.
 */
export const Dateline = z.object({
  outlet: z.string().max(200),
  place: z.string().max(200),
  date: z.string().max(100).optional(),
  separator: z.string().max(10).optional(),
  written: z.string().max(300).optional(),
});
export type Dateline = z.infer<typeof Dateline>;

export const Article = z.object({
  id: Id,
  title: z.string().max(1000),
  lang: Lang,
  status: ArticleStatus,
  dateline: Dateline,
  byline: z.string().max(500),
  /** Sanitised HTML: p, h1-h3, ul/ol/li, strong, em, a[href], blockquote, br. */
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  /** Save counter: every durable save increments it. */
  rev: z.number().int().nonnegative(),
});
export type Article = z.infer<typeof Article>;

export const ArticleSummary = Article.pick({
  id: true,
  title: true,
  lang: true,
  status: true,
  dateline: true,
  updatedAt: true,
  createdAt: true,
  deletedAt: true,
}).extend({ wordCount: z.number().int().nonnegative() });
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** One run of a word diff (revisions, a segment's changed source, a TM match against the text looked up). */
export const DiffPart = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type DiffPart = z.infer<typeof DiffPart>;

export const ArticlePatch = Article.pick({
  title: true,
  lang: true,
  status: true,
  dateline: true,
  byline: true,
  body: true,
})
  .extend({
    // A saved body is bounded (about 5 MB of HTML, far beyond any article) so one call cannot flood the store.
    body: z.string().max(5_000_000),
  })
  .partial()
  .strict();
export type ArticlePatch = z.infer<typeof ArticlePatch>;
