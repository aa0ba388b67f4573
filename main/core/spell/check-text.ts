// Misspellings in a text: tokenise per language, check each word, suggest corrections for the wrong ones.
import { isKoreanParticle } from './morphology';
import { getSpellchecker } from './spellchecker';
import { tokenize } from './tokenize';
import { tokensToJudge } from './context';
import type { MisspellingWithSuggestions, SpellLang, Spellchecker } from './types';

export interface CheckTextOptions {
  /** Compute suggestions (default true). Korean suggestions cost ~100 ms per word: turn off for live checks. */
  suggest?: boolean;
  maxSuggestions?: number;
  /** Names never to flag (quote speakers, glossary terms); Korean also with a particle after them. */
  names?: Iterable<string>;
  /** Read capitalisation in context (names inside sentences are not flagged). Default true. */
  context?: boolean;
}

export async function checkText(text: string, lang: SpellLang, opts: CheckTextOptions = {}): Promise<MisspellingWithSuggestions[]> {
  return checkTextWith(await getSpellchecker(lang), text, opts);
}

/** The same with a spellchecker in hand (synchronous: for benchmarks and callers that keep one). */
export function checkTextWith(speller: Spellchecker, text: string, opts: CheckTextOptions = {}): MisspellingWithSuggestions[] {
  const wantSuggestions = opts.suggest ?? true;
  const suggestions = new Map<string, string[]>();
  const out: MisspellingWithSuggestions[] = [];
  const names = new Set([...(opts.names ?? [])].map((n) => n.normalize('NFC').toLowerCase()));
  const tokens = tokenize(text, speller.lang);
  const judged = opts.context === false ? tokens : tokensToJudge(text, tokens, speller.lang, names);
  for (const t of judged) {
    if (speller.check(t.word)) continue;
    if (t.attached && isKoreanParticle(t.word)) continue;
    const m: MisspellingWithSuggestions = { start: t.start, end: t.end, word: t.word };
    if (wantSuggestions) {
      let s = suggestions.get(t.word);
      if (!s) suggestions.set(t.word, (s = speller.suggest(t.word, opts.maxSuggestions)));
      m.suggestions = s;
    }
    out.push(m);
  }
  return out;
}
