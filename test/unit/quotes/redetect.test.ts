// redetectChanged: detection again on the edited paragraphs only, every decision elsewhere kept.
import { describe, expect, it } from 'vitest';
import { annotate, changedRange, redetectChanged, reanchor, setStatus } from '../../../main/core/quotes';

const BEFORE = [
  'Bupati Sleman Kustini Wahyuni meninjau jalan desa.',
  '“Jalan ini akan kami perbaiki,” kata Kustini.',
  'Warga menyambut rencana itu.',
].join('\n');

function edit(before: string, after: string, q = annotate(before, 'id', 'a1')) {
  const moved = { ...q, quotes: reanchor(q.quotes, before, after) };
  return redetectChanged(moved, after, 'id', changedRange(before, after)!);
}

describe('redetectChanged', () => {
  it('finds a quote typed into a new paragraph, with its speaker from "kata X"', () => {
    const after = BEFORE + '\n“Anggarannya sudah siap,” kata Kepala Dinas PU Bambang Riyadi.';
    const q = edit(BEFORE, after);
    const added = q.quotes.find((x) => x.anchor.exact.startsWith('Anggarannya'));
    expect(added?.kind).toBe('direct');
    expect(q.speakers.find((s) => s.id === added?.speakerId)?.name).toBe('Bambang Riyadi');
    expect(q.quotes).toHaveLength(2);
  });

  it('never lets a speaker name run past a sentence end or paragraph, even with the space lost', () => {
    const base = 'Warga berkumpul di balai desa sejak pagi.';
    const typed = '“Jalan desa akan kami perbaiki tahun ini,” kata Kepala Desa Sukamaju Rahmat Hidayat.';
    // After the paragraph, before it, and glued to its start (the caret at the paragraph's start while typing).
    for (const after of [`${base}\n${typed}`, `\n${typed}\n${base}`, `\n${typed}${base}`]) {
      for (const q of [edit(base, after), annotate(after, 'id', 'a1')]) {
        expect(q.speakers.map((s) => s.name)).toEqual(['Rahmat Hidayat']);
        expect(q.quotes.map((x) => x.anchor.exact)).toEqual(['Jalan desa akan kami perbaiki tahun ini']);
      }
    }
  });

  it('keeps a confirmed quote confirmed when its own paragraph is edited around it', () => {
    const q0 = annotate(BEFORE, 'id', 'a1');
    const id = q0.quotes[0].id;
    const confirmed = setStatus(q0, id, 'confirmed');
    const after = BEFORE.replace('kata Kustini.', 'kata Kustini di lokasi, Senin.');
    const q = edit(BEFORE, after, confirmed);
    expect(q.quotes.find((x) => x.id === id)?.status).toBe('confirmed');
    expect(q.quotes).toHaveLength(1);
  });

  it('leaves quotes outside the changed paragraphs exactly as they were (a rejected one stays rejected)', () => {
    const q0 = annotate(BEFORE, 'id', 'a1');
    const rejected = setStatus(q0, q0.quotes[0].id, 'rejected');
    const after = BEFORE.replace('Warga menyambut', 'Warga desa menyambut');
    const q = edit(BEFORE, after, rejected);
    const pick = (x: (typeof q.quotes)[number]) => [x.id, x.status, x.anchor.start, x.anchor.exact, x.speakerId];
    expect(q.quotes.map(pick)).toEqual(rejected.quotes.map(pick));
  });

  it('never keeps one span both as a direct and an indirect quote', () => {
    const after = BEFORE + '\nIa mengatakan, “Semua jalan desa selesai tahun ini.”';
    const q = edit(BEFORE, after);
    const kinds = q.quotes.filter((x) => x.anchor.exact.includes('Semua jalan')).map((x) => x.kind);
    expect(kinds).toEqual(['direct']);
  });

  it('changedRange is the differing middle of two texts', () => {
    expect(changedRange('abcXYZdef', 'abc123def')).toEqual({ start: 3, end: 6 });
    expect(changedRange('same', 'same')).toBeNull();
  });
});
