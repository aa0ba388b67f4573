// Which segment holds which annotated quote: the workspace shows the speaker there and QA checks it.
import { describe, it, expect } from 'vitest';
import { quotesBySegment } from '../../../main/core/translate/segment-quotes';
import { blankSegment } from '../../../main/core/translate/segments';
import type { QuoteAnnotation, Segment } from '../../../preload/contract/models';

const seg = (id: string, source: string): Segment => blankSegment(id, source);
const quote = (id: string, exact: string, status: QuoteAnnotation['status'] = 'confirmed'): QuoteAnnotation => ({
  id, kind: 'direct', anchor: { start: 0, end: exact.length, exact, prefix: '', suffix: '' }, speakerId: 'sp1', cue: 'kata',
  confidence: 0.9, status, verification: 'unverified', sourceNote: '', comments: [], needsReview: false,
});

describe('quotesBySegment', () => {
  const segments = [
    seg('s1', 'Gubernur datang ke Seoul.'),
    seg('s2', '“Ini momentum buat saya,” kata Ganjar.'),
    seg('s3', 'Sulis berharap program itu bermanfaat.'),
  ];

  it('puts a quote in the segment whose source contains it, ignoring quote marks and spacing', () => {
    const out = quotesBySegment(segments, [quote('q1', 'Ini  momentum buat saya,')]);
    expect(Object.keys(out)).toEqual(['s2']);
    expect(out.s2.map((q) => q.id)).toEqual(['q1']);
  });

  it('finds a long quote that was split over segments in each part, and skips rejected ones', () => {
    const long = quote('q2', 'Gubernur datang ke Seoul. “Ini momentum buat saya,” kata Ganjar.');
    const out = quotesBySegment(segments, [long, quote('q3', 'program itu bermanfaat', 'rejected')]);
    expect(Object.keys(out).sort()).toEqual(['s1', 's2']);
    expect(out.s3).toBeUndefined();
  });

  it('gives nothing for quotes that are not in the text', () => {
    expect(quotesBySegment(segments, [quote('q4', 'Kalimat yang tidak ada di mana pun')])).toEqual({});
  });
});
