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
  for (const para of text.normalize('NFC').split('\n')) lines += sheetLines(para);
  return Math.ceil(lines / SHEET_ROWS);
}

/** Manuscript lines one paragraph (NFC, no line break) fills; 0 for a blank one. */
function sheetLines(para: string): number {
  const p = para.trim();
  if (!p) return 0;
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
  return line;
}

/** Minutes to read aloud-free: 230 words a minute for id/en, 500 characters a minute for Korean. */
export function readingMinutes(c: TextCounts, lang: string): number {
  const min = lang === 'ko' ? c.charactersNoSpaces / 500 : c.words / 230;
  return c.characters ? Math.max(1, Math.round(min)) : 0;
}

/** The figures of one line of plain text. They add up over lines (addCounts), so an editor recounts only the lines that changed. */
export interface LineCounts {
  words: number;
  characters: number;
  spaces: number;
  sheetLines: number;
}

/** Counts one line (no line break in it). */
export function countLine(line: string): LineCounts {
  const nfc = line.normalize('NFC');
  let characters = 0;
  let spaces = 0;
  for (const ch of nfc) {
    if (ch === '\r') continue;
    characters++;
    if (/\s/u.test(ch)) spaces++;
  }
  return { words: countWords(nfc), characters, spaces, sheetLines: sheetLines(nfc) };
}

/** The counts of a text from those of its lines. */
export function addCounts(lines: Iterable<LineCounts>): TextCounts {
  let words = 0;
  let characters = 0;
  let spaces = 0;
  let sheet = 0;
  for (const l of lines) {
    words += l.words;
    characters += l.characters;
    spaces += l.spaces;
    sheet += l.sheetLines;
  }
  return { words, characters, charactersNoSpaces: characters - spaces, manuscriptPages: Math.ceil(sheet / SHEET_ROWS) };
}

/** Counts `text` (plain text, one block per line). */
export function countText(text: string): TextCounts {
  // Line breaks are not characters and no word or 원고지 line runs across one: the figures add up per line.
  return addCounts(text.normalize('NFC').split('\n').map(countLine));
}
