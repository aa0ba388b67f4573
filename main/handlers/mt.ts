// Handlers for machine translation: engine settings (kept in settings.json) and pre-translating a project.
import type { HandlerMap } from '../dispatch';
import type { AppContext } from '../context';
import type { MtEngineConfig, MtEngineView } from '../../preload/contract/mt';
import { AppError } from '../core/errors';
import {
  assertModelFolder,
  checkModelFolder,
  configPairs,
  createEngine,
  describeEndpoint,
  isPretranslatable,
  MtWorkerClient,
  parseEngineConfig,
  pretranslate,
  translateWithRoute,
  type EngineConfig,
  type MtEngine,
} from '../core/mt';
import { ProjectRepo } from '../core/translate/repo';
import { GlossaryRepo } from '../core/glossary/repo';
import { mergePretranslation } from '../core/mt/pretranslate-merge';
import { translationMemory } from './translate';

type MtHandlers = Pick<
  HandlerMap,
  'mt.list' | 'mt.save' | 'mt.remove' | 'mt.move' | 'mt.describe' | 'mt.checkFolder' | 'mt.test' | 'mt.pretranslate'
>;

/** Live engines for the saved configs: one shared worker for local models, rebuilt when a config changes. */
class EnginePool {
  private readonly worker = new MtWorkerClient();

  constructor(delayMs = 0) {
    if (!delayMs) return;
    // The harness's test seam (AppContext.mtDelayMs): a tiny test model made as slow as a real one.
    const translate = this.worker.translate.bind(this.worker);
    this.worker.translate = async (...args) => {
      await new Promise((r) => setTimeout(r, delayMs));
      return translate(...args);
    };
  }
  private readonly cache = new Map<string, { key: string; engine: MtEngine }>();

  engines(configs: EngineConfig[]): MtEngine[] {
    const ids = new Set(configs.map((c) => c.id));
    for (const [id, hit] of this.cache) {
      if (!ids.has(id)) {
        void hit.engine.close();
        this.cache.delete(id);
      }
    }
    return configs.map((c) => {
      const key = JSON.stringify(c);
      let hit = this.cache.get(c.id);
      if (!hit || hit.key !== key) {
        void hit?.engine.close();
        hit = { key, engine: createEngine(c, { worker: this.worker }) };
        this.cache.set(c.id, hit);
      }
      return hit.engine;
    });
  }
}

const pool = (ctx: AppContext) => ctx.service('mt.pool', () => new EnginePool(ctx.harness ? ctx.mtDelayMs : 0));
const projects = (ctx: AppContext) => ctx.service('projects', () => new ProjectRepo(ctx.store));
const glossary = (ctx: AppContext) => ctx.service('glossary', () => new GlossaryRepo(ctx.store));

async function configs(ctx: AppContext): Promise<EngineConfig[]> {
  return (await ctx.settings.get()).mtEngines.map((c) => parseEngineConfig(c));
}

function view(config: EngineConfig): MtEngineView {
  return { config: config as MtEngineConfig, endpoint: describeEndpoint(config), pairs: configPairs(config) };
}

async function list(ctx: AppContext): Promise<MtEngineView[]> {
  return (await configs(ctx)).map(view);
}

/** The origin an opted-in remote engine may reach, or null for local models and loopback servers. */
function remoteOrigin(config: EngineConfig): string | null {
  if (config.kind === 'marian-local' || !config.allowRemote || !describeEndpoint(config).sends) return null;
  return new URL(config.baseUrl).origin;
}

/** Stores the engine list and keeps allowedEndpoints in step: opted-in remote origins in, dropped ones out. */
async function store(ctx: AppContext, before: EngineConfig[], next: EngineConfig[]): Promise<MtEngineView[]> {
  const settings = await ctx.settings.get();
  const wanted = new Set(next.map(remoteOrigin).filter((o): o is string => !!o));
  const dropped = new Set(before.map(remoteOrigin).filter((o): o is string => !!o && !wanted.has(o)));
  const allowed = [...settings.allowedEndpoints.filter((o) => !dropped.has(o))];
  for (const o of wanted) if (!allowed.includes(o)) allowed.push(o);
  await ctx.settings.set({ mtEngines: next as MtEngineConfig[], allowedEndpoints: allowed });
  return next.map(view);
}

