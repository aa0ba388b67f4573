// Handlers for the translation workspace: projects and segments, TM, glossary, QA and match-band analysis.
import type { HandlerMap } from '../dispatch';
import type { AppContext } from '../context';
import type { Lang } from '../../preload/contract/define';
import type { ArticleQuotes, QuoteAnnotation, Segment, Speaker, TranslationProject } from '../../preload/contract/models';
import type { ProjectView, SegmentQuote, SegmentUpdate } from '../../preload/contract/translate';
import { AppError } from '../core/errors';
import { htmlToPlainText } from '../core/articles/text';
import {
  ProjectRepo,
  assertSuggestionFor,
  bodySegments,
  headlineOf,
  syncHeadline,
  confirm,
  getSegment,
  ignoreQa,
  joinSegments,
  progress,
  resyncWithReport,
  setPivot,
  setStatus,
  setTarget,
  sourceDiff,
  sourceHash,
  splitSegment,
  unignoreQa,
  tmInputsFor,
  createProjectForArticle,
} from '../core/translate';
import { TranslationMemory } from '../core/tm';
import { importPool } from '../core/pool';
import { importTask } from './import-task';
import { GlossaryRepo, findTerms } from '../core/glossary';
import { runQa, summarise } from '../core/qa';
import { analyse } from '../core/analysis';
import { QuoteRepo } from '../core/quotes/repo';

type TranslateHandlers = Pick<
  HandlerMap,
  | `translate.${'list' | 'create' | 'open' | 'delete' | 'setTarget' | 'setPivot' | 'confirm' | 'setStatus' | 'split' | 'join' | 'ignoreQa' | 'matches' | 'qa' | 'analyse'}`
  | `tm.${'concordance' | 'importTmx' | 'exportTmx'}`
  | `glossary.${'list' | 'add' | 'update' | 'remove' | 'import' | 'export'}`
>;

// Shared singletons: other features (pre-translation, export) should reach the same instances through these.
export const projectRepo = (ctx: AppContext) => ctx.service('projects', () => new ProjectRepo(ctx.store));
export const translationMemory = (ctx: AppContext) => ctx.service('tm', () => new TranslationMemory(ctx.store));
export const glossaryRepo = (ctx: AppContext) => ctx.service('glossary', () => new GlossaryRepo(ctx.store));

/**
 * Read-modify-write of one project, one at a time per project: two quick edits of different segments must not
 * both start from the same stored project and drop each other's change.
 */
const locks = new WeakMap<AppContext, Map<string, Promise<unknown>>>();
export function updateProject(
  ctx: AppContext,
  projectId: string,
  fn: (p: TranslationProject) => TranslationProject | Promise<TranslationProject>,
): Promise<TranslationProject> {
  let byId = locks.get(ctx);
  if (!byId) locks.set(ctx, (byId = new Map()));
  const run = (byId.get(projectId) ?? Promise.resolve()).then(async () => {
    const repo = projectRepo(ctx);
    const before = await repo.get(projectId);
    const after = await fn(before);
    if (after === before) return before;
    return repo.save({ ...after, updatedAt: new Date().toISOString() });
  });
  byId.set(projectId, run.catch(() => {}));
  return run;
}

// ---------- quotes: annotations and the speaker registry of the source article ----------
const quoteRepo = (ctx: AppContext) => ctx.service('quotes', () => new QuoteRepo(ctx.store));
async function loadQuotes(ctx: AppContext, articleId: string): Promise<ArticleQuotes | null> {
  return (await quoteRepo(ctx).get(articleId)) ?? null;
}

