// Levenshtein distance: a bit-parallel version (Myers/Hyyrö) for the hot path and a plain DP as the reference.
//
// The bit-parallel form processes 32 pattern characters per machine word, so scoring a 120-character
// candidate costs ~4×120 word operations instead of 120×120 table cells. The pattern (the text being looked
// up) is compiled once per lookup and then compared against many candidates.

export interface CompiledPattern {
  length: number;
  blocks: number;
  /** slot[charCode] = 1 + row of that character in `peq`, 0 when the pattern lacks it. */
  slot: Int32Array;
  /** Match masks: peq[row * blocks + block]. */
  peq: Int32Array;
  chars: number[];
}

const slotBuffer = new Int32Array(65536);
let slotInUse = false;

/** Compile the pattern; call release() when done (the slot table is a shared buffer). */
export function compilePattern(pattern: string): CompiledPattern {
  const m = pattern.length;
  const blocks = Math.max(1, Math.ceil(m / 32));
  // Concurrent compiled patterns are not expected (lookups are synchronous); fall back to a private table.
  const slot = slotInUse ? new Int32Array(65536) : slotBuffer;
  if (slot === slotBuffer) slotInUse = true;
  const chars: number[] = [];
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (slot[c] === 0) {
      chars.push(c);
      slot[c] = chars.length;
    }
  }
  const peq = new Int32Array(chars.length * blocks);
  for (let i = 0; i < m; i++) {
    const row = slot[pattern.charCodeAt(i)] - 1;
    peq[row * blocks + (i >>> 5)] |= 1 << (i & 31);
  }
  return { length: m, blocks, slot, peq, chars };
}

export function releasePattern(p: CompiledPattern): void {
  for (const c of p.chars) p.slot[c] = 0;
  if (p.slot === slotBuffer) slotInUse = false;
}

const pvBuf: Int32Array[] = [];
function scratch(i: number, n: number): Int32Array {
  if (!pvBuf[i] || pvBuf[i].length < n) pvBuf[i] = new Int32Array(Math.max(n, 16));
  return pvBuf[i];
}

/**
 * Exact Levenshtein distance between the compiled pattern and `text` (UTF-16 code units). With `maxK`, gives up
 * as soon as the distance must exceed it (the last row can drop by at most one per remaining column) and
 * returns some value > maxK.
 */
export function distance(p: CompiledPattern, text: string, maxK = Infinity): number {
  const m = p.length;
  const n = text.length;
  if (m === 0) return n;
  if (n === 0) return m;
  const blocks = p.blocks;
  const Pv = scratch(0, blocks);
  const Mv = scratch(1, blocks);
  for (let b = 0; b < blocks; b++) {
    Pv[b] = -1;
    Mv[b] = 0;
  }
  const lastHigh = 1 << ((m - 1) & 31);
  const last = blocks - 1;
  const { slot, peq } = p;
  let score = m;
  for (let j = 0; j < n; j++) {
    const s = slot[text.charCodeAt(j)];
    const base = s === 0 ? -1 : (s - 1) * blocks;
    // The top row of the DP grows by one per text character: the carry into the first block is +1.
    let hin = 1;
    for (let b = 0; b < blocks; b++) {
      let eq = base < 0 ? 0 : peq[base + b];
      const pv = Pv[b];
      const mv = Mv[b];
      const xv = eq | mv;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const high = b === last ? lastHigh : 0x80000000 | 0;
      let hout = 0;
      if ((ph & high) !== 0) hout = 1;
      else if ((mh & high) !== 0) hout = -1;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      Pv[b] = mh | ~(xv | ph);
      Mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    if (score - (n - 1 - j) > maxK) return maxK + 1;
  }
  return score;
}

/** Textbook O(n·m) Levenshtein (two rows): the reference the fast path is checked against. */
export function naiveDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}
