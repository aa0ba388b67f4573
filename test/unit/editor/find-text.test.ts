// Find & replace matching: whole word never matches inside a word (Latin or Hangul), match case, regex.
import { describe, it, expect } from 'vitest';
import { compileFind, matchText, replacementFor, DEFAULT_FIND, type FindOptions } from '../../../renderer/src/features/editor/findText';

const find = (text: string, q: string, o: Partial<FindOptions> = {}) => {
  const re = compileFind(q, { ...DEFAULT_FIND, ...o });
  if (!re || re instanceof Error) throw new Error('no regex');
  return matchText(text, re).map((m) => text.slice(m.index, m.index + m.length));
};

describe('find text', () => {
  const text = 'Ketika Ika datang, petugas memastikan data Geofisika. Kata IKA: "Ika siap."';
  it('plain search ignores case and matches inside words (the old behaviour, still the default)', () => {
    expect(find(text, 'ika')).toHaveLength(6);
  });
  it('whole word matches only the name, never inside Ketika/memastikan/Geofisika', () => {
    expect(find(text, 'Ika', { wholeWord: true })).toEqual(['Ika', 'IKA', 'Ika']);
    expect(find(text, 'Ika', { wholeWord: true, matchCase: true })).toEqual(['Ika', 'Ika']);
  });
  it('whole word treats accented and Hangul letters as word letters, and lets a Korean particle follow', () => {
    expect(find('café cafés', 'café', { wholeWord: true })).toEqual(['café']);
    expect(find('청년층이었으며 청년 청년은 청년에서 청년들', '청년', { wholeWord: true })).toEqual(['청년', '청년', '청년']);
  });
  it('regex with groups, and a clear error for a bad one', () => {
    expect(find('Rp 5 juta, Rp 12 juta', 'Rp (\\d+)', { regex: true })).toEqual(['Rp 5', 'Rp 12']);
    expect(compileFind('(', { ...DEFAULT_FIND, regex: true })).toBeInstanceOf(Error);
    expect(compileFind('(', DEFAULT_FIND)).toBeInstanceOf(RegExp);
    expect(replacementFor('IDR $1 ($&) $$', 'Rp 5', ['5'], true)).toBe('IDR 5 (Rp 5) $');
    expect(replacementFor('IDR $1', 'Rp 5', ['5'], false)).toBe('IDR $1');
  });
});
