// Length figures the desk works with: words (id/en), characters with/without spaces and 원고지 pages (ko).
import type { Lang } from '../../../preload/contract/define';
import { countWords } from './text';

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

/**
 * Counts `text` (plain text, one block per line — see htmlToPlainText).
 *
 * 원고지 rule used here (the desk convention for news copy): pages = ceil(characters with spaces / 200).
 * We do not model the sheet square by square (paragraph indents, line-end spaces), because the desk quotes
 * lengths as "N매" from the with-spaces count; that figure is what editors compare against their budget.
 * The figures are computed for every language; the UI shows words for id/en and characters/pages for ko.
 */
export function countText(text: string, lang: Lang): TextCounts {
  void lang; // the rules do not differ by language today; the parameter keeps call sites explicit
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
