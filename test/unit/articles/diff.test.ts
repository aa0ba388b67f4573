// Word-level diff with Hangul-aware tokens (particles split from stems).
import { describe, it, expect } from 'vitest';
import { diffArticles, diffText, tokenize } from '../../../main/core/articles/diff';

describe('tokenize', () => {
  it('keeps Latin words whole, spaces and punctuation separate, and splits Korean particles', () => {
    expect(tokenize("Ganjar's kerja-sama, 1.000")).toEqual(["Ganjar's", ' ', 'kerja', '-', 'sama', ',', ' ', '1', '.', '000']);
    expect(tokenize('정부는 정책을 발표했다.')).toEqual(['정부', '는', ' ', '정책', '을', ' ', '발표했다', '.']);
  });
});

describe('diffText', () => {
  it('reports changed words, not characters', () => {
    expect(diffText('The quick brown fox', 'The slow brown fox jumps')).toEqual([
      { op: 'equal', text: 'The ' },
      { op: 'delete', text: 'quick' },
      { op: 'insert', text: 'slow' },
      { op: 'equal', text: ' brown fox' },
      { op: 'insert', text: ' jumps' },
    ]);
  });

  it('shows a changed Korean particle as just the particle', () => {
    expect(diffText('정부는 오늘 발표했다.', '정부가 어제 발표했다.')).toEqual([
      { op: 'equal', text: '정부' },
      { op: 'delete', text: '는' },
      { op: 'insert', text: '가' },
      { op: 'equal', text: ' ' },
      { op: 'delete', text: '오늘' },
      { op: 'insert', text: '어제' },
      { op: 'equal', text: ' 발표했다.' },
    ]);
  });

  it('reassembles both texts exactly', () => {
    const a = 'Gubernur Jawa Tengah bertemu Duta Besar.\n정부는 발표했다.';
    const b = 'Gubernur Jateng bertemu Dubes Korea.\n정부가 오늘 발표했다!';
    const parts = diffText(a, b);
    expect(parts.filter((p) => p.op !== 'insert').map((p) => p.text).join('')).toBe(a);
    expect(parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe(b);
  });

  it('diffs article bodies through their plain text', () => {
    expect(diffArticles({ title: 'A', body: '<p>satu</p>' }, { title: 'A', body: '<p>satu</p><p>dua</p>' })).toEqual([
      { op: 'equal', text: 'A\nsatu' },
      { op: 'insert', text: '\ndua' },
    ]);
    expect(diffText('', '')).toEqual([]);
  });
});
