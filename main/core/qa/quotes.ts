// Quote marks: are they balanced, and does a text hold any at all (id/en "…" “…”, ko “…” 「…」 『…』).
const PAIRS: [string, string][] = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['«', '»'],
];

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/**
 * True when some kind of double quote is left open or closed twice. Single quotes are not counted:
 * ’ is also the apostrophe (Korea’s, don’t).
 */
export function quotesUnbalanced(text: string): boolean {
  if (count(text, '"') % 2 === 1) return true;
  return PAIRS.some(([open, close]) => count(text, open) !== count(text, close));
}

/** Any quotation mark that can open or close a quote; ’ alone is an apostrophe, so it does not count. */
export function hasQuoteMarks(text: string): boolean {
  return /["“”„«»「」『』‘]/u.test(text);
}
