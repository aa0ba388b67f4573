// Finding glossary terms (and forbidden variants) in a text, with each entry's preferred translations.
import type { GlossaryEntry } from '../../../preload/contract/models';
import type { Lang } from '../../../preload/contract/define';
import type { TermHit } from '../../../preload/contract/translate';
import { compileTerms, type CompiledTerms } from './term-regex';

export type { TermHit };

export interface ForbiddenMatch extends TermHit {
  /** The forbidden variant as listed in the glossary. */
  variant: string;
}

type Field = 'terms' | 'forbidden';
// Compiling a regex per call would dominate QA over a long article: cache per entries array (and per entry).
const listCache = new WeakMap<readonly GlossaryEntry[], Map<string, CompiledTerms>>();
const entryCache = new WeakMap<GlossaryEntry, Map<string, CompiledTerms>>();

function compiled<K extends object>(cache: WeakMap<K, Map<string, CompiledTerms>>, owner: K, entries: readonly GlossaryEntry[], lang: Lang, field: Field) {
  let perOwner = cache.get(owner);
  if (!perOwner) cache.set(owner, (perOwner = new Map()));
  const key = `${field}:${lang}`;
  let c = perOwner.get(key);
  if (!c) {
    c = compileTerms(entries.flatMap((e) => e[field][lang].map((text) => ({ key: e.id, text }))), lang);
    perOwner.set(key, c);
  }
  return c;
}

export function preferred(entry: GlossaryEntry): Record<Lang, string> {
  return { id: entry.terms.id[0] ?? '', en: entry.terms.en[0] ?? '', ko: entry.terms.ko[0] ?? '' };
}

/**
 * Glossary terms in `text`, left to right, never overlapping (the longest term wins: "Jawa Tengah" over "Jawa").
 * Case-insensitive on word boundaries, except acronyms (≤5 capitals: BI, DPR) which must match exactly.
 * Indonesian accepts a -nya suffix, English a plural -s/-es, Korean particles after the term (한국은, 한국의).
 */
export function findTerms(text: string, lang: Lang, entries: readonly GlossaryEntry[]): TermHit[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return compiled(listCache, entries, entries, lang, 'terms')
    .find(text)
    .map((h) => ({ entryId: h.key, start: h.start, end: h.end, term: h.surface, translations: preferred(byId.get(h.key)!) }));
}

/** Does `text` use one of this entry's terms in `lang`? */
export function entryOccursIn(text: string, lang: Lang, entry: GlossaryEntry): boolean {
  return compiled(entryCache, entry, [entry], lang, 'terms').find(text).length > 0;
}

/**
 * Forbidden variants in `text`. A variant inside an allowed term is not a hit (if "Korea" were forbidden,
 * "South Korea" must still pass).
 */
export function findForbidden(text: string, lang: Lang, entries: readonly GlossaryEntry[]): ForbiddenMatch[] {
  const allowed = compiled(listCache, entries, entries, lang, 'terms').find(text);
  const byId = new Map(entries.map((e) => [e.id, e]));
  return compiled(listCache, entries, entries, lang, 'forbidden')
    .find(text)
    .filter((h) => !allowed.some((a) => a.start <= h.start && h.end <= a.end && a.end - a.start > h.end - h.start))
    .map((h) => ({
      entryId: h.key,
      start: h.start,
      end: h.end,
      term: h.surface,
      variant: h.spec,
      translations: preferred(byId.get(h.key)!),
    }));
}
