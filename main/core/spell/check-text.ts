// Misspellings in a text: tokenise per language, check each word, suggest corrections for the wrong ones.
import { detect } from '../quotes';
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
  /**
   * Read the text in context (default true): names inside sentences are not flagged, nor are the speakers the quote
   * detector finds in the text itself, wherever they stand ("Rahmawati, a local official, said …").
   */
  context?: boolean;
}

/**
 * The words of speakers' names that are surely names: a speaker with a role ("Rahmawati, a local official", "이스나와
 * 아지 청장") or, in Latin script, a name of two or more capitalised words ("Isnawa Adji"); Latin words must be
 * capitalised. The bare subject of a reporting verb is no proof of a name ("The goverment reported", "Menurut
 * pemerintahhan"): a misspelling there stays flagged.
 */
export function speakerNameWords(speakers: { name: string; role?: string; aliases?: string[] }[], lang: SpellLang): string[] {
  const capital = (w: string) => lang === 'ko' || /^\p{Lu}/u.test(w);
  const out: string[] = [];
  for (const s of speakers) {
    for (const name of [s.name, ...(s.aliases ?? [])]) {
      const words = name.split(/\s+/).filter(Boolean);
      const sure = Boolean(s.role?.trim()) || (lang !== 'ko' && words.length >= 2 && words.every(capital));
      if (sure) out.push(...words.filter(capital));
    }
  }
  return out;
}

export async function checkText(text: string, lang: SpellLang, opts: CheckTextOptions = {}): Promise<MisspellingWithSuggestions[]> {
  return checkTextWith(await getSpellchecker(lang), text, opts);
}

/** The same with a spellchecker in hand (synchronous: for benchmarks and callers that keep one). */
export function checkTextWith(speller: Spellchecker, text: string, opts: CheckTextOptions = {}): MisspellingWithSuggestions[] {
  const context = opts.context !== false;
  const tokens = tokenize(text, speller.lang);
  const wrong = (names: string[]) => {
    const set = new Set(names.filter(Boolean).map((n) => n.normalize('NFC').toLowerCase()));
    const judged = context ? tokensToJudge(text, tokens, speller.lang, set) : tokens;
    return judged.filter((t) => !speller.check(t.word) && !(t.attached && isKoreanParticle(t.word)));
  };
  let misses = wrong([...(opts.names ?? [])]);
  // Quote detection costs more than the check (~8–20 ms per 1,000 words): only for a text with something it could
  // forgive — a flagged word that can be a name (in Latin script a name is capitalised, see speakerNameWords).
  const nameLike = (w: string) => speller.lang === 'ko' || /^\p{Lu}/u.test(w);
  if (context && misses.some((t) => nameLike(t.word))) {
    const speakers = speakerNameWords(detect(text, speller.lang).speakers, speller.lang);
    if (speakers.length) misses = wrong([...(opts.names ?? []), ...speakers]);
  }
  const wantSuggestions = opts.suggest ?? true;
  const suggestions = new Map<string, string[]>();
  return misses.map((t) => {
    const m: MisspellingWithSuggestions = { start: t.start, end: t.end, word: t.word };
    if (wantSuggestions) {
      let s = suggestions.get(t.word);
      if (!s) suggestions.set(t.word, (s = speller.suggest(t.word, opts.maxSuggestions)));
      m.suggestions = s;
    }
    return m;
  });
}
