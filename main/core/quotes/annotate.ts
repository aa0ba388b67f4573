// annotate(text, lang): detected quotes as QuoteAnnotation (status 'suggested') with the article's speaker registry.
import type { Lang } from '../../../preload/contract/define';
import type { ArticleQuotes, QuoteAnnotation } from '../../../preload/contract/models';
import { AppError } from '../errors';
import { makeAnchor } from './anchor';
import { detectQuotes, type DetectionResult } from './detect';
import { shortHashSquashed } from './hash';

const LANGS: Lang[] = ['id', 'en', 'ko'];

export function assertLang(lang: string): asserts lang is Lang {
  if (!LANGS.includes(lang as Lang)) {
    throw new AppError('quotes.badLang', `Unsupported language "${lang}": use id, en or ko.`, { lang });
  }
}

/** Detection with only the speakers that some quote points to (the registry also holds people merely mentioned). */
export function detect(text: string, lang: Lang): DetectionResult {
  assertLang(lang);
  const r = detectQuotes(text, lang);
  const used = new Set(r.quotes.map((q) => q.speaker?.id).filter(Boolean));
  return { ...r, speakers: r.speakers.filter((s) => used.has(s.id)) };
}

/** Annotation id from kind + quoted text (+ occurrence), so re-running detection yields the same ids. */
export function annotationId(kind: string, exact: string, seen: Map<string, number>): string {
  const base = `q${kind[0]}${shortHashSquashed(kind + '\u0000', exact)}`;
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return n ? `${base}-${n}` : base;
}

export function annotate(text: string, lang: Lang, articleId = 'draft'): ArticleQuotes {
  const r = detect(text, lang);
  const seen = new Map<string, number>();
  const quotes: QuoteAnnotation[] = r.quotes.map((q) => ({
    id: annotationId(q.kind, q.text, seen),
    kind: q.kind,
    anchor: makeAnchor(text, q.start, q.end),
    speakerId: q.speaker?.id ?? null,
    cue: q.cue,
    confidence: q.confidence,
    status: 'suggested',
    verification: 'unverified',
    sourceNote: '',
    comments: [],
    needsReview: false,
  }));
  return { articleId, lang, speakers: r.speakers, quotes };
}
