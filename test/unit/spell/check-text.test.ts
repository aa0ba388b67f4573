// checkText: offsets, skipped tokens (URLs, numbers, acronyms), per-language tokenisation, suggestions.
import { describe, it, expect } from 'vitest';
import { checkText, tokenize } from '../../../main/core/spell';

describe('checkText', () => {
  it('Indonesian: flags the misspelt word with its offsets and suggestions, not the inflected ones', async () => {
    const text = 'Menurutnya, pemerintahhan akan memperbaiki kebijakan pemerintahannya tahun ini.';
    const found = await checkText(text, 'id');
    expect(found.map((m) => m.word)).toEqual(['pemerintahhan']);
    const [m] = found;
    expect(text.slice(m.start, m.end)).toBe('pemerintahhan');
    expect(m.suggestions).toContain('pemerintahan');
  });

  it('English: flags goverment, not reported or countries', async () => {
    const found = await checkText('The goverment reported that both countries agreed.', 'en');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ word: 'goverment', start: 4, end: 13 });
    expect(found[0].suggestions?.[0]).toBe('government');
  });

  it('Korean: checks eojeol, flags 발표했따, accepts 발표했다 and particles after numbers or Latin', async () => {
    const text = '정부는 2024년 3일 새 정책을 발표했다. LG전자는 "좋다"고 말했고, 장관은 발표했따.';
    const found = await checkText(text, 'ko');
    expect(found.map((m) => m.word)).toEqual(['발표했따']);
    expect(text.slice(found[0].start, found[0].end)).toBe('발표했따');
    expect(found[0].suggestions).toContain('발표했다');
  });

  it('skips URLs, e-mail, words with digits and ALL-CAPS acronyms', async () => {
    const text = 'Lihat https://contoh.go.id/beritaa atau tulis ke redaksi@contohh.id, kata KPKK soal COVID19 dan xyzq.';
    const found = await checkText(text, 'id');
    expect(found.map((m) => m.word)).toEqual(['xyzq']);
  });

  it('accepts a quote speaker with a role or a full name at a sentence start, never a bare subject', async () => {
    const text = 'Rahmawati, a local official, said the programme depended on funding. Gidion Arif told reporters the goverment had acted.';
    expect((await checkText(text, 'en', { suggest: false })).map((m) => m.word)).toEqual(['goverment']);
    // The subject of a reporting verb is no proof of a name: misspelt, it is still flagged (see the test above).
    expect((await checkText('Goverment officials said the wall would hold.', 'en', { suggest: false })).map((m) => m.word)).toEqual(['Goverment']);
    // Without reading the context (the "before" figure of the bench) the name is flagged.
    expect((await checkText(text, 'en', { suggest: false, context: false })).map((m) => m.word)).toContain('Rahmawati');
  });

  it('suggest: false leaves suggestions out', async () => {
    const found = await checkText('goverment', 'en', { suggest: false });
    expect(found).toEqual([{ start: 0, end: 9, word: 'goverment' }]);
  });

  it('handles empty text and text without words', async () => {
    expect(await checkText('', 'en')).toEqual([]);
    expect(await checkText('123 — 4,5 %', 'id')).toEqual([]);
  });
});

describe('tokenize', () => {
  it('keeps inner apostrophes and hyphens in Latin words and uses UTF-16 offsets', () => {
    const text = '“Kata-kata” don’t 😀 Jakarta';
    const words = tokenize(text, 'en');
    expect(words.map((w) => w.word)).toEqual(['Kata-kata', 'don’t', 'Jakarta']);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.word);
  });
  it('splits Korean eojeol from punctuation, Latin and numbers', () => {
    const words = tokenize('(서울=연합뉴스) AI가 10명을 "뽑았다".', 'ko');
    expect(words.map((w) => w.word)).toEqual(['서울', '연합뉴스', '가', '뽑았다']);
    expect(words.find((w) => w.word === '가')?.attached).toBe(true);
  });
});
