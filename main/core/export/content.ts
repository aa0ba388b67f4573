// Which text an export prints: the article as written, or its translation (target or pivot) rebuilt into blocks.
import type { Lang } from '../../../preload/contract/define';
import type { Segment, TranslationProject } from '../../../preload/contract/models';
import { AppError } from '../errors';
import { alignSegments } from './align';
import { parseBody, type Block, type DocModel } from './model';
import { sanitizeBody } from './sanitize';
import type { ExportInput, ExportOptions, ExportWarning } from './types';

export interface ResolvedContent {
  /** What the document prints. */
  model: DocModel;
  /** The article as written (sanitised). */
  source: DocModel;
  /** Which side of the project `model` comes from. */
  side: 'source' | 'target' | 'pivot';
  warnings: ExportWarning[];
}

export function sourceModel(input: ExportInput): DocModel {
  const a = input.article;
  return { lang: a.lang, title: a.title, byline: a.byline, dateline: a.dateline, blocks: parseBody(sanitizeBody(a.body)) };
}

/** The project side that holds `lang`, or an error a user can act on. */
export function sideFor(input: ExportInput, lang: Lang | undefined): 'source' | 'target' | 'pivot' {
  const { article, project } = input;
  if (project && project.articleId !== article.id) {
    throw new AppError('export.projectMismatch', `Translation project ${project.id} belongs to another article.`, {
      projectId: project.id,
      articleId: article.id,
    });
  }
  if (!lang || lang === article.lang) return 'source';
  if (project?.targetLang === lang) return 'target';
  if (project?.pivotLang === lang) return 'pivot';
  throw new AppError('export.noTranslation', `Article ${article.id} has no translation into ${lang}.`, {
    articleId: article.id,
    lang,
  });
}

/** Statuses whose target a translator stood behind: only these ever export as targets. */
const CONFIRMED = new Set<Segment['status']>(['translated', 'reviewed', 'approved']);

/**
 * May this segment's target be exported? It needs text and a confirmation (translated, reviewed or approved:
 * drafts, unconfirmed MT among them, never export as targets); includeUnapproved=false narrows to approved.
 */
export function usableTarget(seg: Segment, options: Pick<ExportOptions, 'includeUnapproved'>): boolean {
  if (!seg.target.trim() || !CONFIRMED.has(seg.status)) return false;
  return options.includeUnapproved !== false || seg.status === 'approved';
}

/** An export of the target side with no usable target at all is refused with a message saying why. */
export function assertSomethingToExport(project: TranslationProject, options: Pick<ExportOptions, 'includeUnapproved'>): void {
  if (project.segments.some((s) => usableTarget(s, options))) return;
  const approvedOnly = options.includeUnapproved === false;
  throw new AppError(
    approvedOnly ? 'export.nothingApproved' : 'export.nothingConfirmed',
    approvedOnly
      ? `Nothing to export: no segment of the ${project.targetLang} translation is approved yet.`
      : `Nothing to export: no segment of the ${project.targetLang} translation is confirmed yet (drafts are never exported).`,
    { lang: project.targetLang },
  );
}

/**
 * Translation warnings: segments whose target is missing or not confirmed (a draft), and confirmed targets not
 * yet approved.
 */
export function translationWarnings(project: TranslationProject, side: 'target' | 'pivot'): ExportWarning[] {
  const untranslated: string[] = [];
  const unapproved: string[] = [];
  for (const s of project.segments) {
    const text = side === 'pivot' ? s.pivot : s.target;
    if (!text.trim() || (side === 'target' && !CONFIRMED.has(s.status))) untranslated.push(s.id);
    else if (side === 'target' && s.status !== 'approved') unapproved.push(s.id);
  }
  const out: ExportWarning[] = [];
  if (untranslated.length) out.push({ code: 'segment.untranslated', segmentIds: untranslated });
  if (unapproved.length) out.push({ code: 'segment.unapproved', segmentIds: unapproved });
  return out;
}

/** The text a segment contributes on `side`, honouring includeUnapproved and the fallback. */
export function segmentText(seg: Segment, side: 'target' | 'pivot', options: ExportOptions): string {
  const text = side === 'pivot' ? seg.pivot : seg.target;
  const usable = side === 'pivot' ? text.trim() !== '' : usableTarget(seg, options);
  if (usable) return text.trim();
  return (options.unapprovedFallback ?? 'source') === 'source' ? seg.source.trim() : '';
}

export function resolveContent(input: ExportInput, options: ExportOptions): ResolvedContent {
  const source = sourceModel(input);
  const side = sideFor(input, options.lang);
  if (side === 'source' || !input.project) {
    const model = options.title?.trim() ? { ...source, title: options.title.trim() } : source;
    return { model, source, side: 'source', warnings: [] };
  }
  const project = input.project;
  if (side === 'target') assertSomethingToExport(project, options);
  const { perBlock, titleSegment } = alignSegments(source.title, source.blocks, project.segments);
  const keepUnsegmented = (options.unapprovedFallback ?? 'source') === 'source';
  const blocks: Block[] = [];
  source.blocks.forEach((b, i) => {
    const segs = perBlock[i];
    if (!segs.length) {
      if (keepUnsegmented) blocks.push({ kind: b.kind, list: b.list, runs: b.runs });
      return;
    }
    const text = segs
      .map((si) => segmentText(project.segments[si], side, options))
      .filter(Boolean)
      .join(' ');
    // Segments are plain text: inline bold/italic/links of the source do not survive translation.
    if (text) blocks.push({ kind: b.kind, ...(b.list ? { list: b.list } : {}), runs: [{ text }] });
  });
  const warnings = translationWarnings(project, side);
  // The headline is segment 0: its translation is the title (options.title still overrides, e.g. from the CLI).
  let title = options.title?.trim() || '';
  if (!title && titleSegment >= 0) title = segmentText(project.segments[titleSegment], side, { ...options, unapprovedFallback: 'empty' });
  if (!title) {
    // No usable translated headline: the source headline stays, and the user is told.
    title = source.title;
    warnings.push({ code: 'title.untranslated', segmentIds: [] });
  }
  const lang = side === 'pivot' ? (project.pivotLang as Lang) : project.targetLang;
  return { model: { ...source, lang, title, blocks }, source, side, warnings };
}
