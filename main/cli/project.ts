// CLI: translation projects — `project create|list|show|set|status` over the data folder (pretranslate: project-mt.ts).
import { SegmentStatus, type TranslationProject } from '../../preload/contract/models';
import { ArticleRepo } from '../core/articles/repo';
import { AppError } from '../core/errors';
import { SettingsRepo } from '../core/settings';
import type { DataStore } from '../core/store/data-store';
import { TranslationMemory } from '../core/tm';
import { confirm, createProjectForArticle, ProjectRepo, progress, provenanceOf, setStatus, setTarget, tmInputsFor } from '../core/translate';
import { choiceFlag, flag, langFlag, requiredChoice, requiredLang, type ParsedArgs } from './args';
import { withStore } from './with-store';
import { UsageError, type CliCommand, type CliIO } from './types';

function projectId(args: ParsedArgs, what: string): string {
  const id = args.positional[0];
  if (!id) throw new UsageError(`${what} needs a PROJECT id (see: project list)`);
  return id;
}

/** "all", "3", "1-5" or "1-3,7" (1-based segment numbers as `project show` prints them) → 0-based indices. */
export function parseSegmentRange(spec: string, count: number): number[] {
  if (spec === 'all') return [...Array(count).keys()];
  const out = new Set<number>();
  for (const part of spec.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!m) throw new UsageError(`--segments takes all, N, N-M or a comma list (got "${spec}")`);
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a < 1 || b < a || b > count) throw new UsageError(`--segments ${part.trim()} is outside 1-${count}`);
    for (let n = a; n <= b; n++) out.add(n - 1);
  }
  return [...out].sort((x, y) => x - y);
}

/** Confirmed segments go into the TM as the app's Ctrl+Enter does (unedited MT only if the user opted in). */
async function feedTm(store: DataStore, project: TranslationProject, segIds: string[]): Promise<number> {
  const settings = await new SettingsRepo(store).get();
  const units = tmInputsFor(project, segIds, { acceptUneditedMt: settings.tmAcceptUneditedMt });
  if (units.length) await new TranslationMemory(store).add(units);
  return units.length;
}

function summaryLine(p: TranslationProject): string {
  const pr = progress(p);
  const route = p.pivotLang ? `${p.sourceLang}→${p.pivotLang}→${p.targetLang}` : `${p.sourceLang}→${p.targetLang}`;
  return `${p.id}  ${p.articleId}  ${route.padEnd(10)} ${String(pr.percent).padStart(3)} %  ${p.segments.length} segments`;
}

export const projectCreateCommand: CliCommand = {
  name: 'project create',
  usage: 'project create ARTICLE_ID --to id|en|ko [--pivot id|en|ko] [--json] [--data DIR]',
  summary: 'Start a translation of a draft (segmented, every segment new); prints the project id.',
  async run(args, io) {
    const articleId = args.positional[0];
    if (!articleId) throw new UsageError('project create needs an ARTICLE_ID (see: list)');
    const to = requiredLang(args, 'to');
    // --pivot is a value-less flag of `export`, so the shared parser leaves its value as the next positional.
    if (args.flags.pivot === true) {
      if (args.positional.length < 2) throw new UsageError('--pivot needs a language (id, en, ko)');
      args = { ...args, flags: { ...args.flags, pivot: args.positional[1] }, positional: [articleId] };
    }
    if (args.positional.length > 1) throw new UsageError(`unexpected argument "${args.positional[1]}"`);
    const pivot = langFlag(args, 'pivot') ?? null;
    return withStore(args, async (store) => {
      const article = await new ArticleRepo(store).get(articleId);
      const p = await createProjectForArticle(new ProjectRepo(store), article, to, pivot);
      io.out(args.flags.json ? JSON.stringify({ id: p.id, articleId, sourceLang: p.sourceLang, targetLang: to, pivotLang: pivot, segments: p.segments.length }) : p.id);
      return 0;
    });
  },
};

export const projectListCommand: CliCommand = {
  name: 'project list',
  usage: 'project list [ARTICLE_ID] [--json] [--data DIR]',
  summary: 'List translation projects (of one draft, or all) with their progress.',
  async run(args, io) {
    const articleId = args.positional[0];
    return withStore(
      args,
      async (store) => {
        const repo = new ProjectRepo(store);
        const items = articleId ? await repo.listForArticle(articleId) : await repo.listAll();
        if (args.flags.json) {
          const rows = items.map((p) => ({ id: p.id, articleId: p.articleId, sourceLang: p.sourceLang, targetLang: p.targetLang, pivotLang: p.pivotLang, updatedAt: p.updatedAt, segments: p.segments.length, progress: progress(p) }));
          io.out(JSON.stringify(rows, null, 2));
        } else if (!items.length) io.out(articleId ? `No translation of ${articleId} yet (project create ${articleId} --to ko).` : 'No translation projects.');
        else for (const p of items) io.out(summaryLine(p));
        return 0;
      },
      { readOnly: true },
    );
  },
};

