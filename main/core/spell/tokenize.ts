// Words to spellcheck in a text, per language, with what to skip: URLs, e-mail, numbers, acronyms.
import type { SpellLang, WordToken } from './types';

const URLISH = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|@|^[\w-]+(?:\.[\w-]+)+\/|\.(?:com|org|net|go\.id|co\.id|co\.kr|id|kr)\b/i;
// A Latin word: letters and marks, with inner apostrophes and hyphens (don't, kata-kata, state-owned).
const LATIN_WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const HANGUL_RUN = /\p{Script=Hangul}+/gu;

/** ALL-CAPS of two letters or more (TNI, COVID, KPK) is an acronym: not for a dictionary to judge. */
function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function* chunks(text: string): Generator<{ chunk: string; at: number }> {
  for (const m of text.matchAll(/\S+/g)) {
    if (!URLISH.test(m[0])) yield { chunk: m[0], at: m.index };
  }
}

export function tokenize(text: string, lang: SpellLang): WordToken[] {
  return lang === 'ko' ? tokenizeKorean(text) : tokenizeLatin(text);
}

function tokenizeLatin(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const { chunk, at } of chunks(text)) {
    for (const m of chunk.matchAll(LATIN_WORD)) {
      const word = m[0];
      if (/\p{N}/u.test(word) || isAcronym(word) || [...word].length < 2) continue;
      out.push({ start: at + m.index, end: at + m.index + word.length, word });
    }
  }
  return out;
}

/**
 * Korean is checked by eojeol (the space-separated unit: 발표했다, 정부는). Punctuation around it is
 * dropped; Latin letters and numbers inside it are skipped (LG전자는 → 전자는, 2024년 → skipped), and a
 * Hangul run glued to them is marked `attached` so a lone particle after them (AI가, "…"고) is accepted.
 */
function tokenizeKorean(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const { chunk, at } of chunks(text)) {
    for (const m of chunk.matchAll(HANGUL_RUN)) {
      const before = chunk.slice(0, m.index);
      if (/\p{N}$/u.test(before)) continue; // a counter or unit after a number: 3일, 2024년, 10명
      out.push({ start: at + m.index, end: at + m.index + m[0].length, word: m[0], attached: /[\p{L}\p{N}"'”’)\]]$/u.test(before) });
    }
  }
  return out;
}
