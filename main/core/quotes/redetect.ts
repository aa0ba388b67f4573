// redetectChanged: after an edit, detection runs again on the changed paragraphs only (with two paragraphs before them
// for context) and merges there, so a newly typed quote appears while every decision elsewhere stays as it was.
import type { Lang } from '../../../preload/contract/define';
import type { ArticleQuotes, QuoteAnnotation } from '../../../preload/contract/models';
import { makeAnchor } from './anchor';
import { annotate } from './annotate';
import { mergeDetections } from './merge';
import { paragraphs, type Range } from './text';

/** The part of `next` that differs from `prev` (common prefix and suffix removed), or null when they are equal. */
export function changedRange(prev: string, next: string): Range | null {
  if (prev === next) return null;
  let a = 0;
  const max = Math.min(prev.length, next.length);
  while (a < max && prev.charCodeAt(a) === next.charCodeAt(a)) a++;
  let b = 0;
  while (b < max - a && prev.charCodeAt(prev.length - 1 - b) === next.charCodeAt(next.length - 1 - b)) b++;
  return { start: a, end: next.length - b };
}

const overlaps = (q: QuoteAnnotation, r: Range) => q.anchor.start < r.end && q.anchor.end > r.start;

/** `q` is already anchored to `text`; `changed` is the edited range of `text` (see changedRange). */
export function redetectChanged(q: ArticleQuotes, text: string, lang: Lang, changed: Range): ArticleQuotes {
  const paras = paragraphs(text);
  if (!paras.length) return q;
  let first = paras.findIndex((p) => p.end >= changed.start);
  if (first < 0) first = paras.length - 1;
  let last = first;
  while (last + 1 < paras.length && paras[last + 1].start <= changed.end) last++;
  const region: Range = { start: Math.min(paras[first].start, changed.start), end: Math.max(paras[last].end, changed.end) };
  const windowStart = paras[Math.max(0, first - 2)].start;
  const local = annotate(text.slice(windowStart, region.end), lang, q.articleId);
  const fresh: ArticleQuotes = {
    ...local,
    quotes: local.quotes
      .map((a) => ({ ...a, anchor: makeAnchor(text, a.anchor.start + windowStart, a.anchor.end + windowStart) }))
      .filter((a) => overlaps(a, region)),
  };
  const inside = q.quotes.filter((a) => overlaps(a, region));
  const outside = q.quotes.filter((a) => !overlaps(a, region));
  const merged = mergeDetections({ ...q, quotes: inside }, fresh);
  const taken = new Set(outside.map((a) => a.id));
  const all = [...outside];
  for (const a of merged.quotes) {
    let id = a.id;
    for (let n = 1; taken.has(id); n++) id = `${a.id}-${n}`;
    taken.add(id);
    all.push(id === a.id ? a : { ...a, id });
  }
  all.sort((x, y) => x.anchor.start - y.anchor.start);
  // "…,” ujarnya." with its speaker outside the window: the speaker of the quote before carries on.
  const known = new Set(q.quotes.map((a) => a.id));
  for (let i = 1; i < all.length; i++) {
    if (!known.has(all[i].id) && all[i].speakerId === null && all[i].status === 'suggested') all[i] = { ...all[i], speakerId: all[i - 1].speakerId };
  }
  const used = new Set(all.map((a) => a.speakerId));
  const speakers = merged.speakers.filter((s) => used.has(s.id) || q.speakers.some((x) => x.id === s.id));
  return { ...q, speakers, quotes: all };
}
