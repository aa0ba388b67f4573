// Text anchors: position + exact text + context, and re-finding them after the article text was edited.
import type { QuoteAnnotation, TextAnchor } from '../../../preload/contract/models';

const CONTEXT = 32;

export function makeAnchor(text: string, start: number, end: number): TextAnchor {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

/** The one changed region between two texts: [start, oldEnd) in old became [start, newEnd) in new. */
interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}
function editRegion(a: string, b: string): Edit {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, oldEnd: a.length - s, newEnd: b.length - s };
}

function mapOffset(o: number, e: Edit, side: 'start' | 'end'): number {
  if (o <= e.start) return o;
  if (o >= e.oldEnd) return o + (e.newEnd - e.oldEnd);
  return side === 'start' ? e.start : e.newEnd;
}

/** How well the context around [start, end) in `text` matches the anchor's prefix/suffix (0..2). */
function contextScore(text: string, start: number, end: number, a: TextAnchor): number {
  const pre = text.slice(Math.max(0, start - a.prefix.length), start);
  const suf = text.slice(end, end + a.suffix.length);
  return sharedSuffix(pre, a.prefix) / Math.max(1, a.prefix.length) + sharedPrefix(suf, a.suffix) / Math.max(1, a.suffix.length);
}
const sharedPrefix = (x: string, y: string) => {
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
};
const sharedSuffix = (x: string, y: string) => {
  let i = 0;
  while (i < x.length && i < y.length && x[x.length - 1 - i] === y[y.length - 1 - i]) i++;
  return i;
};

/**
 * Re-find one anchor in the edited text. Exact text wins (closest to where the edit says it moved, with the
 * best context); when the quoted text itself changed, the mapped span is kept and flagged for review.
 */
export function reanchorOne(a: TextAnchor, oldText: string, newText: string): { anchor: TextAnchor; changed: boolean } {
  const e = editRegion(oldText, newText);
  const expect = mapOffset(a.start, e, 'start');
  if (a.exact && newText.slice(expect, expect + a.exact.length) === a.exact && (a.end <= e.start || a.start >= e.oldEnd || e.start === e.oldEnd && e.start === e.newEnd)) {
    return { anchor: makeAnchor(newText, expect, expect + a.exact.length), changed: false };
  }
  if (a.exact) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = newText.indexOf(a.exact); i >= 0; i = newText.indexOf(a.exact, i + 1)) {
      const score = contextScore(newText, i, i + a.exact.length, a) * 1000 - Math.abs(i - expect);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best >= 0) return { anchor: makeAnchor(newText, best, best + a.exact.length), changed: false };
  }
  // The quoted text itself changed: map both ends through the edit.
  let start = mapOffset(a.start, e, 'start');
  let end = Math.max(start, mapOffset(a.end, e, 'end'));
  // If the edit swallowed an end, fall back to the context: where the old prefix ends and the old suffix starts.
  if (a.start > e.start && a.start < e.oldEnd && a.prefix) {
    const p = newText.lastIndexOf(a.prefix, end);
    if (p >= 0 && p + a.prefix.length <= end) start = p + a.prefix.length;
  }
  if (a.end > e.start && a.end < e.oldEnd && a.suffix) {
    const s = newText.indexOf(a.suffix, start);
    if (s >= 0 && s - start <= Math.max(200, a.exact.length * 3)) end = s;
  }
  end = Math.max(start, Math.min(end, newText.length));
  return { anchor: makeAnchor(newText, start, end), changed: true };
}

/** Re-anchor every annotation after an edit; none is ever dropped, changed ones get needsReview. */
export function reanchor(annotations: QuoteAnnotation[], oldText: string, newText: string): QuoteAnnotation[] {
  if (oldText === newText) return annotations.map((q) => ({ ...q }));
  return annotations.map((q) => {
    const r = reanchorOne(q.anchor, oldText, newText);
    return { ...q, anchor: r.anchor, needsReview: q.needsReview || r.changed };
  });
}
