// English segmentation: titles, abbreviations, initials, numbers, dates, quotes, paragraphs.
import { describe, expect, it } from 'vitest';
import { sentences } from './helpers';

describe('segmentText en', () => {
  it.each([
    ['Dr.', 'Dr. Smith arrived late. He left.', 'Dr. Smith arrived late.'],
    ['Prof.', 'Prof. Jones spoke first. He left.', 'Prof. Jones spoke first.'],
    ['Mr.', 'Mr. Brown won the seat. He left.', 'Mr. Brown won the seat.'],
    ['Mrs.', 'Mrs. Brown won the seat. He left.', 'Mrs. Brown won the seat.'],
    ['vs.', 'It was Brown vs. The City in court. He left.', 'It was Brown vs. The City in court.'],
    ['U.S.', 'U.S. President Biden spoke. He left.', 'U.S. President Biden spoke.'],
    ['p.m.', 'The vote starts at 3 p.m. Tuesday in Jakarta. He left.', 'The vote starts at 3 p.m. Tuesday in Jakarta.'],
    ['No.', 'He lives at No. 10 Downing Street. He left.', 'He lives at No. 10 Downing Street.'],
    ['Dr. (id title in en copy: Jl.)', 'The office on Jl. Sudirman closed. He left.', 'The office on Jl. Sudirman closed.'],
  ])('keeps %s inside its sentence', (_abbr, input, first) => {
    const out = sentences(input, 'en');
    expect(out[0]).toBe(first);
    expect(out.at(-1)).toBe('He left.');
  });

  it('still ends a sentence after p.m. when a new sentence starts', () => {
    expect(sentences('The vote closed at 3 p.m. Counting began at once.', 'en')).toEqual([
      'The vote closed at 3 p.m.',
      'Counting began at once.',
    ]);
  });

  it('keeps U.S. before a lower-case word and in the middle of a sentence', () => {
    expect(sentences('Stocks in the U.S. fell sharply. Bonds rose.', 'en')).toEqual(['Stocks in the U.S. fell sharply.', 'Bonds rose.']);
  });

  it('keeps initials with the name (B. J. Habibie, George W. Bush)', () => {
    expect(sentences('B. J. Habibie met George W. Bush in 1999. Talks failed.', 'en')).toEqual([
      'B. J. Habibie met George W. Bush in 1999.',
      'Talks failed.',
    ]);
  });

  it('keeps decimals and thousands in both styles', () => {
    expect(sentences('Exports were 1,234.5 tonnes. Some wrote 1.234,5 instead. Done.', 'en')).toEqual([
      'Exports were 1,234.5 tonnes.',
      'Some wrote 1.234,5 instead.',
      'Done.',
    ]);
  });

  it('keeps both date styles', () => {
    expect(sentences('It happened on 28 Nov. 2026 in Bali. The 2026.11.28. filing was late. Done.', 'en')).toEqual([
      'It happened on 28 Nov. 2026 in Bali.',
      'The 2026.11.28. filing was late.',
      'Done.',
    ]);
  });

  it('keeps a quote of two sentences with an attribution after the closing mark', () => {
    expect(sentences('“We will win. We are ready,” said Budi. Then he left.', 'en')).toEqual([
      '“We will win. We are ready,” said Budi.',
      'Then he left.',
    ]);
    expect(sentences('"We will win. We are ready," Budi said. Then he left.', 'en')).toEqual([
      '"We will win. We are ready," Budi said.',
      'Then he left.',
    ]);
    expect(sentences('“Why? Who knows?” asked Budi. Then he left.', 'en')).toEqual(['“Why? Who knows?” asked Budi.', 'Then he left.']);
  });

  it('breaks a quote without attribution like plain text', () => {
    expect(sentences('He said: “We will win. We are ready.” Then he left.', 'en')).toEqual([
      'He said: “We will win.',
      'We are ready.”',
      'Then he left.',
    ]);
  });

  it('ends a segment at every paragraph break', () => {
    expect(sentences('Headline without a period\nFirst. Second.\n\nThird', 'en')).toEqual([
      'Headline without a period',
      'First.',
      'Second.',
      'Third',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(sentences('', 'en')).toEqual([]);
    expect(sentences('  \n\n \t', 'en')).toEqual([]);
  });
});
