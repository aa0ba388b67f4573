// Concordance search: units whose source or target contains a phrase (case/diacritic/punctuation-insensitive).
import type { ConcordanceHit, ConcordanceOptions } from './types';
import type { PairState } from './pair-state';
import { normalise, normaliseWithMap } from './normalize';

export const DEFAULT_CONCORDANCE_LIMIT = 50;

/** Newest units first (they sit at the end); a substring test, so Korean words with particles match too. */
export function concordanceIn(state: PairState, query: string, opts: ConcordanceOptions): ConcordanceHit[] {
  const q = normalise(query);
  if (!q) return [];
  const side = opts.side ?? 'source';
  const limit = Math.max(1, opts.limit ?? DEFAULT_CONCORDANCE_LIMIT);
  const hits: ConcordanceHit[] = [];
  for (let i = state.size - 1; i >= 0 && hits.length < limit; i--) {
    const text = side === 'source' ? state.norm[i] : state.normTarget(i);
    if (!text.includes(q)) continue;
    const unit = state.units[i];
    hits.push({ unit, ranges: phraseRanges(side === 'source' ? unit.source : unit.target, q) });
  }
  return hits;
}

/** Offsets of every occurrence of the normalised phrase `q` in the raw text. */
export function phraseRanges(raw: string, q: string): [number, number][] {
  const { text, map } = normaliseWithMap(raw);
  const src = raw.normalize('NFC');
  const out: [number, number][] = [];
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + q.length)) {
    const lastRaw = map[at + q.length - 1];
    const width = (src.codePointAt(lastRaw) ?? 0) > 0xffff ? 2 : 1;
    out.push([map[at], lastRaw + width]);
  }
  return out;
}
