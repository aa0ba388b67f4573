// An article body's plain text (NFC) and word count, computed once per body: saving a big body needs them three
// times (library summary, search index, revision summary), and each pass over 4.75 MB costs 100–300 ms.
import { countWords } from '../../../preload/contract/counts';
import { htmlToPlainText } from './text';

interface Stats {
  plain: string;
  words: number;
}

/** Bodies shorter than this are counted directly (a few ms); a handful of big ones are remembered. */
const MEMO_MIN = 32 * 1024;
const MEMO_SIZE = 4;
const memo = new Map<string, Stats>();

/** Pure: what bodyStats remembers (the import pool computes it for big bodies, see primeBodyStats). */
export function computeBodyStats(html: string): Stats {
  const plain = htmlToPlainText(html).normalize('NFC');
  return { plain, words: countWords(plain) };
}

/** Remember stats computed elsewhere (in a worker) for this exact body. */
export function rememberBodyStats(html: string, stats: Stats): void {
  if (html.length < MEMO_MIN || memo.has(html)) return;
  memo.set(html, stats);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
}

export function bodyStats(html: string): Stats {
  const hit = memo.get(html);
  if (hit) return hit;
  const stats = computeBodyStats(html);
  rememberBodyStats(html, stats);
  return stats;
}
