// Pre-translates a project's untranslated segments with MT: drafts only, batch by batch, cancellable.
import type { Lang } from '../../../preload/contract/define';
import type { GlossaryEntry, Segment, TranslationProject } from '../../../preload/contract/models';
import { toErrorPayload, type ErrorPayload } from '../errors';
import { isCancelled } from './cancel';
import type { MtEngine } from './engine';
import { checkGlossary, type GlossaryFlag } from './glossary-check';
import { route, translateWithRoute } from './route';

export interface PretranslateOptions {
  engines: MtEngine[];
  signal?: AbortSignal;
  onProgress?: (p: { done: number; total: number }) => void;
  glossary?: GlossaryEntry[];
  /** Segments per engine call (default 8): cancellation takes effect between batches. */
  batchSize?: number;
  /** Pivot language when no engine translates directly (default 'en'). */
  pivot?: Lang;
}

export interface PretranslateResult {
  /** A new project object; the input is not modified. */
  project: TranslationProject;
  /** Segments that received MT in this run. */
  done: number;
  /** Segments that were eligible. */
  total: number;
  /** True when the signal stopped the run; `project` holds the batches finished before that. */
  cancelled: boolean;
  /** Set when an engine failed mid-way; `project` still holds the batches finished before the failure. */
  error?: ErrorPayload;
  /** Languages along the route, e.g. ['id', 'en', 'ko'], and the engine ids per hop. */
  route: Lang[];
  engines: string[];
  /** Glossary terms present in the source whose approved translation the MT output lacks. */
  flags: GlossaryFlag[];
}

const CONFIRMED = new Set(['translated', 'reviewed', 'approved']);

/**
 * Which segments MT may fill: never locked or confirmed ones; otherwise those with no target yet, plus
 * 'new' segments holding an earlier TM/MT suggestion. A human's unconfirmed typing is never overwritten.
 */
export function isPretranslatable(s: Segment): boolean {
  if (s.locked || CONFIRMED.has(s.status) || !s.source.trim()) return false;
  if (!s.target.trim()) return true;
  return s.status === 'new' && s.origin !== 'human';
}

/**
 * Cancel contract: aborting `signal` never throws; the result comes back with `cancelled: true` and every
 * batch that finished before the abort applied (the batch in flight is dropped). A missing route throws
 * AppError 'mt.noRoute' before any work starts.
 */
export async function pretranslate(project: TranslationProject, opts: PretranslateOptions): Promise<PretranslateResult> {
  const from = project.sourceLang;
  const to = project.targetLang;
  const hops = route({ from, to }, opts.engines, { pivot: opts.pivot });
  const routeLangs: Lang[] = hops.length === 1 ? [from, to] : [from, opts.pivot ?? 'en', to];
  const segments = project.segments.map((s) => ({ ...s }));
  const todo = segments.map((s, i) => ({ s, i })).filter(({ s }) => isPretranslatable(s));
  const total = todo.length;
  const batchSize = Math.max(1, opts.batchSize ?? 8);
  const flags: GlossaryFlag[] = [];
  let done = 0;
  let cancelled = false;
  let error: ErrorPayload | undefined;
  opts.onProgress?.({ done, total });

  for (let k = 0; k < todo.length; k += batchSize) {
    if (opts.signal?.aborted) {
      cancelled = true;
      break;
    }
    const batch = todo.slice(k, k + batchSize);
    let res;
    try {
      res = await translateWithRoute(
        batch.map(({ s }) => s.source),
        { from, to },
        hops,
        { pivot: opts.pivot, signal: opts.signal },
      );
    } catch (err) {
      if (isCancelled(err) || opts.signal?.aborted) cancelled = true;
      else error = toErrorPayload(err);
      break;
    }
    batch.forEach(({ s, i }, j) => {
      const next: Segment = { ...s, target: res.texts[j], origin: 'mt', status: 'draft' };
      // Keep the intermediate text where the project shows a pivot column for that language.
      if (res.pivotTexts && project.pivotLang === routeLangs[1] && !s.pivot.trim()) next.pivot = res.pivotTexts[j];
      segments[i] = next;
      if (opts.glossary?.length) flags.push(...checkGlossary(next, opts.glossary, from, to));
    });
    done += batch.length;
    opts.onProgress?.({ done, total });
  }

  const changed = done > 0;
  return {
    project: { ...project, segments, updatedAt: changed ? new Date().toISOString() : project.updatedAt },
    done,
    total,
    cancelled,
    ...(error ? { error } : {}),
    route: routeLangs,
    engines: hops.map((e) => e.id),
    flags,
  };
}
