// The translation workspace's operations over one data folder: open (resync with the article), edit, confirm
// (feeding the TM), split/join, matches, QA and match-band analysis. Every change goes through updateProject.
import type { ProjectView } from '../../../preload/contract/translate';
import type { DomainContext, RequestOf, ResponseOf } from '../context';
import { AppError } from '../errors';
import { htmlToPlainText } from '../articles/text';
import { runQa, summarise } from '../qa';
import { analyse } from '../analysis';
import { glossaryRepo, projectRepo, translationMemory } from '../services';
import { updateProject } from './project-lock';
import { loadQuotes, projectSummary, projectView, segmentUpdate } from './workspace-view';
import { quotesBySegment } from './segment-quotes';
import { bodySegments, headlineOf, syncHeadline } from './headline';
import { resyncWithReport } from './resync';
import { assertSuggestionFor, getSegment, sourceHash } from './segments';
import { confirm, ignoreQa, setPivot, setStatus, setTarget, unignoreQa } from './ops';
import { joinSegments, splitSegment } from './split-join';
import { tmInputsFor } from './tm-feed';
import { createProjectForArticle } from './for-article';

type Ctx = DomainContext;
const bare = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

export async function listProjects(ctx: Ctx, { articleId }: RequestOf<'translate.list'>) {
  return (await projectRepo(ctx).listForArticle(articleId)).map(projectSummary);
}

export async function createProject(ctx: Ctx, { articleId, targetLang, pivotLang }: RequestOf<'translate.create'>) {
  const article = await ctx.articles.get(articleId);
  return projectSummary(await createProjectForArticle(projectRepo(ctx), article, targetLang, pivotLang));
}

export async function deleteProject(ctx: Ctx, { projectId }: RequestOf<'translate.delete'>) {
  await projectRepo(ctx).delete(projectId);
  return { ok: true as const };
}

/** Opens a project, first bringing its segments in line with the article as it is now (reported to the user). */
export async function openProject(ctx: Ctx, { projectId }: RequestOf<'translate.open'>): Promise<ProjectView> {
  let report: ProjectView['resync'] = null;
  let title = '';
  const project = await updateProject(ctx, projectId, async (p) => {
    const article = await ctx.articles.get(p.articleId);
    title = article.title;
    const text = htmlToPlainText(article.body);
    // Segment 0 follows the headline (and is added to projects made before the headline was a segment).
    const h = syncHeadline(p, article.title);
    const headCount = { kept: 0, changed: 0, added: 0, removed: 0, ...(headlineOf(h.project) || h.change === 'removed' ? { [h.change]: 1 } : {}) };
    const headOnly = { ...headCount, kept: p.segments.length - (h.change === 'added' ? 0 : 1) };
    // Manual splits and joins keep the text: re-segmenting then would undo them, so resync only real edits.
    if (bare(text) === bare(bodySegments(h.project).map((s) => s.source).join(''))) {
      if (h.change !== 'kept') report = headOnly;
      return h.project;
    }
    const r = resyncWithReport(h.project, text, p.sourceLang);
    const { kept, changed, added, removed } = r.report;
    if (!changed && !added && !removed && r.project.segments.length === h.project.segments.length) {
      if (h.change !== 'kept') report = headOnly;
      return h.project;
    }
    report = {
      kept: kept + headCount.kept,
      changed: changed + headCount.changed,
      added: added + headCount.added,
      removed: removed + headCount.removed,
    };
    return r.project;
  });
  return projectView(ctx, project, report, title);
}

export async function setSegmentTarget(ctx: Ctx, { projectId, segId, text, origin, sourceHash: hash }: RequestOf<'translate.setTarget'>) {
  const project = await updateProject(ctx, projectId, (p) => {
    assertSuggestionFor(getSegment(p, segId), hash);
    return setTarget(p, segId, text, origin ?? 'human');
  });
  return segmentUpdate(project, segId);
}

export async function setSegmentPivot(ctx: Ctx, { projectId, segId, text }: RequestOf<'translate.setPivot'>) {
  return segmentUpdate(await updateProject(ctx, projectId, (p) => setPivot(p, segId, text)), segId);
}

