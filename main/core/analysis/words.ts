// Word and character counts for analysis, the way CAT tools count them per language.
import type { Lang } from '../../../preload/contract/define';

/**
 * id/en: a word is a run of letters/digits, joined across ' ’ - . , inside it, so "don't", "K-Wave",
 * "1.234,5" and "Rp1,5" each count once and punctuation alone never counts.
 * ko: a word is an eojeol, a whitespace-separated chunk holding a letter or digit ("한국은", "1,234명이"),
 * since particles are written onto the noun; this is how Korean word counts are quoted in the trade.
 */
export function countWords(text: string, lang: Lang): number {
  if (lang === 'ko') return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return text.match(/[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Characters without whitespace: the unit Korean (and CJK) rates are often quoted in. */
export function countChars(text: string): number {
  return text.replace(/\s+/g, '').length;
}