export const projectShowCommand: CliCommand = {
  name: 'project show',
  usage: 'project show PROJECT [--json] [--data DIR]',
  summary: 'Show the segments of a project: number, status, origin (human, tm:N, mt:ENGINE, mt-edited:ENGINE), texts.',
  async run(args, io) {
    const id = projectId(args, 'project show');
    return withStore(
      args,
      async (store) => {
        const p = await new ProjectRepo(store).get(id);
        if (args.flags.json) {
          const segments = p.segments.map((s, i) => ({ no: i + 1, id: s.id, status: s.status, origin: provenanceOf(s) || null, locked: s.locked, source: s.source, pivot: s.pivot, target: s.target }));
          io.out(JSON.stringify({ ...p, segments, progress: progress(p) }, null, 2));
          return 0;
        }
        io.out(summaryLine(p));
        p.segments.forEach((s, i) => {
          io.out(`${String(i + 1).padStart(3)}  ${s.status.padEnd(10)} ${(provenanceOf(s) || '-').padEnd(18)} ${s.source}`);
          if (s.pivot) io.out(`     ${''.padEnd(10)} ${''.padEnd(18)} ${p.pivotLang}: ${s.pivot}`);
          if (s.target) io.out(`     ${''.padEnd(10)} ${''.padEnd(18)} ${p.targetLang}: ${s.target}`);
        });
        return 0;
      },
      { readOnly: true },
    );
  },
};

const CONFIRM_TO = ['translated', 'reviewed', 'approved'] as const;

export const projectSetCommand: CliCommand = {
  name: 'project set',
  usage: 'project set PROJECT SEG_NO TEXT [--status new|draft|translated|reviewed|approved] [--json] [--data DIR]',
  summary: 'Type a target for segment SEG_NO (1-based, as project show numbers them); a draft unless --status says more.',
  async run(args, io) {
    const id = projectId(args, 'project set');
    const no = Number(args.positional[1]);
    const text = args.positional.slice(2).join(' ');
    if (!Number.isInteger(no) || no < 1) throw new UsageError(`SEG_NO must be a segment number from project show (got "${args.positional[1] ?? ''}")`);
    if (!text.trim()) throw new UsageError('project set needs the TEXT of the translation');
    const want = choiceFlag(args, 'status', SegmentStatus.options);
    return withStore(args, async (store) => {
      const repo = new ProjectRepo(store);
      let p = await repo.get(id);
      if (no > p.segments.length) throw new UsageError(`SEG_NO ${no} is outside 1-${p.segments.length}`);
      const segId = p.segments[no - 1].id;
      p = setTarget(p, segId, text, 'human');
      if (want && (CONFIRM_TO as readonly string[]).includes(want)) {
        p = confirm(p, segId);
        if (want !== 'translated') p = setStatus(p, segId, want);
      } else if (want) p = setStatus(p, segId, want);
      p = await repo.save(p);
      const tm = await feedTm(store, p, [segId]);
      const seg = p.segments[no - 1];
      if (args.flags.json) io.out(JSON.stringify({ no, id: seg.id, status: seg.status, origin: provenanceOf(seg), target: seg.target, tm }));
      else io.out(`${no}  ${seg.status}  ${provenanceOf(seg)}`);
      return 0;
    });
  },
};

export const projectStatusCommand: CliCommand = {
  name: 'project status',
  usage: 'project status PROJECT --to translated|reviewed|approved [--segments all|N|N-M] [--json] [--data DIR]',
  summary: 'Confirm, review or approve segments in bulk (drafts are confirmed first); refuses if a chosen segment has no text.',
  async run(args, io) {
    const id = projectId(args, 'project status');
    const to = requiredChoice(args, 'to', CONFIRM_TO);
    return withStore(args, async (store) => {
      const repo = new ProjectRepo(store);
      let p = await repo.get(id);
      const idx = parseSegmentRange(flag(args, 'segments') ?? 'all', p.segments.length);
      const empty = idx.filter((i) => !p.segments[i].target.trim());
      if (empty.length) {
        throw new AppError(
          'translate.emptyTarget',
          `Nothing changed: ${empty.length} of the chosen segments have no translation (${empty.map((i) => i + 1).join(', ')}). Translate them or narrow --segments.`,
          { segId: p.segments[empty[0]].id },
        );
      }
      const changed: number[] = [];
      for (const i of idx) {
        const segId = p.segments[i].id;
        const before = p;
        p = confirm(p, segId);
        if (to !== 'translated' && p.segments[i].status !== to) p = setStatus(p, segId, to);
        if (to === 'translated' && p.segments[i].status !== 'translated') p = setStatus(p, segId, 'translated');
        if (p !== before) changed.push(i + 1);
      }
      if (changed.length) p = await repo.save(p);
      const tm = await feedTm(store, p, idx.map((i) => p.segments[i].id));
      if (args.flags.json) io.out(JSON.stringify({ to, changed, unchanged: idx.length - changed.length, tm, progress: progress(p) }));
      else io.out(`${changed.length} segment(s) now ${to}; ${idx.length - changed.length} already were. ${tm} unit(s) in the TM.`);
      return 0;
    });
  },
};

export const projectCommands: CliCommand[] = [projectCreateCommand, projectListCommand, projectShowCommand, projectSetCommand, projectStatusCommand];

export type { CliIO };
