// Which annotated quotes of the source article each segment holds, and how the workspace shows them.
import type { Lang } from '../../../preload/contract/define';
import type { QuoteAnnotation, Segment, Speaker } from '../../../preload/contract/models';
import type { SegmentQuote } from '../../../preload/contract/translate';

const squash = (s: string) => s.normalize('NFC').replace(/[\s“”"'‘’«»「」『』]+/g, ' ').trim().toLowerCase();

/** Which annotated quotes each segment holds: the segment contains the quote's text (or the quote the segment's). */
export function quotesBySegment(segments: readonly Segment[], quotes: readonly QuoteAnnotation[]): Record<string, QuoteAnnotation[]> {
  const out: Record<string, QuoteAnnotation[]> = {};
  const srcs = segments.map((s) => squash(s.source));
  for (const q of quotes) {
    if (q.status === 'rejected') continue;
    const exact = squash(q.anchor.exact);
    if (exact.length < 4) continue;
    const head = exact.slice(0, 40);
    segments.forEach((s, i) => {
      if (srcs[i].includes(exact) || srcs[i].includes(head) || (srcs[i].length >= 20 && exact.includes(srcs[i]))) {
        (out[s.id] ??= []).push(q);
      }
    });
  }
  return out;
}

/** The quotes per segment as the workspace shows them: kind, words, speaker and the speaker's target spelling. */
export function segmentQuotes(
  bySeg: Record<string, QuoteAnnotation[]>,
  speakers: readonly Speaker[],
  targetLang: Lang,
): Record<string, SegmentQuote[]> {
  const out: Record<string, SegmentQuote[]> = {};
  for (const [segId, qs] of Object.entries(bySeg)) {
    out[segId] = qs.map((q) => {
      const sp = speakers.find((s) => s.id === q.speakerId) ?? null;
      return { kind: q.kind, exact: q.anchor.exact, speaker: sp?.name ?? null, targetSpelling: sp?.spellings[targetLang] ?? '' };
    });
  }
  return out;
}
