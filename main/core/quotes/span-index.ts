// Quote spans indexed by position, so "is this offset inside a quote?" and "which quotes open in this sentence?"
// cost O(log n) instead of a scan of every quote per token (which made Korean detection grow with the square).
import type { QuoteSpan } from './marks';

const spanEnd = (q: QuoteSpan) => (q.close >= 0 ? q.close : q.end);

export class SpanIndex {
  private readonly sorted: QuoteSpan[];
  private readonly opens: number[];
  /** maxEnd[i] = the furthest end among sorted[0..i] (quotes may nest or overlap). */
  private readonly maxEnd: number[];

  constructor(spans: readonly QuoteSpan[]) {
    // Usually already in order (scanQuotes sorts): then a copy, without a wrapper object per span to sort.
    const inOrder = spans.every((q, i) => i === 0 || spans[i - 1].open <= q.open);
    this.sorted = inOrder ? spans.slice() : spans.map((q, i) => ({ q, i })).sort((a, b) => a.q.open - b.q.open || a.i - b.i).map((x) => x.q);
    this.opens = this.sorted.map((q) => q.open);
    let m = -Infinity;
    this.maxEnd = this.sorted.map((q) => (m = Math.max(m, spanEnd(q))));
  }

  /** Number of spans whose open is < x (or ≤ x when `inclusive`). */
  private before(x: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.opens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.opens[mid] < x || (inclusive && this.opens[mid] === x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Some quote has open ≤ at ≤ end. */
  coversInclusive(at: number): boolean {
    const k = this.before(at, true);
    return k > 0 && this.maxEnd[k - 1] >= at;
  }

  /** Some quote has open < at < end. */
  coversStrict(at: number): boolean {
    const k = this.before(at, false);
    return k > 0 && this.maxEnd[k - 1] > at;
  }

  /** The quotes opening in [start, end), in order of their opening mark. */
  openingIn(start: number, end: number): QuoteSpan[] {
    return this.sorted.slice(this.before(start, false), this.before(end, false));
  }
}
