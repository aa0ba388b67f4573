// Pre-translates a project's open segments: TM first (exact/in-context as translated, fuzzy as draft), then MT
// drafts for the rest, batch by batch, cancellable; every target records where it came from (provenance).
import type { Lang } from '../../../preload/contract/define';
import type { GlossaryEntry, Segment, TranslationProject } from '../../../preload/contract/models';
import { toErrorPayload, type ErrorPayload } from '../errors';
import { mtProvenance, tmProvenance } from '../translate/provenance';
import { isCancelled } from './cancel';
import { servesPair, type MtEngine } from './engine';
import { checkGlossary, type GlossaryFlag } from './glossary-check';
import { route, translateWithRoute } from './route';

/** What pre-translation needs of a translation memory (main/core/tm TranslationMemory fits). */
export interface PretranslateTm {
  lookup(
    text: string,
    opts: { from: Lang; to: Lang; prev?: string; limit?: number; minScore?: number },
  ): Promise<{ score: number; unit: { target: string } }[]>;
}

export interface PretranslateOptions {
  engines: MtEngine[];
  signal?: AbortSignal;
  onProgress?: (p: { done: number; total: number }) => void;
  glossary?: GlossaryEntry[];
  /** Segments per engine call (default 8): cancellation takes effect between batches. */
  batchSize?: number;
  /** Pivot language when no engine translates directly (default 'en'). */
  pivot?: Lang;
  /** Looked up before MT: 101/100 % matches are inserted as translated, fuzzy ≥ fuzzyMin as drafts. */
  tm?: PretranslateTm;
  /** Lowest fuzzy score inserted as a draft (default 75). */
  fuzzyMin?: number;
  /** Only the TM: no engine is called (engines may be empty). */
  tmOnly?: boolean;
}

export interface PretranslateResult {
  /** A new project object; the input is not modified. */
  project: TranslationProject;
  /** Segments that received a target in this run (TM + MT). */
  done: number;
  /** Segments that were eligible. */
  total: number;
  /** Of `done`: 101/100 % TM matches, fuzzy TM drafts, MT drafts. */
  fromTm: number;
  fuzzy: number;
  fromMt: number;
  /** Segments whose pivot column was filled in this run. */
  pivots: number;
  /** True when the signal stopped the run; `project` holds the batches finished before that. */
  cancelled: boolean;
  /** Set when an engine failed mid-way; `project` still holds the batches finished before the failure. */
  error?: ErrorPayload;
  /** Languages along the route, e.g. ['id', 'en', 'ko'], and the engine ids per hop ([] when no MT ran). */
  route: Lang[];
  engines: string[];
  /** Glossary terms present in the source whose approved translation the MT output lacks. */
  flags: GlossaryFlag[];
}

const CONFIRMED = new Set(['translated', 'reviewed', 'approved']);
export const DEFAULT_FUZZY_MIN = 75;

/**
 * Which segments pre-translation may fill: never locked or confirmed ones; otherwise those with no target yet,
 * plus 'new' segments holding an earlier TM/MT suggestion. A human's unconfirmed typing is never overwritten.
 */
export function isPretranslatable(s: Segment): boolean {
  if (s.locked || CONFIRMED.has(s.status) || !s.source.trim()) return false;
  if (!s.target.trim()) return true;
  return s.status === 'new' && s.origin !== 'human';
}

/**
 * Cancel contract: aborting `signal` never throws; the result comes back with `cancelled: true` and every
 * batch that finished before the abort applied (the batch in flight is dropped). A missing route throws
 * AppError 'mt.noRoute' before any work starts (unless tmOnly).
 */
