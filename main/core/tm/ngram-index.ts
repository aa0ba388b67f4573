// Character-trigram inverted index over normalised sources: finds fuzzy candidates and bounds their score.
//
// Why the bound is safe: one edit touches at most 3 trigrams, so two strings at edit distance k share at least
// max(|grams(a)|, |grams(b)|) − 3k distinct trigrams (the q-gram lemma; it still holds when trigrams are hashed
// into buckets, since hashing can only merge grams). Turned around, the count of shared trigrams gives a lower
// bound on the distance and so an upper bound on the score; the length difference is a second lower bound.
// Lookups score candidates in descending order of that bound and stop once no remaining candidate can beat the
// results in hand — exact, without scanning every unit. Strings are padded with a sentinel at both ends so
// every non-empty string has at least one trigram.
import { runAll, type Steps } from '../yield';

const BUCKET_BITS = 18;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;
const PAD = 1;
/** Buckets per step of the stepped walks over every bucket (toPartsSteps, index-file.ts). */
export const STEP_MASK = 4095;

export function bucketOf(c0: number, c1: number, c2: number): number {
  let h = Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1, 0x85ebca77) ^ Math.imul(c2, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & MASK;
}

export interface Candidates {
  /** Unit indexes, in descending 0.1-point buckets of their bound. */
  idx: Int32Array;
  /** Upper bound of the base score (percent) per entry of idx. */
  bound: Float64Array;
  length: number;
}

const BOUND_BUCKETS = 1001;
const boundBucket = (ub: number) => Math.min(BOUND_BUCKETS - 1, Math.max(0, Math.floor(ub * 10 + 1e-9)));

/** No candidate at position ≥ c has a bound above this (the top of c's bucket). */
export function ceilingAt(bound: number): number {
  return (boundBucket(bound) + 1) / 10;
}

/**
 * The index as plain arrays, for the index file (index-file.ts): posting lists laid end to end (CSR: bucket b's
 * unit ids, ascending, are ids[start[b]] … ids[start[b + 1] − 1]) and two numbers per unit.
 */
export interface TrigramParts {
  size: number;
  /** BUCKETS + 1 offsets into ids. */
  start: Uint32Array;
  ids: Int32Array;
  /** Distinct trigrams (capped at 65535) and normalised length of each unit. */
  gramCount: Uint16Array;
  textLen: Int32Array;
}

export class TrigramIndex {
  /** Posting lists read from the index file (CSR); units added later go to the growable lists after them. */
  private baseStart: Uint32Array | null = null;
  private baseIds: Int32Array | null = null;
  private postings: (Int32Array | undefined)[] = new Array(BUCKETS);
  private postLen = new Int32Array(BUCKETS);
  private mark = new Int32Array(BUCKETS);
  private stamp = 0;
  private gramCount = new Uint16Array(1024);
  private textLen = new Int32Array(1024);
  private counts = new Uint16Array(1024);
  private touched = new Int32Array(1024);
  size = 0;

  /** An index holding exactly what `parts` describes (as if units 0 … size − 1 had been added in order). */
  static fromParts(parts: TrigramParts): TrigramIndex {
    const index = new TrigramIndex();
    index.grow(Math.max(1024, parts.size));
    index.gramCount.set(parts.gramCount.subarray(0, parts.size));
    index.textLen.set(parts.textLen.subarray(0, parts.size));
    index.baseStart = parts.start;
    index.baseIds = parts.ids;
    index.size = parts.size;
    return index;
  }

  /** The whole index as CSR arrays (a copy: later adds do not change it). */
  toParts(): TrigramParts {
    return runAll(this.toPartsSteps());
  }

  /** toParts() in steps of a few thousand buckets (about 8 million postings are copied at 100,000 units). */
  *toPartsSteps(): Steps<TrigramParts> {
    const start = new Uint32Array(BUCKETS + 1);
    let total = 0;
    for (let b = 0; b < BUCKETS; b++) {
      if ((b & STEP_MASK) === 0) yield;
      start[b] = total;
      total += this.postLen[b] + (this.baseStart ? this.baseStart[b + 1] - this.baseStart[b] : 0);
    }
    start[BUCKETS] = total;
    const ids = new Int32Array(total);
    for (let b = 0, nextStep = 0; b < BUCKETS; b++) {
      // A step ends after a few thousand buckets or ~1M postings copied (a common trigram's list holds most units).
      if ((b & STEP_MASK) === 0 || start[b] >= nextStep) {
        nextStep = start[b] + (1 << 20);
        yield;
      }
      let at = start[b];
      if (this.baseStart && this.baseIds) {
        const from = this.baseStart[b];
        const to = this.baseStart[b + 1];
        ids.set(this.baseIds.subarray(from, to), at);
        at += to - from;
      }
      const post = this.postings[b];
      if (post) ids.set(post.subarray(0, this.postLen[b]), at);
    }
    return {
      size: this.size,
      start,
      ids,
      gramCount: this.gramCount.slice(0, this.size),
      textLen: this.textLen.slice(0, this.size),
    };
  }

