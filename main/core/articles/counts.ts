// Length figures the desk works with: words (id/en), characters with/without spaces and 원고지 pages (ko).
// The counting itself lives in preload/contract/counts.ts, shared with the renderer's live counts.
import type { Lang } from '../../../preload/contract/define';
import { countText as countPlain, type TextCounts } from '../../../preload/contract/counts';

export { MANUSCRIPT_PAGE_CHARS, type TextCounts } from '../../../preload/contract/counts';

/**
 * Counts `text` (plain text, one block per line — see htmlToPlainText).
 *
 * 원고지 pages follow the sheet rules (20 × 10 squares, paragraph indent, two half-width characters a
 * square, no space opening a line): see manuscriptPages in preload/contract/counts.ts. The figures are computed for every language; the UI shows words for id/en and characters/pages for ko.
 */
export function countText(text: string, lang: Lang): TextCounts {
  void lang; // the rules do not differ by language today; the parameter keeps call sites explicit
  return countPlain(text);
}
