// Spellchecker per language: real dictionaries (id from resources, en/ko from npm), misspellings flagged,
// correct inflected forms accepted, suggestions, run-time words, errors.
import { describe, it, expect, beforeAll } from 'vitest';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createSpellchecker, getSpellchecker, type Spellchecker } from '../../../main/core/spell';
import { AppError } from '../../../main/core/errors';

let id: Spellchecker;
let en: Spellchecker;
let ko: Spellchecker;

beforeAll(async () => {
  [id, en, ko] = await Promise.all([getSpellchecker('id'), getSpellchecker('en'), getSpellchecker('ko')]);
});

describe('Indonesian', () => {
  it('flags misspellings and suggests the right word', () => {
    expect(id.check('pemerintahhan')).toBe(false);
    expect(id.suggest('pemerintahhan')).toContain('pemerintahan');
    expect(id.check('kebijkan')).toBe(false);
  });
  it('accepts affixed and clitic forms', () => {
    for (const w of ['pemerintahannya', 'pemerintahan', 'mengatakan', 'dikatakannya', 'kebijakannya', 'apakah', 'bukanlah', 'menyebutkan', 'perekonomian', 'kata-kata'])
      expect(id.check(w), w).toBe(true);
  });
  it('strips clitics the dictionary lacks (ujarnya, siapapun, kuambil)', () => {
    for (const w of ['ujarnya', 'siapapun', 'kuambil', 'ujarnyalah']) expect(id.check(w), w).toBe(true);
    expect(id.check('ujarrnya')).toBe(false);
  });
  it('accepts capitalised words at a sentence start', () => {
    expect(id.check('Presiden')).toBe(true);
  });
});

describe('English', () => {
  it('flags misspellings with suggestions', () => {
    expect(en.check('goverment')).toBe(false);
    expect(en.suggest('goverment')[0]).toBe('government');
  });
  it('accepts inflected forms, contractions, hyphenated compounds', () => {
    for (const w of ['reported', 'countries', "don't", 'president’s', 'state-owned', 'well-known']) expect(en.check(w), w).toBe(true);
  });
});

describe('Korean', () => {
  it('flags a misspelt eojeol and suggests the right one', () => {
    expect(ko.check('발표했따')).toBe(false);
    expect(ko.suggest('발표했따')).toContain('발표했다');
    expect(ko.check('대통녕은')).toBe(false);
  });
  it('accepts inflected eojeol', () => {
    for (const w of ['발표했다', '밝혔다', '대통령은', '정부가', '서울에서', '인도네시아의', '있습니다']) expect(ko.check(w), w).toBe(true);
  });
});

describe('run-time words', () => {
  it('add() makes a name correct, with clitics in Indonesian; remove() forgets it', async () => {
    const s = await createSpellchecker({ lang: 'id' });
    expect(s.check('Jokowi')).toBe(false);
    s.add('Jokowi');
    expect(s.check('Jokowi')).toBe(true);
    expect(s.check('Jokowinya')).toBe(true);
    s.remove('Jokowi');
    expect(s.check('Jokowi')).toBe(false);
  });
  it('remove() never deletes a word of the shipped dictionary', async () => {
    const s = await createSpellchecker({ lang: 'en' });
    s.add('government');
    s.remove('government');
    expect(s.check('government')).toBe(true);
  });
  it('Korean user words are accepted with particles', async () => {
    const s = await createSpellchecker({ lang: 'ko', news: false }); // 자카르타 is on the shipped newsroom list
    expect(s.check('자카르타에서')).toBe(false);
    s.add('자카르타');
    for (const w of ['자카르타', '자카르타에서', '자카르타는', '자카르타의']) expect(s.check(w), w).toBe(true);
    expect(s.check('자카르타뷁')).toBe(false);
  });
  it('getSpellchecker keeps one instance per language', async () => {
    expect(await getSpellchecker('en')).toBe(en);
  });
});

describe('errors', () => {
  it('rejects an unknown language with spell.unsupportedLang', async () => {
    await expect(createSpellchecker({ lang: 'fr' as never })).rejects.toMatchObject({ code: 'spell.unsupportedLang' });
  });
  it('reports missing dictionary files with spell.dictionaryMissing', async () => {
    const missing = join(tmpdir(), 'redaksi-no-such-dictionary');
    const err = await createSpellchecker({ lang: 'id', files: { aff: `${missing}.aff`, dic: `${missing}.dic` } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('spell.dictionaryMissing');
    expect((err as AppError).params.path).toContain('redaksi-no-such-dictionary');
  });
});