function labelsOf(engines: MtEngine[], ids: string[]): string[] {
  return ids.map((id) => engines.find((e) => e.id === id)?.label ?? id);
}

export const mtHandlers: MtHandlers = {
  'mt.list': async (_req, ctx) => list(ctx),

  'mt.save': async ({ engine }, ctx) => {
    const config = parseEngineConfig(engine);
    const where = describeEndpoint(config);
    if (where.sends && !config.allowRemote) {
      throw new AppError(
        'mt.remoteNotAllowed',
        `This engine would send text to ${where.host}, outside this computer. Allow it in the engine settings first.`,
        { host: where.host },
      );
    }
    if (config.kind === 'marian-local') await assertModelFolder(config.path);
    createEngine(config).close().catch(() => {}); // same checks the engine makes when it is used
    const before = await configs(ctx);
    const i = before.findIndex((c) => c.id === config.id);
    const next = i >= 0 ? before.map((c, k) => (k === i ? config : c)) : [...before, config];
    return store(ctx, before, next);
  },

  'mt.remove': async ({ id }, ctx) => {
    const before = await configs(ctx);
    return store(ctx, before, before.filter((c) => c.id !== id));
  },

  'mt.move': async ({ id, delta }, ctx) => {
    const before = await configs(ctx);
    const i = before.findIndex((c) => c.id === id);
    if (i < 0) return before.map(view);
    const next = [...before];
    const [c] = next.splice(i, 1);
    next.splice(Math.max(0, Math.min(next.length, i + delta)), 0, c);
    return store(ctx, before, next);
  },

  'mt.describe': async ({ baseUrl }) =>
    describeEndpoint(parseEngineConfig({ kind: 'libretranslate', id: 'probe', label: 'probe', baseUrl })),

  'mt.checkFolder': async ({ path }) => checkModelFolder(path),

  'mt.test': async ({ from, to, text, engineId }, ctx) => {
    const all = pool(ctx).engines(await configs(ctx));
    const engines = engineId ? all.filter((e) => e.id === engineId) : all;
    const r = await translateWithRoute([text], { from, to }, engines);
    return {
      text: r.texts[0] ?? '',
      route: r.route,
      engines: r.engines,
      engineLabels: labelsOf(engines, r.engines),
      ...(r.pivotTexts ? { pivotText: r.pivotTexts[0] } : {}),
    };
  },

  'mt.pretranslate': async ({ projectId, taskId, tmOnly }, ctx) =>
    ctx.tasks.run(taskId, async (signal, progress) => {
      const repo = projects(ctx);
      const project = await repo.get(projectId);
      const engines = pool(ctx).engines(await configs(ctx));
      const terms = await glossary(ctx)
        .list()
        .catch(() => []);
      const total = project.segments.filter(isPretranslatable).length;
      const res = await pretranslate(project, {
        engines,
        signal,
        glossary: terms,
        // Small batches on short documents so the bar moves and Cancel takes effect quickly.
        batchSize: Math.max(1, Math.min(8, Math.ceil(total / 20))),
        onProgress: ({ done, total }) => progress(done, total),
        tm: translationMemory(ctx),
        tmOnly: tmOnly ?? false,
      });
      // The translator may have typed meanwhile: apply by segment id, only where the segment is still open.
      const current = await repo.get(projectId);
      const merged = mergePretranslation(project, res.project, current);
      if (merged.project !== current) await repo.save(merged.project);
      const applied = merged.applied;
      const kept = merged.appliedIds;
      return {
        done: applied,
        total: res.total,
        fromTm: res.fromTm,
        fuzzy: res.fuzzy,
        fromMt: res.fromMt,
        cancelled: res.cancelled,
        ...(res.error ? { error: res.error } : {}),
        route: res.route,
        engines: res.engines,
        engineLabels: labelsOf(engines, res.engines),
        flags: res.flags.filter((f) => kept.has(f.segmentId)),
      };
    }),
};
