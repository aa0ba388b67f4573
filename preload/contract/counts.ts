// Length figures the desk works with, as one pure module (no imports): main counts stored articles with it
// (main/core/articles/counts.ts, search, CLI) and the renderer counts live while typing, so both always agree.
export interface TextCounts {
  /** Words: runs of letters/digits (inner - ' . , joined). For Korean this is the eojeol (어절) count. */
  words: number;
  /** Characters (Unicode code points after NFC) including spaces; line breaks are not characters. */
  characters: number;
  /** Characters excluding all white space. */
  charactersNoSpaces: number;
  /** 200-character manuscript sheets (원고지 매수): ceil(characters / 200). */
  manuscriptPages: number;
}

/** One 원고지 sheet holds 20 × 10 squares. */
export const MANUSCRIPT_PAGE_CHARS = 200;

/** Words for Latin-script copy: runs of letters/digits, with inner hyphens and apostrophes. */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/** Counts `text` (plain text, one block per line); see main/core/articles/counts.ts for the 원고지 rule. */
export function countText(text: string): TextCounts {
  const nfc = text.normalize('NFC');
  let characters = 0;
  let spaces = 0;
  for (const ch of nfc) {
    if (ch === '\n' || ch === '\r') continue;
    characters++;
    if (/\s/u.test(ch)) spaces++;
  }
  return {
    words: countWords(nfc),
    characters,
    charactersNoSpaces: characters - spaces,
    manuscriptPages: Math.ceil(characters / MANUSCRIPT_PAGE_CHARS),
  };
}
