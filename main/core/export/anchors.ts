// Quote annotations → comment ranges on the document model (anchors are offsets into the article's plain text).
import type { ArticleQuotes, QuoteAnnotation, Speaker } from '../../../preload/contract/models';
import { blockText, modelPlainText, type Block, type Mark } from './model';

export interface AnchoredQuote {
  /** Comment id used in the marks (0-based, in document order). */
  id: number;
  quote: QuoteAnnotation;
  speaker: Speaker | null;
}

export interface AnchorResult {
  blocks: Block[];
  anchored: AnchoredQuote[];
  /** Quotes whose text could no longer be found (the body changed after annotating). */
  unanchored: string[];
}

/** Where the quote is now: its offsets if they still hold the quoted text, else the nearest exact match. */
export function locateQuote(plain: string, q: QuoteAnnotation): { start: number; end: number } | null {
  const { start, end, exact, prefix, suffix } = q.anchor;
  if (!exact) return null;
  if (plain.slice(start, end) === exact) return { start, end };
  const withContext = plain.indexOf(prefix + exact + suffix);
  if (prefix + suffix && withContext >= 0) return { start: withContext + prefix.length, end: withContext + prefix.length + exact.length };
  let best = -1;
  for (let i = plain.indexOf(exact); i >= 0; i = plain.indexOf(exact, i + 1)) {
    if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  return best >= 0 ? { start: best, end: best + exact.length } : null;
}

/** Adds start/end marks for every non-rejected quote; blocks are copied, never mutated. */
export function anchorQuotes(blocks: Block[], quotes: ArticleQuotes | null | undefined): AnchorResult {
  const out = blocks.map((b) => ({ ...b, marks: [...(b.marks ?? [])] }));
  if (!quotes) return { blocks: out, anchored: [], unanchored: [] };
  const plain = modelPlainText(out);
  const starts: number[] = [];
  let pos = 0;
  for (const b of out) {
    starts.push(pos);
    pos += blockText(b).length + 1;
  }
  const locate = (offset: number, isEnd: boolean): { block: number; at: number } => {
    for (let i = out.length - 1; i >= 0; i--) {
      if (offset > starts[i] || (offset === starts[i] && !isEnd) || (offset === starts[i] && i === 0)) {
        return { block: i, at: Math.min(offset - starts[i], blockText(out[i]).length) };
      }
    }
    return { block: 0, at: 0 };
  };
  const speakers = new Map(quotes.speakers.map((s) => [s.id, s]));
  const found: { q: QuoteAnnotation; start: number; end: number }[] = [];
  const unanchored: string[] = [];
  for (const q of quotes.quotes) {
    if (q.status === 'rejected') continue;
    const loc = locateQuote(plain, q);
    if (!loc || loc.end <= loc.start) unanchored.push(q.id);
    else found.push({ q, ...loc });
  }
  found.sort((a, b) => a.start - b.start);
  const anchored: AnchoredQuote[] = found.map((f, id) => {
    const s = locate(f.start, false);
    const e = locate(f.end, true);
    out[s.block].marks.push({ at: s.at, kind: 'start', id } satisfies Mark);
    out[e.block].marks.push({ at: e.at, kind: 'end', id } satisfies Mark);
    return { id, quote: f.q, speaker: (f.q.speakerId && speakers.get(f.q.speakerId)) || null };
  });
  return { blocks: out, anchored, unanchored };
}
