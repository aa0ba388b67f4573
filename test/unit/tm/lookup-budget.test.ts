// The evaluation budget never hides a match above the minimum score: a memory full of word-shuffled look-alikes
// (high trigram bound, low real score) must not push the one real 78 % match out of the lookup.
import { describe, expect, it } from 'vitest';
import { PairState } from '../../../main/core/tm/pair-state';
import { EVALUATION_BUDGET, lookupScored, type LookupStats } from '../../../main/core/tm/lookup';
import { naiveLookup } from '../../../main/core/tm/naive';
import type { TmUnit } from '../../../main/core/tm/types';
import { rng } from './corpus';

const unit = (source: string, i: number): TmUnit => ({
  id: `u${i}`,
  source,
  target: 'terjemahan',
  sourceLang: 'id',
  targetLang: 'ko',
  createdAt: '2026-01-01T00:00:00.000Z',
  changedAt: '2026-01-01T00:00:00.000Z',
});

describe('TM lookup budget', () => {
  it('keeps looking past the budget until the bound falls below the minimum or a match is found', () => {
    const query = 'Pemerintah kota Semarang menyiapkan anggaran besar untuk banjir musiman pada tahun depan';
    const words = query.split(' ');
    const r = rng(3);
    const state = new PairState();
    const seen = new Set<string>([query]);
    while (seen.size <= EVALUATION_BUDGET + 1000) {
      const w = [...words];
      for (let k = w.length - 1; k > 0; k--) {
        const j = Math.floor(r() * (k + 1));
        [w[k], w[j]] = [w[j], w[k]];
      }
      const s = w.join(' ');
      if (seen.has(s)) continue;
      seen.add(s);
      state.push(unit(s, state.size), 0);
    }
    const near = 'Pemerintah kota Surabaya menyiapkan anggaran kecil untuk banjir tahunan pada tahun lalu';
    state.push(unit(near, state.size), 0);

    const stats: LookupStats = { candidates: 0, evaluated: 0 };
    const fast = lookupScored(state, query, { from: 'id', to: 'ko' }, stats);
    const ref = naiveLookup(state.units, query, { from: 'id', to: 'ko' });
    expect(ref[0].unit.source).toBe(near);
    expect(stats.evaluated).toBeGreaterThan(EVALUATION_BUDGET); // the shuffles did exhaust the budget
    expect(fast.map((m) => [m.unit.id, m.score])).toEqual(ref.map((m) => [m.unit.id, m.score]));
  });
});
