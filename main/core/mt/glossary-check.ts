// Flags MT output that misses a glossary term's approved translation (flag, never rewrite: MT grammar moves words).
import type { Lang } from '../../../preload/contract/define';
import type { GlossaryEntry } from '../../../preload/contract/models';

export interface GlossaryFlag {
  segmentId: string;
  /** The source-language term found in the source text. */
  term: string;
  /** The glossary's preferred target term (the first one listed). */
  expected: string;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Korean glues particles to nouns (대통령은, 대통령이), so Korean matches as a substring; Latin-script
 * languages match whole words, so "Jokowi" does not match inside "Jokowinomics".
 */
export function containsTerm(text: string, term: string, lang: Lang): boolean {
  const t = term.trim();
  if (!t) return false;
  if (lang === 'ko') return text.normalize('NFC').includes(t.normalize('NFC'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(t)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

export function checkGlossary(
  segment: { id: string; source: string; target: string },
  glossary: GlossaryEntry[],
  from: Lang,
  to: Lang,
): GlossaryFlag[] {
  const flags: GlossaryFlag[] = [];
  for (const entry of glossary) {
    const expected = entry.terms[to].filter((t) => t.trim());
    if (expected.length === 0) continue;
    const term = entry.terms[from].find((t) => containsTerm(segment.source, t, from));
    if (!term) continue;
    if (!expected.some((t) => containsTerm(segment.target, t, to))) {
      flags.push({ segmentId: segment.id, term, expected: expected[0] });
    }
  }
  return flags;
}
