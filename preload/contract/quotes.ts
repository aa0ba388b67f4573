// Quote channels: the article's annotations (anchored to its current text), editor decisions, speakers, quote sheet.
import { z } from 'zod';
import { channel, Id } from './define';
import { ArticleQuotes } from './models';

const QuoteId = z.string().min(1).max(100);
const SpeakerId = z.string().min(1).max(100);
const Name = z.string().max(300);

/** One editor decision on one quote (main/core/quotes ops). Texts are checked there, with translated errors. */
export const QuoteOp = z.union([
  z.object({ op: z.literal('status'), status: z.enum(['suggested', 'confirmed', 'rejected']) }).strict(),
  /** An existing speaker (null = nobody), or a new one by name (reused when the name or an alias matches). */
  z.object({ op: z.literal('speaker'), speakerId: SpeakerId.nullable() }).strict(),
  z.object({ op: z.literal('speaker'), name: Name, role: Name.optional() }).strict(),
  z
    .object({
      op: z.literal('verification'),
      verification: z.enum(['unverified', 'verified', 'disputed']),
      sourceNote: z.string().max(2000).optional(),
    })
    .strict(),
  z.object({ op: z.literal('comment'), text: z.string().max(5000) }).strict(),
]);
export type QuoteOp = z.infer<typeof QuoteOp>;

export const SpeakerPatch = z
  .object({
    name: Name.optional(),
    role: Name.optional(),
    aliases: z.array(Name).max(50).optional(),
    /** Spelling per language, e.g. {ko: '간자르 프라노워'}; an empty string removes that spelling. */
    spellings: z.partialRecord(z.enum(['id', 'en', 'ko']), Name).optional(),
  })
  .strict();
export type SpeakerPatch = z.infer<typeof SpeakerPatch>;

export const QuoteSheetRow = z.object({
  id: z.string(),
  quote: z.string(),
  /** The attribution word as written ("kata", "membantah"); '' when none. */
  cue: z.string(),
  /** "denies" when the cue reverses the quote. */
  polarity: z.enum(['asserts', 'denies']),
  speaker: z.string(),
  role: z.string(),
  status: z.enum(['suggested', 'confirmed', 'rejected']),
  verification: z.enum(['unverified', 'verified', 'disputed']),
  source: z.string(),
});
export type QuoteSheetRow = z.infer<typeof QuoteSheetRow>;

export const quotesContract = {
  /** The annotations, detected on first use; re-anchored to the article's saved text whenever that changed. */
  'quotes.get': channel(z.object({ articleId: Id }).strict(), ArticleQuotes),
  /** Re-run detection; every decision the editor made is kept. */
  'quotes.detect': channel(z.object({ articleId: Id }).strict(), ArticleQuotes),
  'quotes.update': channel(
    z.object({ articleId: Id, quoteId: QuoteId, op: QuoteOp }).strict(),
    ArticleQuotes,
  ),
  /** Edit one speaker of the article's registry: name, role, aliases, spellings. */
  'quotes.speakers': channel(
    z.object({ articleId: Id, speakerId: SpeakerId, patch: SpeakerPatch }).strict(),
    ArticleQuotes,
  ),
  'quotes.sheet': channel(
    z.object({ articleId: Id, includeRejected: z.boolean().optional() }).strict(),
    z.array(QuoteSheetRow),
  ),
};
