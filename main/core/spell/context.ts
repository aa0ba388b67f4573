// What the words around a token say about it: a capitalised word inside a sentence is a name (Isnawa,
// Sunter), as is one at a sentence start that the text also writes capitalised mid-sentence; listed names
// (quote speakers, glossary) are names in any position and, in Korean, with a particle after them.
import { koreanStems } from './korean-words';
import type { SpellLang, WordToken } from './types';

const CAPITALISED = /^\p{Lu}/u;

/** True when the token opens a sentence: line start, or after . ! ? … (and any closing quote or bracket). */
export function opensSentence(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start).replace(/[\s"“”'‘’«»(\[—–-]+$/u, '');
  return before === '' || /[.!?…:]$/u.test(before);
}

/** Capitalised words the text writes inside sentences: a name when it opens one elsewhere. */
function midSentenceNames(text: string, tokens: WordToken[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (CAPITALISED.test(t.word) && !opensSentence(text, t.start)) out.add(t.word);
  return out;
}

/**
 * The tokens a dictionary should judge. Latin scripts: capitalised words inside a sentence are names and
 * skipped; one that opens a sentence is skipped when the text also has it mid-sentence. Any script: a listed
 * name (case-insensitive; Korean also with a particle or ending after it) is skipped.
 */
export function tokensToJudge(text: string, tokens: WordToken[], lang: SpellLang, names: ReadonlySet<string>): WordToken[] {
  const listed = (w: string) =>
    names.has(w.toLowerCase()) || (lang === 'ko' && koreanStems(w).some((s) => names.has(s.toLowerCase())));
  if (lang === 'ko') return tokens.filter((t) => !listed(t.word));
  const mid = midSentenceNames(text, tokens);
  return tokens.filter((t, i) => {
    if (listed(t.word)) return false;
    if (!CAPITALISED.test(t.word)) return true;
    // "Isnawa Adji said …": a capitalised word right after the opener makes the opener part of a name.
    const next = tokens[i + 1];
    if (next && CAPITALISED.test(next.word) && /^[ \u00a0]$/.test(text.slice(t.end, next.start))) return false;
    return opensSentence(text, t.start) && !mid.has(t.word);
  });
}
