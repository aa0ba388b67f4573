// Reference lookup: score every unit with the textbook edit distance. Slow on purpose; tests and the bench
// check that the indexed lookup returns the same best match.
import type { LookupOptions, TmUnit } from './types';
import { exactKey, normalise } from './normalize';
import { naiveDistance } from './edit-distance';
import { fuzzyScore, IN_CONTEXT } from './score';
import { DEFAULT_LIMIT, DEFAULT_MIN_SCORE, compareScored, exactScore, type Scored } from './lookup';

export function naiveLookup(units: readonly TmUnit[], text: string, opts: LookupOptions): Scored[] {
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const q = normalise(text);
  const key = exactKey(text);
  const out: Scored[] = [];
  units.forEach((unit, i) => {
    if (unit.sourceLang !== opts.from || unit.targetLang !== opts.to) return;
    if (exactKey(unit.source) === key) {
      const score = exactScore(unit, opts.prev);
      out.push({ i, unit, score, kind: score === IN_CONTEXT ? 'context' : 'exact' });
      return;
    }
    const n = normalise(unit.source);
    if (!q.length || !n.length) return;
    const score = fuzzyScore(naiveDistance(q, n), q.length, n.length, text, unit.source);
    if (score >= minScore) out.push({ i, unit, score, kind: 'fuzzy' });
  });
  return out.sort(compareScored).slice(0, Math.max(1, opts.limit ?? DEFAULT_LIMIT));
}
