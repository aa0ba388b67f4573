// TM lookup over one pair: in-context and exact matches from a hash, fuzzy matches from the trigram index.
import type { LookupOptions, MatchKind, TmMatch, TmUnit } from './types';
import type { PairState } from './pair-state';
import { exactKey, normalise } from './normalize';
import { compilePattern, distance, releasePattern } from './edit-distance';
import { EXACT, IN_CONTEXT, baseScore, displayScore, finalScore } from './score';
import { ceilingAt } from './ngram-index';
import { wordDiff } from './diff';

export const DEFAULT_LIMIT = 5;
export const DEFAULT_MIN_SCORE = 70;
/**
 * Candidates scored before the lookup narrows to "can this still beat the best match?". Bounds the work per
 * lookup (~2 µs per candidate, so ~6 ms). Past it, the 2nd…limit-th matches may miss a slightly better unit
 * (29 of 30 bench queries still give the naive top 5), but the best match stays exact: every candidate whose
 * bound reaches it is still scored. When the budget has found nothing yet the lookup does NOT give up: it goes
 * on down the bound order until the bound falls below minScore or a match is found, so a unit above the minimum
 * is never hidden by the budget (the bench measures this as tm.lookup.recall against an exhaustive scan).
 */
export const EVALUATION_BUDGET = 3000;

export interface Scored {
  i: number;
  unit: TmUnit;
  /** Exact score (float percent), for ordering. */
  score: number;
  kind: MatchKind;
}

/** Best first; equal scores: the most recently changed unit first, then by id (so results are stable). */
export function compareScored(a: Scored, b: Scored): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.unit.changedAt !== b.unit.changedAt) return a.unit.changedAt < b.unit.changedAt ? 1 : -1;
  return a.unit.id < b.unit.id ? -1 : a.unit.id > b.unit.id ? 1 : 0;
}

export function exactScore(unit: TmUnit, prev: string | undefined): Scored['score'] {
  return prev !== undefined && unit.prev !== undefined && exactKey(prev) === exactKey(unit.prev) ? IN_CONTEXT : EXACT;
}

/** Keeps the best `limit` results in order; limits are small (a CAT grid shows 3–10 matches). */
class TopList {
  readonly items: Scored[] = [];
  constructor(private readonly limit: number) {}
  get full(): boolean {
    return this.items.length >= this.limit;
  }
  get worst(): Scored | undefined {
    return this.items[this.items.length - 1];
  }
  offer(s: Scored): void {
    if (this.full && compareScored(s, this.worst!) >= 0) return;
    let pos = this.items.length;
    while (pos > 0 && compareScored(s, this.items[pos - 1]) < 0) pos--;
    this.items.splice(pos, 0, s);
    if (this.items.length > this.limit) this.items.pop();
  }
}

export interface LookupStats {
  candidates: number;
  evaluated: number;
}

/** Sorted matches (limit, minScore applied) as exact-score records; `stats` reports the work done. */
export function lookupScored(state: PairState, text: string, opts: LookupOptions, stats?: LookupStats): Scored[] {
  const limit = Math.max(1, opts.limit ?? DEFAULT_LIMIT);
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const top = new TopList(limit);
  const exactIds = new Set<number>();
  for (const i of state.exactMatches(text)) {
    exactIds.add(i);
    const unit = state.units[i];
    const score = exactScore(unit, opts.prev);
    top.offer({ i, unit, score, kind: score === IN_CONTEXT ? 'context' : 'exact' });
  }
  const q = normalise(text);
  if (q.length === 0) return top.items;
  const cands = state.index.candidates(q, minScore);
  const pattern = compilePattern(q);
  let evaluated = 0;
  try {
    for (let c = 0; c < cands.length; c++) {
      const bound = cands.bound[c];
      let threshold = top.full ? top.worst!.score : minScore;
      if (evaluated >= EVALUATION_BUDGET && top.items.length) threshold = Math.max(threshold, top.items[0].score);
      // Candidates come in descending buckets of their bound: once a bucket's top is below what we need, stop.
      if (ceilingAt(bound) <= threshold) break;
      if (bound < threshold) continue;
      const i = cands.idx[c];
      if (exactIds.has(i)) continue;
      const unit = state.units[i];
      const norm = state.norm[i];
      evaluated++;
      const longest = Math.max(q.length, norm.length);
      const maxK = Math.floor(longest * (1 - threshold / 100) + 1e-9);
      const base = baseScore(distance(pattern, norm, maxK), q.length, norm.length);
      // Penalties only lower a score, so the (slower) penalty step runs only for candidates that can still enter.
      if (base < threshold) continue;
      const score = finalScore(base, text, unit.source);
      if (score < minScore) continue;
      top.offer({ i, unit, score, kind: 'fuzzy' });
    }
  } finally {
    releasePattern(pattern);
  }
  if (stats) {
    stats.candidates = cands.length;
    stats.evaluated = evaluated;
  }
  return top.items;
}

export function toMatch(s: Scored, text: string): TmMatch {
  return {
    unit: s.unit,
    score: s.kind === 'fuzzy' ? displayScore(s.score) : s.score,
    kind: s.kind,
    diff: s.kind === 'fuzzy' ? wordDiff(s.unit.source, text) : [{ op: 'equal', text }],
  };
}
