// Word counts (id/en) and Korean character / 원고지 (200-character sheet) counts, with exact figures.
import { describe, it, expect } from 'vitest';
import { countText, MANUSCRIPT_PAGE_CHARS } from '../../../main/core/articles/counts';

describe('countText: words', () => {
  it('counts English words', () => {
    expect(countText('The quick brown fox jumps over the lazy dog.', 'en')).toEqual({
      words: 9,
      characters: 44,
      charactersNoSpaces: 36,
      manuscriptPages: 1,
    });
  });

  it('counts Indonesian words: hyphenated reduplication, numbers with separators and acronyms are one word', () => {
    const t = 'Gubernur Jawa Tengah (Jateng) Ganjar Pranowo memperkuat kerja-sama, 1.000 UMKM.';
    expect(countText(t, 'id').words).toBe(10);
    expect(countText('design-design kreatif — kata “Ganjar”', 'id').words).toBe(4);
    expect(countText("the minister's plan", 'en').words).toBe(3);
  });

  it('counts across lines (one block per line) and ignores punctuation-only tokens', () => {
    expect(countText('Satu dua.\nTiga - empat!\n…', 'id').words).toBe(4);
    expect(countText('', 'en')).toEqual({ words: 0, characters: 0, charactersNoSpaces: 0, manuscriptPages: 0 });
  });
});

describe('countText: Korean characters and 원고지 pages', () => {
  it('counts characters with and without spaces', () => {
    expect(countText('정부는 오늘 새로운 정책을 발표했다.', 'ko')).toEqual({
      words: 5,
      characters: 20,
      charactersNoSpaces: 16,
      manuscriptPages: 1,
    });
  });

  it('does not count line breaks as characters', () => {
    expect(countText('가나\n다라', 'ko')).toMatchObject({ characters: 4, charactersNoSpaces: 4 });
  });

  it('counts decomposed (NFD) Hangul as syllables', () => {
    const nfd = '한국어'.normalize('NFD');
    expect(nfd.length).toBe(8);
    expect(countText(nfd, 'ko')).toMatchObject({ characters: 3, charactersNoSpaces: 3 });
  });

  it('counts manuscript pages by the sheet rules (20 × 10 squares, paragraph indent, half-width pairs)', () => {
    expect(MANUSCRIPT_PAGE_CHARS).toBe(200);
    expect(countText('가'.repeat(199), 'ko').manuscriptPages).toBe(1); // indent + 199 = 200 squares
    expect(countText('가'.repeat(200), 'ko').manuscriptPages).toBe(2);
    // Ten one-line paragraphs fill a sheet; the eleventh starts the next one.
    expect(countText(Array(10).fill('짧은 문단').join('\n'), 'ko').manuscriptPages).toBe(1);
    expect(countText(Array(11).fill('짧은 문단').join('\n'), 'ko').manuscriptPages).toBe(2);
    // Two half-width letters or digits share a square: 380 Latin letters fit in one sheet with the indent.
    expect(countText('a'.repeat(380), 'en').manuscriptPages).toBe(1);
    // 150 syllables + 149 spaces = 299 characters → 2 pages; without spaces 150.
    const spaced = Array(150).fill('나').join(' ');
    expect(countText(spaced, 'ko')).toEqual({ words: 150, characters: 299, charactersNoSpaces: 150, manuscriptPages: 2 });
    expect(countText('가'.repeat(1000), 'ko').manuscriptPages).toBe(6); // 1,001 squares = 51 lines
  });

  it('counts astral characters once', () => {
    expect(countText('😀 가', 'ko')).toMatchObject({ characters: 3, charactersNoSpaces: 2 });
  });
});
