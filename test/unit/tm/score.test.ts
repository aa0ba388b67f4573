// Normalisation, the bit-parallel edit distance against the textbook one, and the score's penalties.
import { describe, it, expect } from 'vitest';
import { normalise, normaliseWithMap, exactKey } from '../../../main/core/tm/normalize';
import { compilePattern, distance, naiveDistance, releasePattern } from '../../../main/core/tm/edit-distance';
import { fuzzyScore, displayScore, penalty } from '../../../main/core/tm/score';
import { rng } from './corpus';

const score = (a: string, b: string) => {
  const na = normalise(a);
  const nb = normalise(b);
  return fuzzyScore(naiveDistance(na, nb), na.length, nb.length, a, b);
};

describe('normalise', () => {
  it('folds case, diacritics, punctuation and spacing but keeps Hangul syllables', () => {
    expect(normalise('  Café  “Kopi”,  SUSU! ')).toBe('cafe kopi susu');
    expect(normalise('대통령은 “경제”를 말했다.')).toBe('대통령은 경제 를 말했다');
    expect(normalise('Rp 5.000,50 dan 3,5%')).toBe('rp 5.000,50 dan 3,5');
    expect(normalise('ﬁnal')).toBe('final');
  });

  it('maps normalised offsets back to the original text', () => {
    const raw = 'Kata  “Café” itu';
    const { text, map } = normaliseWithMap(raw);
    const at = text.indexOf('cafe');
    expect(raw.slice(map[at], map[at + 3] + 1)).toBe('Café');
  });

  it('exact keys ignore only whitespace differences', () => {
    expect(exactKey(' Halo   dunia ')).toBe(exactKey('Halo dunia'));
    expect(exactKey('Halo dunia.')).not.toBe(exactKey('Halo dunia'));
  });
});

describe('edit distance', () => {
  it('the bit-parallel distance equals the textbook DP on random strings up to 200 chars (multi-word)', () => {
    const r = rng(3);
    const alphabet = 'ab c한국';
    for (let t = 0; t < 3000; t++) {
      const mk = () => Array.from({ length: Math.floor(r() * 200) }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
      const a = mk();
      const b = mk();
      const p = compilePattern(a);
      expect(distance(p, b)).toBe(naiveDistance(a, b));
      releasePattern(p);
    }
  });

  it('knows the classic examples', () => {
    expect(naiveDistance('kitten', 'sitting')).toBe(3);
    const p = compilePattern('kitten');
    expect(distance(p, 'sitting')).toBe(3);
    expect(distance(p, '')).toBe(6);
    releasePattern(p);
  });
});

describe('score', () => {
  it('gives 100 only to identical sources, 99 when only punctuation differs, 98 with case too', () => {
    expect(score('Harga beras naik.', 'Harga  beras naik.')).toBe(100);
    expect(displayScore(score('Harga beras naik.', 'Harga beras naik'))).toBe(99);
    expect(displayScore(score('Harga beras naik.', 'harga Beras naik'))).toBe(98);
  });

  it('is 100 × (1 − distance / longest) over the normalised text', () => {
    // "harga beras naik" vs "harga beras turun": distance 5 (4 substitutions + 1 insertion), longest 17.
    expect(score('Harga beras naik', 'Harga beras turun')).toBeCloseTo(100 * (1 - 5 / 17), 6);
  });

  it('costs 2 points per differing number, at most 10', () => {
    expect(penalty('Rp 5 miliar', 'Rp 7 miliar')).toBe(4);
    expect(penalty('1 2 3 4 5 6', '7 8 9 10 11 12')).toBe(10);
    const a = 'Anggaran sebesar Rp 500 miliar disetujui DPR pada hari Senin';
    const b = 'Anggaran sebesar Rp 700 miliar disetujui DPR pada hari Senin';
    expect(displayScore(score(a, b))).toBe(Math.floor(100 * (1 - 1 / normalise(a).length) - 4));
  });

  it('treats diacritics as a format difference (1 point)', () => {
    expect(displayScore(score('Café baru dibuka', 'Cafe baru dibuka'))).toBe(99);
  });
});

describe('edit distance with a cutoff', () => {
  it('is exact up to maxK and above maxK otherwise', () => {
    const r = rng(8);
    for (let t = 0; t < 2000; t++) {
      const mk = () => Array.from({ length: 1 + Math.floor(r() * 90) }, () => 'abcd'[Math.floor(r() * 4)]).join('');
      const a = mk();
      const b = mk();
      const k = Math.floor(r() * 40);
      const p = compilePattern(a);
      const d = naiveDistance(a, b);
      const got = distance(p, b, k);
      if (d <= k) expect(got).toBe(d);
      else expect(got).toBeGreaterThan(k);
      releasePattern(p);
    }
  });
});

