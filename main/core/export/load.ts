// Gathers what one export needs from a data folder (article, its translation project, quotes) and marks drafts exported.
// Shared by the export IPC handlers and the batch export; pure over a DataStore (no electron, no UI).
import type { Lang } from '../../../preload/contract/define';
import type { ArticleQuotes, TranslationProject } from '../../../preload/contract/models';
import { PUBLISHING_FORMATS } from '../../../preload/contract/values';
import type { ArticleRepo } from '../articles/repo';
import { AppError } from '../errors';
import type { ProjectRepo } from '../translate/repo';
import { formatInfo } from './index';
import type { ExportFormat, ExportInput, ExportWarning } from './types';

/** Formats that publish the article: exporting one marks the draft "exported" and records an 'export' revision. */
export const PUBLISHING: readonly ExportFormat[] = PUBLISHING_FORMATS;

/** main/core/quotes/repo.ts QuoteRepo, or null where no quote store exists (tests, older data). */
export type QuoteRepoLike = { get(articleId: string): Promise<ArticleQuotes | null> };

/** The article's quote annotations; 'unavailable' without a quote store, null when the article has none. */
export async function readQuotes(repo: QuoteRepoLike | null, articleId: string): Promise<ArticleQuotes | null | 'unavailable'> {
  if (!repo) return 'unavailable';
  try {
    return (await repo.get(articleId)) ?? null;
  } catch (e) {
    if (e instanceof AppError && /notFound/i.test(e.code)) return null;
    throw e;
  }
}

/**
 * The project an export reads: the one translating into `lang` (or through it as pivot); for a copy in the
 * article's own language, the only project if there is exactly one (ninjs lists it, bilingual formats need it).
 */
export function pickProject(projects: TranslationProject[], articleLang: Lang, lang: Lang | undefined): TranslationProject | null {
  if (lang && lang !== articleLang) {
    return projects.find((p) => p.targetLang === lang) ?? projects.find((p) => p.pivotLang === lang) ?? null;
  }
  return projects.length === 1 ? projects[0] : null;
}

export interface LoadDeps {
  articles: ArticleRepo;
  projects: ProjectRepo;
  quotes: QuoteRepoLike | null;
}

/** Article + project for `lang` + quotes (only when the format or the annotations option wants them). */
export async function loadExportInput(
  deps: LoadDeps,
  articleId: string,
  o: { format: ExportFormat; lang?: Lang; withAnnotations?: boolean },
): Promise<ExportInput> {
  const article = await deps.articles.get(articleId);
  const projects = await deps.projects.listForArticle(articleId);
  const project = pickProject(projects, article.lang, o.lang);
  if (o.lang && o.lang !== article.lang && !project) {
    throw new AppError('export.noTranslation', `Article ${articleId} has no translation into ${o.lang}.`, { articleId, lang: o.lang });
  }
  // XLIFF 1.2 carries quotes as notes when the article has them (optional, never required).
  const wantsQuotes = formatInfo(o.format).needs === 'quotes' || o.format === 'xliff12' || !!o.withAnnotations;
  let quotes: ArticleQuotes | null = null;
  if (wantsQuotes) {
    const q = await readQuotes(deps.quotes, articleId);
    if (q === 'unavailable') {
      if (formatInfo(o.format).needs === 'quotes') {
        throw new AppError('export.notAvailable', `The ${o.format} export is not available in this build (no quote store).`, { format: o.format });
      }
    } else quotes = q;
  }
  return { article, project, quotes };
}

export interface NumberedWarning {
  code: ExportWarning['code'];
  count: number;
  ids: string[];
  /** 1-based positions of the segments in the project (what a translator sees), [] for non-segment warnings. */
  numbers: number[];
}

/** Warnings with counts and segment numbers, so the UI can say "3 unapproved: 2, 5, 9". */
export function numberWarnings(warnings: ExportWarning[], project: TranslationProject | null | undefined): NumberedWarning[] {
  const pos = new Map((project?.segments ?? []).map((s, i) => [s.id, i + 1]));
  return warnings.map((w) => {
    const segment = w.code.startsWith('segment.');
    const numbers = segment ? w.segmentIds.map((id) => pos.get(id)).filter((n): n is number => n !== undefined) : [];
    return { code: w.code, count: w.segmentIds.length, ids: w.segmentIds, numbers };
  });
}

/** After a publishing export: status "exported" (if not already) and an 'export' revision. */
export async function markExported(articles: ArticleRepo, id: string, now = new Date()): Promise<{ status: 'exported'; revision: number }> {
  const a = await articles.get(id);
  if (a.status !== 'exported') await articles.save(id, { status: 'exported' });
  const r = await articles.markRevision(id, 'export', now);
  await articles.flush();
  return { status: 'exported', revision: r.rev };
}