  /** Add the normalised text of unit `id` (ids are dense: 0, 1, 2 … in insertion order). */
  add(id: number, text: string): void {
    if (id >= this.gramCount.length) this.grow(Math.max(id + 1, this.gramCount.length * 2));
    const stamp = this.nextStamp();
    const L = text.length;
    let distinct = 0;
    let c0 = PAD;
    let c1 = L > 0 ? text.charCodeAt(0) : PAD;
    for (let i = 0; i < L; i++) {
      const c2 = i + 1 < L ? text.charCodeAt(i + 1) : PAD;
      const b = bucketOf(c0, c1, c2);
      if (this.mark[b] !== stamp) {
        this.mark[b] = stamp;
        distinct++;
        this.append(b, id);
      }
      c0 = c1;
      c1 = c2;
    }
    this.gramCount[id] = Math.min(distinct, 65535);
    this.textLen[id] = L;
    if (id >= this.size) this.size = id + 1;
  }

  /**
   * Units that could score ≥ minScore against `query` (normalised), roughly best bound first (bucketed).
   * Units sharing no trigram with the query are not returned: their bound is about 67 % at best.
   */
  candidates(query: string, minScore: number): Candidates {
    const Lq = query.length;
    const stamp = this.nextStamp();
    const buckets: number[] = [];
    let c0 = PAD;
    let c1 = Lq > 0 ? query.charCodeAt(0) : PAD;
    for (let i = 0; i < Lq; i++) {
      const c2 = i + 1 < Lq ? query.charCodeAt(i + 1) : PAD;
      const b = bucketOf(c0, c1, c2);
      if (this.mark[b] !== stamp) {
        this.mark[b] = stamp;
        buckets.push(b);
      }
      c0 = c1;
      c1 = c2;
    }
    const gq = buckets.length;
    const counts = this.counts;
    const touched = this.touched;
    let nt = 0;
    // Length filter first: a unit outside [min·Lq, Lq/min] cannot reach minScore, so it is never counted.
    const ratio = Math.max(0.01, minScore / 100);
    const minLen = Math.ceil(Lq * ratio - 1e-9);
    const maxLen = Math.floor(Lq / ratio + 1e-9);
    const textLen = this.textLen;
    const baseStart = this.baseStart;
    const baseIds = this.baseIds;
    for (const b of buckets) {
      // Base (file) ids first, then the ones added since: ascending, the order a fresh build has.
      if (baseStart && baseIds) {
        for (let k = baseStart[b], end = baseStart[b + 1]; k < end; k++) {
          const u = baseIds[k];
          const L = textLen[u];
          if (L < minLen || L > maxLen) continue;
          if (counts[u]++ === 0) touched[nt++] = u;
        }
      }
      const post = this.postings[b];
      if (!post) continue;
      const n = this.postLen[b];
      for (let k = 0; k < n; k++) {
        const u = post[k];
        const L = textLen[u];
        if (L < minLen || L > maxLen) continue;
        if (counts[u]++ === 0) touched[nt++] = u;
      }
    }
    // Counting sort on the bound in 0.1-point buckets: a comparison sort of ~100,000 candidates would cost
    // more than the whole lookup budget. Within a bucket the order is arbitrary (see ceilingAt).
    const ubs = new Float64Array(nt);
    const bucketSize = new Int32Array(BOUND_BUCKETS);
    let m = 0;
    for (let t = 0; t < nt; t++) {
      const u = touched[t];
      const common = counts[u];
      counts[u] = 0;
      const L = textLen[u];
      const longest = Math.max(L, Lq);
      const kGrams = Math.ceil((Math.max(this.gramCount[u], gq) - common) / 3);
      const k = Math.max(kGrams, Math.abs(L - Lq));
      const ub = longest === 0 ? 0 : 100 * (1 - k / longest);
      if (ub + 1e-9 < minScore) {
        ubs[t] = -1;
        continue;
      }
      ubs[t] = ub;
      bucketSize[boundBucket(ub)]++;
      m++;
    }
    const next = new Int32Array(BOUND_BUCKETS);
    for (let key = BOUND_BUCKETS - 1, pos = 0; key >= 0; key--) {
      next[key] = pos;
      pos += bucketSize[key];
    }
    const idx = new Int32Array(m);
    const bound = new Float64Array(m);
    for (let t = 0; t < nt; t++) {
      const ub = ubs[t];
      if (ub < 0) continue;
      const pos = next[boundBucket(ub)]++;
      idx[pos] = touched[t];
      bound[pos] = ub;
    }
    return { idx, bound, length: m };
  }

  private nextStamp(): number {
    if (++this.stamp >= 0x7fffffff) {
      this.mark.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }

  private append(b: number, id: number): void {
    let post = this.postings[b];
    const n = this.postLen[b];
    if (!post) post = this.postings[b] = new Int32Array(4);
    else if (n === post.length) {
      const bigger = new Int32Array(n * 2);
      bigger.set(post);
      post = this.postings[b] = bigger;
    }
    post[n] = id;
    this.postLen[b] = n + 1;
  }

  private grow(n: number): void {
    const g = new Uint16Array(n);
    g.set(this.gramCount);
    this.gramCount = g;
    const t = new Int32Array(n);
    t.set(this.textLen);
    this.textLen = t;
    this.counts = new Uint16Array(n);
    this.touched = new Int32Array(n);
  }
}
