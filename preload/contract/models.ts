// Data shapes shared across features: quote annotations, speakers, translation projects and segments.
import { z } from 'zod';
import { Id, Lang } from './define';

// ---------- quotes ----------
export const QuoteKind = z.enum(['direct', 'indirect']);
export const Speaker = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string().default(''),
  aliases: z.array(z.string()).default([]),
  /** How the name is spelt in each language, e.g. {ko: '간자르 프라노워', en: 'Ganjar Pranowo'}. */
  spellings: z.record(z.string(), z.string()).default({}),
});
export type Speaker = z.infer<typeof Speaker>;

/** Anchor: position plus the quoted text and some context, so edits elsewhere can re-find it. */
export const TextAnchor = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextAnchor = z.infer<typeof TextAnchor>;

export const QuoteComment = z.object({ at: z.string(), text: z.string().max(5000) });
export const QuoteAnnotation = z.object({
  id: z.string(),
  kind: QuoteKind,
  anchor: TextAnchor,
  speakerId: z.string().nullable(),
  cue: z.string(),
  confidence: z.number().min(0).max(1),
  status: z.enum(['suggested', 'confirmed', 'rejected']),
  verification: z.enum(['unverified', 'verified', 'disputed']),
  sourceNote: z.string().max(2000).default(''),
  comments: z.array(QuoteComment).default([]),
  /** Set when an edit touched the quoted text itself. */
  needsReview: z.boolean().default(false),
});
export type QuoteAnnotation = z.infer<typeof QuoteAnnotation>;

export const ArticleQuotes = z.object({
  articleId: Id,
  lang: Lang,
  speakers: z.array(Speaker),
  quotes: z.array(QuoteAnnotation),
});
export type ArticleQuotes = z.infer<typeof ArticleQuotes>;

// ---------- translation ----------
export const SegmentStatus = z.enum(['new', 'draft', 'translated', 'reviewed', 'approved']);
export type SegmentStatus = z.infer<typeof SegmentStatus>;

export const Segment = z.object({
  id: z.string(),
  source: z.string(),
  /** Pivot-language text (e.g. en in id → en → ko); empty when the project has no pivot. */
  pivot: z.string().default(''),
  target: z.string().default(''),
  status: SegmentStatus,
  /** Where the current target came from. */
  origin: z.enum(['human', 'tm', 'mt', 'none']).default('none'),
  /**
   * Finer provenance of the target (main/core/translate/provenance.ts): 'human', 'tm:<score>', 'mt:<engine>' or
   * 'mt-edited:<engine>' (a human changed an MT draft). Absent on older data: derived from `origin` then.
   */
  provenance: z.string().max(200).optional(),
  locked: z.boolean().default(false),
  /** The source text when the target was last confirmed; differs from `source` → "source changed". */
  confirmedSource: z.string().nullable().default(null),
  /** QA finding codes the translator chose to ignore for this segment. */
  ignoredQa: z.array(z.string()).default([]),
  note: z.string().default(''),
  /** Set on segment 0 when it holds the article's headline (translated, confirmed, exported as the title). */
  headline: z.literal(true).optional(),
  /** Index of the source paragraph (non-empty line) this sentence came from: rebuilds the layout, limits joins. */
  paragraph: z.number().int().nonnegative().optional(),
});
export type Segment = z.infer<typeof Segment>;

export const TranslationProject = z.object({
  id: Id,
  articleId: Id,
  sourceLang: Lang,
  targetLang: Lang,
  pivotLang: Lang.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  segments: z.array(Segment),
});
export type TranslationProject = z.infer<typeof TranslationProject>;

// ---------- glossary ----------
export const GlossaryEntry = z.object({
  id: z.string(),
  terms: z.object({ id: z.array(z.string()), en: z.array(z.string()), ko: z.array(z.string()) }),
  /** Variants that must not be used, per language. */
  forbidden: z.object({ id: z.array(z.string()), en: z.array(z.string()), ko: z.array(z.string()) }),
  note: z.string().default(''),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