const squash = (s: string) => s.normalize('NFC').replace(/[\s“”"'‘’«»「」『』]+/g, ' ').trim().toLowerCase();

/** Which annotated quotes each segment holds: the segment contains the quote's text (or the quote the segment's). */
export function quotesBySegment(segments: readonly Segment[], quotes: readonly QuoteAnnotation[]): Record<string, QuoteAnnotation[]> {
  const out: Record<string, QuoteAnnotation[]> = {};
  const srcs = segments.map((s) => squash(s.source));
  for (const q of quotes) {
    if (q.status === 'rejected') continue;
    const exact = squash(q.anchor.exact);
    if (exact.length < 4) continue;
    const head = exact.slice(0, 40);
    segments.forEach((s, i) => {
      if (srcs[i].includes(exact) || srcs[i].includes(head) || (srcs[i].length >= 20 && exact.includes(srcs[i]))) {
        (out[s.id] ??= []).push(q);
      }
    });
  }
  return out;
}

function segmentQuotes(
  bySeg: Record<string, QuoteAnnotation[]>,
  speakers: readonly Speaker[],
  targetLang: Lang,
): Record<string, SegmentQuote[]> {
  const out: Record<string, SegmentQuote[]> = {};
  for (const [segId, qs] of Object.entries(bySeg)) {
    out[segId] = qs.map((q) => {
      const sp = speakers.find((s) => s.id === q.speakerId) ?? null;
      return { kind: q.kind, exact: q.anchor.exact, speaker: sp?.name ?? null, targetSpelling: sp?.spellings[targetLang] ?? '' };
    });
  }
  return out;
}

// ---------- views ----------
async function viewOf(ctx: AppContext, project: TranslationProject, resync: ProjectView['resync'], title?: string): Promise<ProjectView> {
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

function segUpdate(project: TranslationProject, segId: string): SegmentUpdate {
  const segment = getSegment(project, segId);
  return { segment, progress: progress(project), diff: sourceDiff(segment) };
}

function summary(p: TranslationProject) {
  const { id, articleId, sourceLang, targetLang, pivotLang, updatedAt } = p;
  return { id, articleId, sourceLang, targetLang, pivotLang, updatedAt, progress: progress(p) };
}

const bare = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const stamp = () => new Date().toISOString().slice(0, 10);

export const translateHandlers: TranslateHandlers = {
  'translate.list': async ({ articleId }, ctx) => (await projectRepo(ctx).listForArticle(articleId)).map(summary),

  'translate.create': async ({ articleId, targetLang, pivotLang }, ctx) => {
    const article = await ctx.articles.get(articleId);
    const project = await createProjectForArticle(projectRepo(ctx), article, targetLang, pivotLang);
    return summary(project);
  },

  'translate.open': async ({ projectId }, ctx) => {
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
    return viewOf(ctx, project, report, title);
  },

  'translate.delete': async ({ projectId }, ctx) => {
    await projectRepo(ctx).delete(projectId);
    return { ok: true as const };
  },

  'translate.setTarget': async ({ projectId, segId, text, origin, sourceHash: hash }, ctx) =>
    segUpdate(
      await updateProject(ctx, projectId, (p) => {
        assertSuggestionFor(getSegment(p, segId), hash);
        return setTarget(p, segId, text, origin ?? 'human');
      }),
      segId,
    ),

  'translate.setPivot': async ({ projectId, segId, text }, ctx) =>
    segUpdate(await updateProject(ctx, projectId, (p) => setPivot(p, segId, text)), segId),

  'translate.confirm': async ({ projectId, segId, target, origin, sourceHash: hash }, ctx) => {
    const project = await updateProject(ctx, projectId, (p) => {
      const cur = getSegment(p, segId);
      assertSuggestionFor(cur, hash);
      const withText = target !== undefined && target !== cur.target ? setTarget(p, segId, target, origin ?? 'human') : p;
      return confirm(withText, segId);
    });
    // Machine output nobody changed is not a translator's work: it stays out of the TM unless the user opted in.
    const units = tmInputsFor(project, [segId], { acceptUneditedMt: (await ctx.settings.get()).tmAcceptUneditedMt });
    if (units.length) await translationMemory(ctx).add(units);
    return segUpdate(project, segId);
  },

  'translate.setStatus': async ({ projectId, segId, status }, ctx) =>
    segUpdate(await updateProject(ctx, projectId, (p) => setStatus(p, segId, status)), segId),

  'translate.split': async ({ projectId, segId, offset }, ctx) =>
    viewOf(ctx, await updateProject(ctx, projectId, (p) => splitSegment(p, segId, offset)), null),

  'translate.join': async ({ projectId, segId }, ctx) =>
    viewOf(ctx, await updateProject(ctx, projectId, (p) => joinSegments(p, segId)), null),

  'translate.ignoreQa': async ({ projectId, segId, code, ignore }, ctx) =>
    segUpdate(await updateProject(ctx, projectId, (p) => (ignore ? ignoreQa : unignoreQa)(p, segId, code)), segId),

  'translate.matches': async ({ projectId, segId }, ctx) => {
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
  },

  'translate.qa': async ({ projectId }, ctx) => {
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
  },

  'translate.analyse': async ({ projectId }, ctx) => {
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
  },

  'tm.concordance': async ({ phrase, from, to, side }, ctx) =>
    (await translationMemory(ctx).concordance(phrase, { from, to, side: side ?? 'source', limit: 50 })).map((h) => ({
      unit: { ...h.unit },
      ranges: h.ranges,
    })),

  // Parsed in the import pool; cancellable until the units are being stored (then it completes: no half import).
  'tm.importTmx': async ({ name, dataBase64, taskId }, ctx) =>
    importTask(ctx, taskId, async (signal, progress) => {
      progress(0, 1, 'parse');
      const parsed = await importPool().run('tm.parseTmx', [dataBase64], { signal });
      const r = await translationMemory(ctx).importParsed(parsed, { origin: `tmx:${name}`, progress: (d, t) => progress(d, t, 'save') });
      return { imported: r.imported, skipped: r.skipped };
    }),

  'tm.exportTmx': async ({ from, to }, ctx) => ({
    fileName: `redaksi-tm-${from}-${to}-${stamp()}.tmx`,
    mime: 'application/x-tmx+xml',
    dataBase64: b64(await translationMemory(ctx).exportTmx({ from, to })),
  }),

  'glossary.list': async (_req, ctx) => glossaryRepo(ctx).list(),
  'glossary.add': async (req, ctx) => glossaryRepo(ctx).add(req),
  'glossary.update': async ({ id, patch }, ctx) => glossaryRepo(ctx).update(id, patch),
  'glossary.remove': async ({ id }, ctx) => {
    await glossaryRepo(ctx).remove(id);
    return { ok: true as const };
  },
  'glossary.import': async ({ name, dataBase64, mode, pair, taskId }, ctx) =>
    importTask(ctx, taskId, async (signal, progress) => {
      progress(0, 1, 'parse');
      const parsed = await importPool().run('glossary.parse', [name, dataBase64, pair], { signal });
      progress(1, 1, 'save');
      return glossaryRepo(ctx).importParsed(parsed, mode ?? 'merge');
    }),
  'glossary.export': async ({ format, pair }, ctx) => {
    const repo = glossaryRepo(ctx);
    if (format === 'csv') return { fileName: `redaksi-glossary-${stamp()}.csv`, mime: 'text/csv', dataBase64: b64('\uFEFF' + (await repo.exportCsv())) };
    if (format === 'omegat') {
      if (!pair) throw new AppError('glossary.pairNeeded', 'An OmegaT glossary holds one language pair: open it from a translation.');
      // .utf8: OmegaT reads that extension as UTF-8 whatever the system encoding.
      return { fileName: `redaksi-glossary-${pair.from}-${pair.to}-${stamp()}.utf8`, mime: 'text/plain', dataBase64: b64(await repo.exportOmegaT(pair.from, pair.to)) };
    }
    const version = format === 'tbx2019' ? '2019' : '2008';
    return { fileName: `redaksi-glossary-${stamp()}${version === '2019' ? '-2019' : ''}.tbx`, mime: 'application/x-tbx+xml', dataBase64: b64(await repo.exportTbx(version)) };
  },
};