export async function confirmSegment(ctx: Ctx, { projectId, segId, target, origin, sourceHash: hash }: RequestOf<'translate.confirm'>) {
  const project = await updateProject(ctx, projectId, (p) => {
    const cur = getSegment(p, segId);
    assertSuggestionFor(cur, hash);
    const withText = target !== undefined && target !== cur.target ? setTarget(p, segId, target, origin ?? 'human') : p;
    return confirm(withText, segId);
  });
  // Machine output nobody changed is not a translator's work: it stays out of the TM unless the user opted in.
  const units = tmInputsFor(project, [segId], { acceptUneditedMt: (await ctx.settings.get()).tmAcceptUneditedMt });
  if (units.length) await translationMemory(ctx).add(units);
  return segmentUpdate(project, segId);
}

export async function setSegmentStatus(ctx: Ctx, { projectId, segId, status }: RequestOf<'translate.setStatus'>) {
  return segmentUpdate(await updateProject(ctx, projectId, (p) => setStatus(p, segId, status)), segId);
}

export async function splitProjectSegment(ctx: Ctx, { projectId, segId, offset }: RequestOf<'translate.split'>) {
  return projectView(ctx, await updateProject(ctx, projectId, (p) => splitSegment(p, segId, offset)), null);
}

export async function joinProjectSegments(ctx: Ctx, { projectId, segId }: RequestOf<'translate.join'>) {
  return projectView(ctx, await updateProject(ctx, projectId, (p) => joinSegments(p, segId)), null);
}

export async function ignoreSegmentQa(ctx: Ctx, { projectId, segId, code, ignore }: RequestOf<'translate.ignoreQa'>) {
  return segmentUpdate(await updateProject(ctx, projectId, (p) => (ignore ? ignoreQa : unignoreQa)(p, segId, code)), segId);
}

/** TM matches for one segment, bound to its source hash (an insert is refused once the source changed). */
export async function segmentMatches(ctx: Ctx, { projectId, segId }: RequestOf<'translate.matches'>): Promise<ResponseOf<'translate.matches'>> {
  const p = await projectRepo(ctx).get(projectId);
  const i = p.segments.findIndex((s) => s.id === segId);
  if (i < 0) throw new AppError('translate.segmentNotFound', `No segment ${segId} in this project.`, { segId });
  const matches = await translationMemory(ctx).lookup(p.segments[i].source, {
    from: p.sourceLang,
    to: p.targetLang,
    prev: p.segments[i - 1]?.source ?? '',
    limit: 9,
  });
  return { segId, sourceHash: sourceHash(p.segments[i].source), matches: matches.map((m) => ({ ...m, unit: { ...m.unit } })) };
}

export async function projectQa(ctx: Ctx, { projectId }: RequestOf<'translate.qa'>) {
  const p = await projectRepo(ctx).get(projectId);
  const q = await loadQuotes(ctx, p.articleId);
  const findings = runQa({
    segments: p.segments,
    sourceLang: p.sourceLang,
    targetLang: p.targetLang,
    glossary: await glossaryRepo(ctx).list(),
    ...(q ? { speakers: q.speakers, quotesBySegment: quotesBySegment(p.segments, q.quotes) } : {}),
  });
  const s = summarise(findings);
  return { findings, errors: s.errors, warnings: s.warnings };
}

export async function analyseProject(ctx: Ctx, { projectId }: RequestOf<'translate.analyse'>) {
  const p = await projectRepo(ctx).get(projectId);
  const tm = translationMemory(ctx);
  // The project's own confirmed segments are in the TM too: analyse against the memory without them.
  const a = await analyse(
    p.segments,
    async (source, c) => {
      const ms = await tm.lookup(source, { from: p.sourceLang, to: p.targetLang, prev: c.prev ?? '', limit: 5 });
      return ms.find((m) => m.unit.origin !== p.id)?.score ?? 0;
    },
    { sourceLang: p.sourceLang },
  );
  return { sourceLang: a.sourceLang, bands: a.bands, total: a.total };
}
