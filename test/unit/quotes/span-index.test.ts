// SpanIndex answers the same as a scan of every quote span (nested, overlapping and unclosed spans included).
import { describe, expect, it } from 'vitest';
import { SpanIndex } from '../../../main/core/quotes/span-index';
import type { QuoteSpan } from '../../../main/core/quotes/marks';

const span = (open: number, close: number, end = close): QuoteSpan => ({ open, close, end }) as unknown as QuoteSpan;
const endOf = (q: QuoteSpan) => (q.close >= 0 ? q.close : q.end);

describe('SpanIndex', () => {
  it('matches a linear scan for every offset and range', () => {
    const spans = [span(40, 60), span(5, 30), span(10, 12), span(70, -1, 90), span(28, 35)];
    const ix = new SpanIndex(spans);
    for (let at = 0; at < 100; at++) {
      expect(ix.coversInclusive(at)).toBe(spans.some((q) => at >= q.open && at <= endOf(q)));
      expect(ix.coversStrict(at)).toBe(spans.some((q) => at > q.open && at < endOf(q)));
    }
    for (let a = 0; a < 100; a += 7) {
      for (let b = a; b < 100; b += 11) {
        const want = spans.filter((q) => q.open >= a && q.open < b).sort((x, y) => x.open - y.open);
        expect(ix.openingIn(a, b)).toEqual(want);
      }
    }
  });

  it('handles no spans', () => {
    const ix = new SpanIndex([]);
    expect(ix.coversInclusive(3)).toBe(false);
    expect(ix.openingIn(0, 10)).toEqual([]);
  });
});
