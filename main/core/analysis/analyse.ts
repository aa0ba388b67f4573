// Match-band analysis: how much of a document the translation memory already covers, by band, as CAT tools report.
import type { Lang } from '../../../preload/contract/define';
import type { AnalysisOut } from '../../../preload/contract/translate';
import { BANDS_OUT } from '../../../preload/contract/values';
import { AppError } from '../errors';
import { countChars, countWords } from './words';

/** Display order, best first. Iterate this, not Object.keys(bands): JS lists the integer-like keys '100'/'101' first. */
export const BANDS = BANDS_OUT;
export type Band = (typeof BANDS)[number];

export interface LookupContext {
  segmentId: string;
  index: number;
  /** Neighbouring sources: what a 101 % (in-context) match is judged on. */
  prev: string | null;
  next: string | null;
}

/** Best TM score for a source (0–101, 101 = exact match in the same context). May be async. */
export type Lookup = (sourceText: string, context: LookupContext) => number | Promise<number>;

export type BandCount = AnalysisOut['total'];

export interface SegmentBand {
  segmentId: string;
  band: Band;
  score: number;
  words: number;
}

/** The contract's analysis plus each segment's band (the handler sends only the totals). */
export type Analysis = AnalysisOut & { segments: SegmentBand[] };

export interface AnalyseOptions {
  /** Decides how words are counted (ko: eojeol). Default: ko when the text is mostly Hangul, else id. */
  sourceLang?: Lang;
}

export function bandOf(score: number): Exclude<Band, 'repetitions'> {
  if (score >= 101) return '101';
  if (score >= 100) return '100';
  if (score >= 95) return '95-99';
  if (score >= 85) return '85-94';
  if (score >= 70) return '70-84';
  return 'new';
}

/** Repetitions are found on the source as the translator sees it: same text, whitespace aside, case kept. */
const repetitionKey = (s: string) => s.trim().replace(/\s+/g, ' ');

function guessLang(texts: string[]): Lang {
  const sample = texts.join(' ').slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const hangul = sample.match(/[\uac00-\ud7a3]/g)?.length ?? 0;
  return letters && hangul / letters > 0.3 ? 'ko' : 'id';
}

const empty = (): BandCount => ({ segments: 0, words: 0, characters: 0 });

/**
 * Bands per segment, in the priority memoQ and Trados use: a 101 % match wins; otherwise a source already
 * seen earlier in the document is a repetition (it will be translated once); otherwise the TM score band.
 * Segments with an empty source are skipped.
 */
export async function analyse(
  segments: readonly { id: string; source: string }[],
  lookup: Lookup,
  options: AnalyseOptions = {},
): Promise<Analysis> {
  const sourceLang = options.sourceLang ?? guessLang(segments.map((s) => s.source));
  const bands = Object.fromEntries(BANDS.map((b) => [b, empty()])) as Record<Band, BandCount>;
  const total = empty();
  const seen = new Set<string>();
  const out: SegmentBand[] = [];
  for (let index = 0; index < segments.length; index++) {
    const seg = segments[index];
    if (!seg.source.trim()) continue;
    let raw: number;
    try {
      raw = await lookup(seg.source, {
        segmentId: seg.id,
        index,
        prev: segments[index - 1]?.source ?? null,
        next: segments[index + 1]?.source ?? null,
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      throw new AppError('analysis.lookupFailed', `TM lookup failed at segment ${seg.id}: ${message}`, { segmentId: seg.id, message });
    }
    // A TM that answers NaN or 140 is a bug elsewhere; count it conservatively rather than crash the report.
    const score = Number.isFinite(raw) ? Math.max(0, Math.min(101, raw)) : 0;
    const key = repetitionKey(seg.source);
    const band: Band = score >= 101 ? '101' : seen.has(key) ? 'repetitions' : bandOf(score);
    seen.add(key);
    const words = countWords(seg.source, sourceLang);
    const characters = countChars(seg.source);
    for (const c of [bands[band], total]) {
      c.segments++;
      c.words += words;
      c.characters += characters;
    }
    out.push({ segmentId: seg.id, band, score, words });
  }
  return { sourceLang, bands, total, segments: out };
}
