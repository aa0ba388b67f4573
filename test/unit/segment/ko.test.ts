// Korean segmentation: quotative particles, quotes spanning sentences, dates, numbers, paragraphs.
import { describe, expect, it } from 'vitest';
import { sentences } from './helpers';

describe('segmentText ko', () => {
  it('keeps a quote and its quotative particle together (“…”라고 말했다)', () => {
    expect(sentences('그는 “좋다.”라고 말했다. 회의는 끝났다.', 'ko')).toEqual(['그는 “좋다.”라고 말했다.', '회의는 끝났다.']);
  });

  it('keeps a two-sentence quote with the quotative that follows it', () => {
    expect(sentences('“오늘은 좋다. 내일도 좋다.”라고 부디는 말했다. 그는 떠났다.', 'ko')).toEqual([
      '“오늘은 좋다. 내일도 좋다.”라고 부디는 말했다.',
      '그는 떠났다.',
    ]);
  });

  it('accepts the other quotative forms and a space before 라고', () => {
    expect(sentences('“준비됐다.”며 웃었다. “이긴다.” 라고 했다. 끝났다.', 'ko')).toEqual([
      '“준비됐다.”며 웃었다.',
      '“이긴다.” 라고 했다.',
      '끝났다.',
    ]);
  });

  it('breaks after a closing quote followed by a new sentence', () => {
    expect(sentences('그는 말했다.“좋다.” 회의는 끝났다.', 'ko')).toEqual(['그는 말했다.', '“좋다.”', '회의는 끝났다.']);
  });

  it('keeps Korean numeric dates (2026.11.28. and 2026. 11. 28.)', () => {
    expect(sentences('2026.11.28. 회의가 열렸다. 2026. 11. 28. 발표가 있었다. 끝났다.', 'ko')).toEqual([
      '2026.11.28. 회의가 열렸다.',
      '2026. 11. 28. 발표가 있었다.',
      '끝났다.',
    ]);
  });

  it('keeps an abbreviated month date (28 Nov. 2026) and decimals (1,234.5)', () => {
    expect(sentences('회의는 28 Nov. 2026에 열렸다. 가격은 1,234.5원이다. 끝.', 'ko')).toEqual([
      '회의는 28 Nov. 2026에 열렸다.',
      '가격은 1,234.5원이다.',
      '끝.',
    ]);
  });

  it('keeps initials and titles in romanised names', () => {
    expect(sentences('B. J. 하비비 전 대통령과 Dr. 김이 만났다. 끝났다.', 'ko')).toEqual([
      'B. J. 하비비 전 대통령과 Dr. 김이 만났다.',
      '끝났다.',
    ]);
  });

  it('ends a segment at every paragraph break, offsets counted in UTF-16 units', () => {
    const input = '첫 문단이다. 🙂 둘째 문장이다.\n둘째 문단이다';
    const out = sentences(input, 'ko');
    expect(out).toEqual(['첫 문단이다.', '🙂 둘째 문장이다.', '둘째 문단이다']);
  });
});
