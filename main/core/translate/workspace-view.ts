// What the translation workspace receives: a project with its glossary hits, source diffs and quotes per segment.
import type { ArticleQuotes, TranslationProject } from '../../../preload/contract/models';
import type { ProjectView, SegmentUpdate } from '../../../preload/contract/translate';
import type { DomainContext } from '../context';
import { findTerms } from '../glossary';
import { glossaryRepo, quoteRepo } from '../services';
import { progress } from './progress';
import { getSegment } from './segments';
import { sourceDiff } from './source-diff';
import { quotesBySegment, segmentQuotes } from './segment-quotes';

type Ctx = Pick<DomainContext, 'store' | 'service' | 'articles'>;

/** The source article's quote annotations and speakers, or null when it has none. */
export async function loadQuotes(ctx: Pick<DomainContext, 'store' | 'service'>, articleId: string): Promise<ArticleQuotes | null> {
  return (await quoteRepo(ctx).get(articleId)) ?? null;
}

export async function projectView(ctx: Ctx, project: TranslationProject, resync: ProjectView['resync'], title?: string): Promise<ProjectView> {
  const entries = await glossaryRepo(ctx).list();
  const terms: ProjectView['terms'] = {};
  const diffs: ProjectView['diffs'] = {};
  for (const s of project.segments) {
    const hits = findTerms(s.source, project.sourceLang, entries);
    if (hits.length) terms[s.id] = hits;
    const d = sourceDiff(s);
    if (d.length) diffs[s.id] = d;
  }
  const q = await loadQuotes(ctx, project.articleId);
  const quotes = q ? segmentQuotes(quotesBySegment(project.segments, q.quotes), q.speakers, project.targetLang) : {};
  const articleTitle = title ?? (await ctx.articles.get(project.articleId).then((a) => a.title, () => ''));
  return { project, articleTitle, progress: progress(project), terms, diffs, quotes, resync };
}

/** After a one-segment edit: that segment, the project's progress and the segment's source diff. */
export function segmentUpdate(project: TranslationProject, segId: string): SegmentUpdate {
  const segment = getSegment(project, segId);
  return { segment, progress: progress(project), diff: sourceDiff(segment) };
}

/** A project as the list of an article's translations shows it. */
export function projectSummary(p: TranslationProject) {
  const { id, articleId, sourceLang, targetLang, pivotLang, updatedAt } = p;
  return { id, articleId, sourceLang, targetLang, pivotLang, updatedAt, progress: progress(p) };
}
