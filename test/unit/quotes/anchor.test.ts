// Anchors survive edits elsewhere; edits inside the quoted text flag needsReview; nothing is ever dropped.
import { describe, expect, it } from 'vitest';
import { annotate, reanchor } from '../../../main/core/quotes';

const TEXT = [
  'Gubernur Jawa Tengah Ganjar Pranowo meninjau Pasar Johar.',
  '“Harga beras mulai turun,” kata Ganjar.',
  'Ia menambahkan, stok di gudang Bulog cukup sampai Lebaran.',
  '“Kami pantau setiap hari,” ujarnya.',
].join('\n');

const base = () => annotate(TEXT, 'id', 'a1').quotes;

describe('reanchor', () => {
  it('re-finds every quote at its new offsets after an edit before it', () => {
    const edited = 'SEMARANG – ' + TEXT.replace('meninjau', 'pagi ini meninjau');
    const before = base();
    const after = reanchor(before, TEXT, edited);
    expect(after).toHaveLength(before.length);
    for (const [i, q] of after.entries()) {
      expect(q.anchor.exact).toBe(before[i].anchor.exact);
      expect(edited.slice(q.anchor.start, q.anchor.end)).toBe(before[i].anchor.exact);
      expect(q.anchor.start).toBeGreaterThan(before[i].anchor.start);
      expect(q.needsReview).toBe(false);
    }
  });

  it('leaves quotes before an edit where they were', () => {
    const edited = TEXT + '\nBerita ini diperbarui.';
    const after = reanchor(base(), TEXT, edited);
    expect(after.map((q) => q.anchor.start)).toEqual(base().map((q) => q.anchor.start));
    expect(after.every((q) => !q.needsReview)).toBe(true);
  });

  it('flags a quote whose own text was edited and anchors it to the new wording', () => {
    const edited = TEXT.replace('Harga beras mulai turun', 'Harga beras medium mulai turun');
    const after = reanchor(base(), TEXT, edited);
    const q = after.find((a) => a.anchor.exact.includes('Harga beras'))!;
    expect(q.needsReview).toBe(true);
    expect(q.anchor.exact).toBe('Harga beras medium mulai turun');
    expect(edited.slice(q.anchor.start, q.anchor.end)).toBe(q.anchor.exact);
    // The others were not touched.
    expect(after.filter((a) => a.needsReview)).toHaveLength(1);
  });

  it('finds a quote that moved to another paragraph by its exact text and context', () => {
    const lines = TEXT.split('\n');
    const edited = [lines[0], lines[3], lines[2], lines[1]].join('\n');
    const after = reanchor(base(), TEXT, edited);
    for (const q of after) expect(edited.slice(q.anchor.start, q.anchor.end)).toBe(q.anchor.exact);
    expect(after.every((q) => !q.needsReview)).toBe(true);
  });

  it('keeps an annotation whose text was deleted, empty and flagged, instead of dropping it', () => {
    const edited = TEXT.replace('“Kami pantau setiap hari,” ujarnya.', '');
    const after = reanchor(base(), TEXT, edited);
    expect(after).toHaveLength(base().length);
    const gone = after.find((q) => q.id === base().find((b) => b.anchor.exact.startsWith('Kami'))!.id)!;
    expect(gone.needsReview).toBe(true);
    expect(gone.anchor.start).toBeLessThanOrEqual(edited.length);
  });

  it('is the identity when nothing changed', () => {
    expect(reanchor(base(), TEXT, TEXT)).toEqual(base());
  });
});
