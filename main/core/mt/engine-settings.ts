// MT engine settings as the app keeps them (in settings.json): save, remove, reorder, test an engine; the
// allow-list of remote origins follows the opted-in engines.
import type { MtEngineConfig, MtEngineView } from '../../../preload/contract/mt';
import type { DomainContext, RequestOf } from '../context';
import { AppError } from '../errors';
import { mtEngines } from '../services';
import { configPairs, parseEngineConfig, type EngineConfig } from './config';
import { createEngine } from './create-engine';
import { describeEndpoint } from './endpoint';
import type { MtEngine } from './engine';
import { assertModelFolder } from './model-folder';
import { translateWithRoute } from './route';

type Ctx = Pick<DomainContext, 'settings' | 'service' | 'harness' | 'mtDelayMs'>;

export async function configs(ctx: Pick<DomainContext, 'settings'>): Promise<EngineConfig[]> {
  return (await ctx.settings.get()).mtEngines.map((c) => parseEngineConfig(c));
}

function view(config: EngineConfig): MtEngineView {
  return { config: config as MtEngineConfig, endpoint: describeEndpoint(config), pairs: configPairs(config) };
}

export async function listEngines(ctx: Ctx): Promise<MtEngineView[]> {
  return (await configs(ctx)).map(view);
}

/** The origin an opted-in remote engine may reach, or null for local models and loopback servers. */
function remoteOrigin(config: EngineConfig): string | null {
  if (config.kind === 'marian-local' || !config.allowRemote || !describeEndpoint(config).sends) return null;
  return new URL(config.baseUrl).origin;
}

/** Stores the engine list and keeps allowedEndpoints in step: opted-in remote origins in, dropped ones out. */
async function store(ctx: Ctx, before: EngineConfig[], next: EngineConfig[]): Promise<MtEngineView[]> {
  const settings = await ctx.settings.get();
  const wanted = new Set(next.map(remoteOrigin).filter((o): o is string => !!o));
  const dropped = new Set(before.map(remoteOrigin).filter((o): o is string => !!o && !wanted.has(o)));
  const allowed = [...settings.allowedEndpoints.filter((o) => !dropped.has(o))];
  for (const o of wanted) if (!allowed.includes(o)) allowed.push(o);
  await ctx.settings.set({ mtEngines: next as MtEngineConfig[], allowedEndpoints: allowed });
  return next.map(view);
}

export function labelsOf(engines: MtEngine[], ids: string[]): string[] {
  return ids.map((id) => engines.find((e) => e.id === id)?.label ?? id);
}

export async function saveEngine(ctx: Ctx, { engine }: RequestOf<'mt.save'>) {
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
}

export async function removeEngine(ctx: Ctx, { id }: RequestOf<'mt.remove'>) {
  const before = await configs(ctx);
  return store(ctx, before, before.filter((c) => c.id !== id));
}

export async function moveEngine(ctx: Ctx, { id, delta }: RequestOf<'mt.move'>) {
  const before = await configs(ctx);
  const i = before.findIndex((c) => c.id === id);
  if (i < 0) return before.map(view);
  const next = [...before];
  const [c] = next.splice(i, 1);
  next.splice(Math.max(0, Math.min(next.length, i + delta)), 0, c);
  return store(ctx, before, next);
}

export function describeBaseUrl({ baseUrl }: RequestOf<'mt.describe'>) {
  return describeEndpoint(parseEngineConfig({ kind: 'libretranslate', id: 'probe', label: 'probe', baseUrl }));
}

export async function testEngine(ctx: Ctx, { from, to, text, engineId }: RequestOf<'mt.test'>) {
  const all = mtEngines(ctx).engines(await configs(ctx));
  const engines = engineId ? all.filter((e) => e.id === engineId) : all;
  const r = await translateWithRoute([text], { from, to }, engines);
  return {
    text: r.texts[0] ?? '',
    route: r.route,
    engines: r.engines,
    engineLabels: labelsOf(engines, r.engines),
    ...(r.pivotTexts ? { pivotText: r.pivotTexts[0] } : {}),
  };
}