export async function pretranslate(project: TranslationProject, opts: PretranslateOptions): Promise<PretranslateResult> {
  const from = project.sourceLang;
  const to = project.targetLang;
  const hops = opts.tmOnly ? [] : route({ from, to }, opts.engines, { pivot: opts.pivot });
  const routeLangs: Lang[] = hops.length === 0 ? [] : hops.length === 1 ? [from, to] : [from, opts.pivot ?? 'en', to];
  // The pivot column: from the route's middle text when it goes through that language, else by its own engine.
  const pivotLang = project.pivotLang;
  const pivotEngine =
    !opts.tmOnly && pivotLang && routeLangs[1] !== pivotLang ? opts.engines.find((e) => servesPair(e, from, pivotLang)) : undefined;
  const segments = project.segments.map((s) => ({ ...s }));
  const todo = segments.map((s, i) => ({ s, i })).filter(({ s }) => isPretranslatable(s));
  const total = todo.length;
  const batchSize = Math.max(1, opts.batchSize ?? 8);
  const fuzzyMin = opts.fuzzyMin ?? DEFAULT_FUZZY_MIN;
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
    const forMt: typeof batch = [];
    const filled: typeof batch = [];
    for (const item of batch) {
      const hit = opts.tm ? await bestMatch(opts.tm, segments, item.i, from, to, fuzzyMin) : null;
      if (!hit) {
        if (hops.length) forMt.push(item);
        continue;
      }
      const exact = hit.score >= 100;
      segments[item.i] = {
        ...item.s,
        target: hit.target,
        origin: 'tm',
        provenance: tmProvenance(hit.score),
        // A 100 % match is a translation a human confirmed for this very sentence; a fuzzy one needs work.
        status: exact ? 'translated' : 'draft',
        confirmedSource: exact ? item.s.source : item.s.confirmedSource,
      };
      filled.push(item);
    }
    try {
      if (forMt.length) {
        const res = await translateWithRoute(
          forMt.map(({ s }) => s.source),
          { from, to },
          hops,
          { pivot: opts.pivot, signal: opts.signal },
        );
        forMt.forEach(({ s, i }, j) => {
          const next: Segment = { ...s, target: res.texts[j], origin: 'mt', provenance: mtProvenance(res.engines[res.engines.length - 1]), status: 'draft' };
          if (res.pivotTexts && pivotLang === routeLangs[1] && !s.pivot.trim()) {
            next.pivot = res.pivotTexts[j];
          }
          segments[i] = next;
          if (opts.glossary?.length) flags.push(...checkGlossary(next, opts.glossary, from, to));
        });
        filled.push(...forMt);
      }
      if (pivotEngine && pivotLang) {
        const need = filled.filter(({ i }) => !segments[i].pivot.trim());
        if (need.length) {
          const texts = await pivotEngine.translate(
            need.map(({ i }) => segments[i].source),
            { from, to: pivotLang, signal: opts.signal },
          );
          need.forEach(({ i }, j) => (segments[i] = { ...segments[i], pivot: texts[j] ?? '' }));
        }
      }
    } catch (err) {
      if (isCancelled(err) || opts.signal?.aborted) cancelled = true;
      else error = toErrorPayload(err);
      // The batch in flight is dropped whole (TM hits included), so what is applied matches what was reported.
      for (const { s, i } of batch) segments[i] = s;
      break;
    }
    done += filled.length;
    opts.onProgress?.({ done: k + batch.length, total });
  }

  const changed = done > 0;
  return {
    project: { ...project, segments, updatedAt: changed ? new Date().toISOString() : project.updatedAt },
    done,
    total,
    ...recount(project.segments, segments),
    cancelled,
    ...(error ? { error } : {}),
    route: routeLangs,
    engines: hops.map((e) => e.id),
    flags,
  };
}

/** Counts by what actually changed, so a dropped batch never shows in the totals. */
function recount(before: Segment[], after: Segment[]) {
  const out = { fromTm: 0, fuzzy: 0, fromMt: 0, pivots: 0 };
  after.forEach((s, i) => {
    const b = before[i];
    if (s.pivot !== b.pivot) out.pivots++;
    if (s.target === b.target && s.provenance === b.provenance) return;
    if (s.origin === 'mt') out.fromMt++;
    else if (s.origin === 'tm') out[s.status === 'translated' ? 'fromTm' : 'fuzzy']++;
  });
  return out;
}

async function bestMatch(tm: PretranslateTm, segments: Segment[], i: number, from: Lang, to: Lang, fuzzyMin: number) {
  // Exact and in-context matches always count; fuzzyMin above 100 turns fuzzy drafts off.
  const minScore = Math.min(fuzzyMin, 100);
  const ms = await tm.lookup(segments[i].source, { from, to, prev: segments[i - 1]?.source ?? '', limit: 1, minScore });
  const m = ms[0];
  return m && m.score >= minScore && m.unit.target.trim() ? { score: m.score, target: m.unit.target } : null;
}
