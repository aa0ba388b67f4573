// Small text helpers shared by the quote detector: ranges, paragraphs, character classes, word counts.

export interface Range {
  start: number;
  end: number;
}

export const isSpace = (c: string | undefined): boolean => c === undefined || c === '' || /\s/.test(c);
/** The character codes JavaScript's \s matches: for scans by charCodeAt, which make no one-letter string per character. */
export function isWhiteCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
export const isHangul = (c: string | undefined): boolean => !!c && /[\uac00-\ud7a3]/.test(c);
export const isLatinLetter = (c: string | undefined): boolean => !!c && /[A-Za-z\u00c0-\u024f]/.test(c);
export const isUpperStart = (s: string): boolean => /^[A-Z\u00c0-\u00de]/.test(s);

/** Non-empty lines of the text as ranges (trimmed), so paragraph offsets stay offsets into the raw text. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const r = trimRange(text, pos, nl);
    if (r.end > r.start) out.push(r);
    pos = nl + 1;
  }
  return out;
}

export function trimRange(text: string, start: number, end: number): Range {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

/** Index of the first item whose key is >= x in an array sorted by key. */
export function lowerBound<T>(arr: T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(arr[mid]) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The range containing pos, in ranges sorted by start (or a point range when none does). */
export function rangeAt(ranges: Range[], pos: number): Range {
  const i = lowerBound(ranges, pos + 1, (r) => r.start) - 1;
  const r = ranges[i];
  return r && pos >= r.start && pos < r.end ? r : { start: pos, end: pos };
}

export function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Collapse whitespace, for comparing text that may be wrapped differently. */
export function squashSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation that tries longer words first (so "menambahkan" wins over "menambah"). */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
}
