// mergeDetections keeps the editor's decisions; the small operations the UI calls; the quote sheet.
import { describe, expect, it } from 'vitest';
import { addComment, annotate, mergeDetections, quoteSheet, reanchor, setSpeaker, setStatus, setVerification } from '../../../main/core/quotes';

const TEXT = [
  'Kepala BPS Jawa Tengah Dadang Somantri mengatakan, inflasi Mei tercatat 0,2 persen.',
  '“Harga cabai sudah turun,” kata Dadang.',
  'Sementara itu, Wali Kota Semarang Hevearita Gunaryanti Rahayu meminta warga berhemat.',
  '“Belanja sesuai kebutuhan saja,” ujar Hevearita.',
].join('\n');

describe('editor operations', () => {
  const q0 = annotate(TEXT, 'id', 'art1');
  const direct = q0.quotes.filter((q) => q.kind === 'direct');

  it('starts with suggestions', () => {
    expect(q0.quotes.length).toBe(3);
    expect(q0.quotes.every((q) => q.status === 'suggested' && q.verification === 'unverified')).toBe(true);
  });

  it('setStatus, setVerification and addComment change only the quote asked for', () => {
    let q = setStatus(q0, direct[0].id, 'confirmed');
    q = setVerification(q, direct[0].id, 'verified', 'Rekaman wawancara 12/5');
    q = addComment(q, direct[0].id, 'Cek angka dengan BPS', '2024-05-12T10:00:00.000Z');
    const a = q.quotes.find((x) => x.id === direct[0].id)!;
    expect(a.status).toBe('confirmed');
    expect(a.verification).toBe('verified');
    expect(a.sourceNote).toBe('Rekaman wawancara 12/5');
    expect(a.comments).toEqual([{ at: '2024-05-12T10:00:00.000Z', text: 'Cek angka dengan BPS' }]);
    expect(q.quotes.filter((x) => x.id !== direct[0].id)).toEqual(q0.quotes.filter((x) => x.id !== direct[0].id));
    expect(q0.quotes.find((x) => x.id === direct[0].id)!.status).toBe('suggested'); // pure: the input is untouched
  });

  it('setSpeaker picks an existing speaker by name or alias, or creates one', () => {
    const byAlias = setSpeaker(q0, direct[1].id, { name: 'Dadang' });
    expect(byAlias.speakers).toHaveLength(q0.speakers.length);
    expect(byAlias.quotes.find((x) => x.id === direct[1].id)!.speakerId).toBe(q0.speakers.find((s) => s.name === 'Dadang Somantri')!.id);
    const created = setSpeaker(q0, direct[1].id, { name: 'Iswar Aminuddin', role: 'Sekda Kota Semarang' });
    const s = created.speakers.find((x) => x.name === 'Iswar Aminuddin')!;
    expect(s.role).toBe('Sekda Kota Semarang');
    expect(created.quotes.find((x) => x.id === direct[1].id)).toMatchObject({ speakerId: s.id, status: 'confirmed' });
  });

  it('throws coded errors for unknown ids and bad input', () => {
    expect(() => setStatus(q0, 'nope', 'confirmed')).toThrowError(expect.objectContaining({ code: 'quotes.notFound' }));
    expect(() => setSpeaker(q0, direct[0].id, { speakerId: 's99' })).toThrowError(expect.objectContaining({ code: 'quotes.speakerNotFound' }));
    expect(() => addComment(q0, direct[0].id, '   ')).toThrowError(expect.objectContaining({ code: 'quotes.emptyComment' }));
    expect(() => setVerification(q0, direct[0].id, 'verified', 'x'.repeat(2001))).toThrowError(
      expect.objectContaining({ code: 'quotes.sourceNoteTooLong' }),
    );
  });

  it('quoteSheet lists quote (no trailing comma), speaker, role, cue, polarity, status, verification and source in reading order', () => {
    let q = setVerification(q0, direct[0].id, 'disputed', 'Narasumber membantah');
    q = setStatus(q, direct[1].id, 'rejected');
    const rows = quoteSheet(q);
    expect(rows.map((r) => r.quote)).toEqual(q.quotes.filter((x) => x.status !== 'rejected').map((x) => x.anchor.exact));
    expect(rows.find((r) => r.quote.startsWith('Harga cabai'))).toEqual({
      quote: 'Harga cabai sudah turun',
      cue: 'kata',
      polarity: 'asserts',
      speaker: 'Dadang Somantri',
      role: 'Kepala BPS Jawa Tengah',
      status: 'suggested',
      verification: 'disputed',
      source: 'Narasumber membantah',
    });
    expect(quoteSheet(q, { includeRejected: true })).toHaveLength(q.quotes.length);
  });
});

describe('mergeDetections', () => {
  it('keeps confirmed, rejected, verified, re-attributed and commented quotes when detection runs again', () => {
    const first = annotate(TEXT, 'id', 'art1');
    const [indirect, d1, d2] = first.quotes;
    let edited = setStatus(first, d1.id, 'rejected');
    edited = setVerification(edited, d2.id, 'verified', 'Video konferensi pers');
    edited = setSpeaker(edited, indirect.id, { name: 'Tim Redaksi' });
    edited = addComment(edited, d2.id, 'Sudah dicek');

    const newText = 'SEMARANG – ' + TEXT + '\n“Pasar tetap buka,” kata Hevearita.';
    const moved = { ...edited, quotes: reanchor(edited.quotes, TEXT, newText) };
    const merged = mergeDetections(moved, annotate(newText, 'id', 'art1'));

    const get = (id: string) => merged.quotes.find((q) => q.id === id)!;
    expect(get(d1.id).status).toBe('rejected');
    expect(get(d2.id)).toMatchObject({ verification: 'verified', sourceNote: 'Video konferensi pers' });
    expect(get(d2.id).comments.map((c) => c.text)).toEqual(['Sudah dicek']);
    expect(merged.speakers.find((s) => s.id === get(indirect.id).speakerId)!.name).toBe('Tim Redaksi');
    // The new quote arrives as a suggestion attributed to the existing speaker entry.
    const fresh = merged.quotes.find((q) => q.anchor.exact.startsWith('Pasar tetap buka'))!;
    expect(fresh.status).toBe('suggested');
    expect(merged.speakers.find((s) => s.id === fresh.speakerId)!.name).toBe('Hevearita Gunaryanti Rahayu');
    expect(merged.speakers.filter((s) => s.name === 'Hevearita Gunaryanti Rahayu')).toHaveLength(1);
    // Every anchor points at its text in the new version.
    for (const q of merged.quotes) expect(newText.slice(q.anchor.start, q.anchor.end)).toBe(q.anchor.exact);
  });

  it('drops untouched suggestions the detector no longer finds but never the editor’s own work', () => {
    const first = annotate(TEXT, 'id', 'art1');
    const keep = setStatus(first, first.quotes[1].id, 'confirmed');
    const merged = mergeDetections(keep, annotate('Tidak ada kutipan di sini.', 'id', 'art1'));
    expect(merged.quotes.map((q) => q.id)).toEqual([first.quotes[1].id]);
  });

  it('gives the same ids to the same quotes on a re-run', () => {
    const a = annotate(TEXT, 'id', 'art1');
    const merged = mergeDetections(a, annotate(TEXT, 'id', 'art1'));
    expect(merged.quotes.map((q) => q.id)).toEqual(a.quotes.map((q) => q.id));
    expect(merged).toEqual(a);
  });
});
