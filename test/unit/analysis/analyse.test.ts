// Match-band analysis: bands, repetitions, in-context priority, Korean eojeol counting, lookup context.
import { describe, expect, it } from 'vitest';
import { analyse, bandOf, countWords, BANDS, type LookupContext } from '../../../main/core/analysis';
import { AppError } from '../../../main/core/errors';

const article = [
  { id: 's1', source: 'SEMARANG - Banjir melanda Kota Semarang, Jawa Tengah, Senin (12/2).' }, // 10 words: 12/2 counts as two
  { id: 's2', source: 'Sebanyak 1.234 warga mengungsi ke tempat yang lebih aman.' }, // 9
  { id: 's3', source: '"Kami siap membantu," kata Gubernur Jateng.' }, // 6
  { id: 's4', source: 'Sebanyak 1.234 warga mengungsi ke tempat yang lebih aman.' }, // repetition, 9
  { id: 's5', source: 'Hujan deras diperkirakan turun hingga akhir pekan.' }, // 7
  { id: 's6', source: '   ' },
  { id: 's7', source: 'Pemprov Jateng menyiapkan dapur umum.' }, // 5
];
const scores: Record<string, number> = { s1: 101, s2: 86, s3: 100, s4: 86, s5: 72, s7: 40 };

describe('analyse', () => {
  it('counts words and segments per band, with repetitions', async () => {
    const a = await analyse(article, (_src, ctx) => scores[ctx.segmentId], { sourceLang: 'id' });
    expect(a.bands['101']).toMatchObject({ segments: 1, words: 10 });
    expect(a.bands['85-94']).toMatchObject({ segments: 1, words: 9 });
    expect(a.bands.repetitions).toMatchObject({ segments: 1, words: 9 });
    expect(a.bands['100']).toMatchObject({ segments: 1, words: 6 });
    expect(a.bands['70-84']).toMatchObject({ segments: 1, words: 7 });
    expect(a.bands.new).toMatchObject({ segments: 1, words: 5 });
    expect(a.bands['95-99']).toEqual({ segments: 0, words: 0, characters: 0 });
    expect(a.total).toMatchObject({ segments: 6, words: 46 });
    expect(a.segments.map((s) => s.band)).toEqual(['101', '85-94', '100', 'repetitions', '70-84', 'new']);
    // '100'/'101' are integer-like keys, which JS objects list first: BANDS carries the display order.
    expect(Object.keys(a.bands).sort()).toEqual([...BANDS].sort());
  });

  it('gives a 101 % match priority over a repetition, as memoQ and Trados do', async () => {
    const segs = [
      { id: 'a', source: 'Presiden tiba di Seoul.' },
      { id: 'b', source: 'Presiden tiba di Seoul.' },
      { id: 'c', source: 'Presiden  tiba di Seoul. ' },
    ];
    const a = await analyse(segs, (_s, ctx) => (ctx.segmentId === 'b' ? 101 : 0), { sourceLang: 'id' });
    expect(a.segments.map((s) => s.band)).toEqual(['new', '101', 'repetitions']);
  });

  it('passes neighbours to the lookup and accepts an async lookup', async () => {
    const seen: LookupContext[] = [];
    await analyse(article.slice(0, 3), async (_s, ctx) => (seen.push(ctx), 0));
    expect(seen[1]).toEqual({ segmentId: 's2', index: 1, prev: article[0].source, next: article[2].source });
    expect(seen[0].prev).toBeNull();
  });

  it('counts Korean words as eojeol and guesses Korean from the text', async () => {
    const ko = [{ id: 'k1', source: '중부 자바 주정부는 1,234명의 이재민을 위해 긴급 지원에 나섰다.' }];
    const a = await analyse(ko, () => 96);
    expect(a.sourceLang).toBe('ko');
    expect(a.bands['95-99']).toMatchObject({ segments: 1, words: 9 });
    expect(a.bands['95-99'].characters).toBe(ko[0].source.replace(/\s/g, '').length);
  });

  it('clamps nonsense scores and reports a failing lookup as an AppError', async () => {
    const a = await analyse([{ id: 'x', source: 'Satu dua tiga.' }], () => Number.NaN, { sourceLang: 'id' });
    expect(a.segments[0]).toMatchObject({ band: 'new', score: 0 });
    await expect(analyse([{ id: 'x', source: 'Satu.' }], () => { throw new Error('TM closed'); })).rejects.toMatchObject({
      code: 'analysis.lookupFailed',
      params: { segmentId: 'x', message: 'TM closed' },
    });
    await expect(analyse([{ id: 'x', source: 'Satu.' }], async () => { throw new Error('x'); })).rejects.toBeInstanceOf(AppError);
  });
});

describe('bandOf and countWords', () => {
  it('puts band edges where CAT tools do', () => {
    expect([0, 69, 70, 84, 85, 94, 95, 99, 100, 101].map(bandOf)).toEqual(['new', 'new', '70-84', '70-84', '85-94', '85-94', '95-99', '95-99', '100', '101']);
  });

  it('counts id/en words as letter-digit runs and ko words as eojeol', () => {
    expect(countWords('K-Wave melanda Jakarta — 1.234,5 orang; don\'t!', 'id')).toBe(6);
    expect(countWords('The Korean Wave (Hallyu) hit Jakarta.', 'en')).toBe(6);
    expect(countWords('한국은 “한류”를 — 수출했다.', 'ko')).toBe(3);
  });
});
