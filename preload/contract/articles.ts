// Article channels: the drafts library (list, search, import, duplicate, trash) and the editor (save, history).
import { z } from 'zod';
import { channel, CodedMessage, Id, Lang, Ok, TaskId } from './define';
import { Article, ArticlePatch, ArticleStatus, ArticleSummary, Dateline, DiffPart } from './common';

export { DiffPart };

/** 20 MB of file bytes as base64 (4/3 of it), plus a little room. */
const MAX_BASE64 = 28_000_000;
const Rev = z.number().int().positive().max(1_000_000);

/** Why a revision was written: import / status / restore / export always add one; autosaves coalesce per minute. */
export const RevisionReason = z.enum(['autosave', 'status', 'restore', 'import', 'export']);
export type RevisionReason = z.infer<typeof RevisionReason>;
/** A revision without its body, with the body's word count: what the history list shows. */
export const RevisionSummary = z.object({
  rev: z.number().int(),
  /** When this revision's content was last written. */
  at: z.string(),
  reason: RevisionReason,
  title: z.string(),
  status: ArticleStatus,
  /** Autosaves only: when the one-minute window this revision coalesces began. */
  since: z.string().optional(),
  /** Restores only: the revision whose content was brought back. */
  restoredFrom: z.number().int().optional(),
  words: z.number().int().nonnegative(),
});
export type RevisionSummary = z.infer<typeof RevisionSummary>;
/** One stored revision of an article (revisions/<id>.json holds a list of these). */
export const Revision = RevisionSummary.omit({ words: true }).extend({ body: z.string() });
export type Revision = z.infer<typeof Revision>;

const Highlight = z.object({ start: z.number().int(), end: z.number().int() });
export const LibraryHit = z.object({
  id: Id,
  title: z.string(),
  lang: Lang,
  status: ArticleStatus,
  dateline: Dateline,
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  words: z.number().int().nonnegative(),
  score: z.number(),
  titleHighlights: z.array(Highlight),
  snippet: z.string(),
  snippetHighlights: z.array(Highlight),
});
export type LibraryHit = z.infer<typeof LibraryHit>;

export const LibrarySort = z.enum(['updated', 'title', 'words', 'relevance']);
export type LibrarySort = z.infer<typeof LibrarySort>;

export const SearchRequest = z
  .object({
    q: z.string().max(500).optional(),
    status: z.array(ArticleStatus).max(5).optional(),
    lang: z.array(Lang).max(3).optional(),
    trash: z.enum(['exclude', 'only', 'include']).optional(),
    sort: LibrarySort.optional(),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).max(1_000_000).optional(),
  })
  .strict();

/** What an import made: the new draft plus what was detected, so the UI can offer to change it. */
export const ImportOutcome = z.object({
  article: Article,
  detectedLang: Lang,
  langConfidence: z.number(),
  /** True when the user chose the language before importing (nothing was detected). */
  langChosen: z.boolean(),
  format: z.enum(['txt', 'md', 'html', 'docx', 'paste']),
  warnings: z.array(CodedMessage),
});
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const articlesContract = {
  'articles.list': channel(z.object({}).strict(), z.array(ArticleSummary)),
  'articles.get': channel(z.object({ id: Id }).strict(), Article),
  'articles.create': channel(ArticlePatch.extend({ title: z.string().max(1000) }), Article),
  /** Saves a patch durably and records history (a status change is its own revision; autosaves coalesce). */
  'articles.save': channel(
    z.object({ id: Id, patch: ArticlePatch }).strict(),
    Article,
  ),
  'articles.trash': channel(z.object({ id: Id, deleted: z.boolean() }).strict(), Article),
  'articles.purge': channel(z.object({ id: Id }).strict(), Ok),
  'articles.emptyTrash': channel(z.object({}).strict(), z.object({ purged: z.number().int().nonnegative() })),
  /** One page of hits (offset/limit), the number of matches, and how many drafts are live and in the trash. */
  'articles.search': channel(
    SearchRequest,
    z.object({
      total: z.number().int(),
      hits: z.array(LibraryHit),
      counts: z.object({ live: z.number().int().nonnegative(), trash: z.number().int().nonnegative() }),
    }),
  ),
  'articles.duplicate': channel(z.object({ id: Id, titleSuffix: z.string().max(100).optional() }).strict(), Article),
  'articles.importFile': channel(
    z.object({ name: z.string().min(1).max(500), dataBase64: z.string().max(MAX_BASE64), lang: Lang.optional(), taskId: TaskId.optional() }).strict(),
    ImportOutcome,
  ),
  'articles.importPaste': channel(
    z
      .object({ html: z.string().max(MAX_BASE64).optional(), text: z.string().max(MAX_BASE64).optional(), lang: Lang.optional(), taskId: TaskId.optional() })
      .strict(),
    ImportOutcome,
  ),
  'articles.sample': channel(z.object({}).strict(), ImportOutcome),
  'articles.revisions': channel(z.object({ id: Id }).strict(), z.array(RevisionSummary)),
  'articles.revision': channel(z.object({ id: Id, rev: Rev }).strict(), Revision),
  'articles.diff': channel(z.object({ id: Id, from: Rev, to: Rev }).strict(), z.array(DiffPart)),
  /** Recognises a credit at the start of a paragraph the editor is typing or pasting into. */
  'articles.parseDateline': channel(
    z.object({ text: z.string().max(400) }).strict(),
    z.object({ dateline: Dateline, byline: z.string(), length: z.number().int().nonnegative() }).nullable(),
  ),
  'articles.restore': channel(z.object({ id: Id, rev: Rev }).strict(), Article),
};
