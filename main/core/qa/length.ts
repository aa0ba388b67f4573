// Length-ratio outliers: target characters ÷ source characters against the usual ratio for the language pair.
import type { Lang } from '../../../preload/contract/define';

/**
 * Usual target/source length in characters (spaces included) for news copy. Indonesian runs ~12% longer
 * than English (affixes, "yang", "untuk"); Korean Hangul packs a syllable per character, so Korean runs
 * about half as long as English and under half as long as Indonesian.
 */
export const EXPECTED_RATIO: Record<`${Lang}>${Lang}`, number> = {
  'id>en': 0.88,
  'en>id': 1.13,
  'id>ko': 0.42,
  'ko>id': 2.4,
  'en>ko': 0.48,
  'ko>en': 2.1,
  'id>id': 1,
  'en>en': 1,
  'ko>ko': 1,
};
/** A target outside [expected × LOW, expected × HIGH] is an outlier: likely a dropped or doubled sentence. */
export const LOW = 0.5;
export const HIGH = 1.8;
/** Short segments (datelines, names) vary too much to judge. */
export const MIN_SOURCE_CHARS = 30;

export function lengthOutlier(
  source: string,
  target: string,
  sourceLang: Lang,
  targetLang: Lang,
): { ratio: number; expected: number; min: number; max: number } | null {
  const s = source.trim().length;
  const t = target.trim().length;
  if (s < MIN_SOURCE_CHARS || t === 0) return null;
  const expected = EXPECTED_RATIO[`${sourceLang}>${targetLang}`];
  const ratio = t / s;
  const round = (n: number) => Math.round(n * 100) / 100;
  const [min, max] = [expected * LOW, expected * HIGH];
  return ratio < min || ratio > max ? { ratio: round(ratio), expected: round(expected), min: round(min), max: round(max) } : null;
}
