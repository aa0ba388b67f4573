// Fuzzy match score, in percent, as translators read it: 100 − edit distance share − small penalties.
//
//   base    = 100 × (1 − levenshtein(a, b) / max(|a|, |b|)) over the normalised texts (normalize.ts), i.e. the
//             share of characters that need no edit, ignoring case, diacritics, punctuation and spacing.
//   numbers = −2 for every number found in one source but not the other (multiset difference, at most −10):
//             "Rp 5 miliar" vs "Rp 7 miliar" is one character apart but a different fact, so it must not
//             look like a 98 % match.
//   format  = −1 when the punctuation differs, −1 when case or diacritics differ. This is what makes two
//             sources that differ only in a comma 99 % rather than 100 %.
//   A source that is not identical (exactKey) never scores above 99; identical sources score 100, and 101
//   when the previous source segment is the same too (in-context match). The integer shown is floored.
import { exactKey, numbersIn, punctuationOf } from './normalize';

export const IN_CONTEXT = 101;
export const EXACT = 100;

/** The penalty part of the score for two raw sources (0 when they only differ in letters or digits). */
export function penalty(a: string, b: string): number {
  let p = 0;
  const na = numbersIn(a);
  const nb = numbersIn(b);
  if (na.length || nb.length) {
    const counts = new Map<string, number>();
    for (const n of na) counts.set(n, (counts.get(n) ?? 0) + 1);
    for (const n of nb) counts.set(n, (counts.get(n) ?? 0) - 1);
    let diff = 0;
    for (const c of counts.values()) diff += Math.abs(c);
    p += Math.min(10, 2 * diff);
  }
  if (punctuationOf(a) !== punctuationOf(b)) p += 1;
  const letters = (s: string) => s.replace(/[^\p{L}\p{M}\p{N}]/gu, '').normalize('NFC');
  const la = letters(a);
  const lb = letters(b);
  if (la !== lb && la.toLowerCase() === lb.toLowerCase()) p += 1;
  else if (la !== lb && stripMarks(la.toLowerCase()) === stripMarks(lb.toLowerCase())) p += 1;
  return p;
}

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** The base score: share of unedited characters between the normalised forms, in percent. */
export function baseScore(distance: number, normLenA: number, normLenB: number): number {
  const maxLen = Math.max(normLenA, normLenB);
  return maxLen === 0 ? 0 : 100 * (1 - distance / maxLen);
}

/** Final score (a float, for sorting) of two raw sources whose base score is `base`; never above `base`. */
export function finalScore(base: number, rawA: string, rawB: string): number {
  if (exactKey(rawA) === exactKey(rawB)) return EXACT;
  return Math.max(0, Math.min(99, base - penalty(rawA, rawB)));
}

/** Exact score in percent from the distance of the normalised forms and the raw texts. */
export function fuzzyScore(distance: number, normLenA: number, normLenB: number, rawA: string, rawB: string): number {
  return finalScore(baseScore(distance, normLenA, normLenB), rawA, rawB);
}

/** The integer shown to translators: floored, so 99.6 never reads as 100. */
export function displayScore(exact: number): number {
  return Math.floor(exact + 1e-9);
}
