// The editor's live counts (renderer, preload/contract/counts.ts) follow the same rules as main/core/articles/counts.ts.
import { describe, it, expect } from 'vitest';
import { countText as editorCount } from '../../../preload/contract/counts';
import { countText as coreCount } from '../../../main/core/articles/counts';

const samples: [string, 'id' | 'en' | 'ko'][] = [
  ['Gubernur Jawa Tengah memperkuat kerja-sama ekonomi kreatif, kata Ganjar.', 'id'],
  ["The minister's plan, worth 1,500.25 dollars, is ready.\nSecond line.", 'en'],
  ['정부는 오늘 새로운 정책을 발표했다.\n국회는 다음 주에 논의한다.', 'ko'],
  ['가'.repeat(199) + ' ', 'ko'],
  ['e\u0301te\u0301 — café', 'en'],
  ['', 'ko'],
];

describe('editor counts', () => {
  for (const [text, lang] of samples) {
    it(`match the core for ${JSON.stringify(text.slice(0, 20))}`, () => {
      expect(editorCount(text)).toEqual(coreCount(text, lang));
    });
  }
  it('count Korean characters with and without spaces and 200-character pages', () => {
    expect(editorCount('정부는 오늘 발표했다')).toEqual({ words: 3, characters: 11, charactersNoSpaces: 9, manuscriptPages: 1 });
    expect(editorCount('가'.repeat(199)).manuscriptPages).toBe(1);
    expect(editorCount('가'.repeat(200)).manuscriptPages).toBe(2);
  });
});
