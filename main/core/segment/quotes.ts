// Finds quoted passages in one paragraph and decides which ones are followed by their attribution.
import type { CompiledQuotes } from './rules';

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark. */
  close: number;
  /** The attribution follows the closing mark (“…,” kata Budi / “…”라고 말했다): keep it all in one segment. */
  attributed: boolean;
}

export interface QuoteScan {
  spans: QuoteSpan[];
  /** Every index holding an opening mark, closed or not (a break right after one belongs before it). */
  openers: Set<number>;
}

export function scanQuotes(para: string, q: CompiledQuotes): QuoteScan {
  const spans: QuoteSpan[] = [];
  const openers = new Set<number>();
  const stack: { mark: string; index: number }[] = [];
  for (let i = 0; i < para.length; i++) {
    const c = para[i];
    const closes = q.openerOf.get(c);
    const opens = q.closerOf.has(c);
    if (closes !== undefined) {
      // A symmetric mark (straight ") closes only when one is open; otherwise it opens.
      let at = -1;
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k].mark === closes) {
          at = k;
          break;
        }
      }
      if (at >= 0) {
        const open = stack[at].index;
        stack.length = at;
        spans.push({ open, close: i, attributed: isAttributed(para, open, i, q) });
        continue;
      }
      if (!opens) continue; // a stray closing mark (or an apostrophe) is not a quote
    }
    if (opens) {
      stack.push({ mark: c, index: i });
      openers.add(i);
    }
  }
  return { spans, openers };
}

function isAttributed(para: string, open: number, close: number, q: CompiledQuotes): boolean {
  if (close - open > q.maxChars) return false;
  return q.inside.test(para.slice(open + 1, close)) || q.after.test(para.slice(close + 1));
}
