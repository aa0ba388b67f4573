// Length figures the desk works with, as one pure module (no imports): main counts stored articles with it
// (main/core/articles/counts.ts, search, CLI) and the renderer counts live while typing, so both always agree.
export interface TextCounts {
  /** Words: runs of letters/digits (inner - ' . , joined). For Korean this is the eojeol (어절) count. */
  words: number;
  /** Characters (Unicode code points after NFC) including spaces; line breaks are not characters. */
  characters: number;
  /** Characters excluding all white space. */
  charactersNoSpaces: number;
  /** 200-square manuscript sheets (원고지 매수) by the sheet rules: see manuscriptPages(). */
  manuscriptPages: number;
}

/** One 원고지 sheet holds 20 × 10 squares. */
export const MANUSCRIPT_PAGE_CHARS = 200;

/** Words for Latin-script copy: runs of letters/digits, with inner hyphens and apostrophes. */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

const SHEET_COLS = 20;
const SHEET_ROWS = 10;

/**
 * 원고지 sheets by the manuscript rules: 20 squares a line, 10 lines a sheet; every paragraph starts on a new
 * line with one indent square; each character takes a square, except that two half-width Latin letters or
 * digits share one; a space that would open a line is not written (it falls at the line end).
 */
export function manuscriptPages(text: string): number {
  let lines = 0;
  for (const para of text.normalize('NFC').split('\n')) {
    const p = para.trim();
    if (!p) continue;
    let col = 1; // the indent square
    let line = 1;
    let halfPending = false;
    for (const ch of p) {
      const half = /[A-Za-z0-9]/.test(ch);
      if (half && halfPending) {
        halfPending = false;
        continue; // shares the square of the previous half-width character
      }
      halfPending = half;
      if (/\s/u.test(ch) && col === SHEET_COLS) continue; // no space at the start of the next line
      if (col === SHEET_COLS) {
        line++;
        col = 0;
      }
      col++;
    }
    lines += line;
  }
  return Math.ceil(lines / SHEET_ROWS);
}

/** Minutes to read aloud-free: 230 words a minute for id/en, 500 characters a minute for Korean. */
export function readingMinutes(c: TextCounts, lang: string): number {
  const min = lang === 'ko' ? c.charactersNoSpaces / 500 : c.words / 230;
  return c.characters ? Math.max(1, Math.round(min)) : 0;
}

/** Counts `text` (plain text, one block per line). */
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
    manuscriptPages: manuscriptPages(nfc),
  };
}
