// The shape of a segmentation rules file (resources/segment-rules/<lang>.json), checked when it is loaded.
import { z } from 'zod';

/** One SRX-style rule: at a candidate break, `before` must match the text ending there and `after` the text after. */
export const SegmentRule = z.object({
  note: z.string().default(''),
  /** true: break here; false: keep the sentence going. */
  break: z.boolean(),
  before: z.string(),
  after: z.string(),
});
export type SegmentRule = z.infer<typeof SegmentRule>;

export const QuoteRules = z.object({
  about: z.string().default(''),
  /** [opening, closing] marks; an identical pair (straight ") alternates open/close. */
  pairs: z.array(z.tuple([z.string().length(1), z.string().length(1)])),
  /** Matched against the quoted text: a quote ending like this is followed by its attribution. */
  attributionInside: z.string(),
  /** Matched against the text right after the closing mark: this starts an attribution. */
  attributionAfter: z.string(),
  /** Longer "quotes" are more likely an unbalanced straight quote than a real passage: ignore them. */
  maxChars: z.number().int().positive(),
});
export type QuoteRules = z.infer<typeof QuoteRules>;

export const SegmentRules = z.object({
  lang: z.enum(['id', 'en', 'ko']),
  about: z.string().default(''),
  abbreviations: z.object({
    /** Never end a sentence (titles, prefixes): Dr. Smith, Jl. Sudirman, No. 5. */
    never: z.array(z.string()),
    /** End a sentence only before a capitalised word that is neither a continuer nor another abbreviation. */
    ambiguous: z.array(z.string()),
  }),
  /** Capitalised words that continue a sentence after an ambiguous abbreviation (3 p.m. Tuesday). */
  continuers: z.array(z.string()),
  rules: z.array(SegmentRule),
  quotes: QuoteRules,
});
export type SegmentRules = z.infer<typeof SegmentRules>;
