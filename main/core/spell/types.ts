// Shapes shared by the spellchecker, the text checker and the user dictionary.
import type { Misspelling } from '../../../preload/contract/lang';

export type { Misspelling };

export const SPELL_LANGS = ['id', 'en', 'ko'] as const;
export type SpellLang = (typeof SPELL_LANGS)[number];

export interface Spellchecker {
  readonly lang: SpellLang;
  /** True when the word is spelt correctly (dictionary, user words, or an allowed inflection of either). */
  check(word: string): boolean;
  /** Up to `limit` corrections, best first (Hunspell's order). */
  suggest(word: string, limit?: number): string[];
  /** Accept a word for the rest of this session (persist it with UserDictionary). */
  add(word: string): void;
  /** Forget a word added with add(); words of the shipped dictionary stay. */
  remove(word: string): void;
}

/** A misspelling as the checker finds it: the contract's shape, plus suggestions when asked for (the CLI lists them;
 *  'spell.check' never computes them and they do not cross IPC — 'spell.suggest' asks for one word's). */
export type MisspellingWithSuggestions = Misspelling & { suggestions?: string[] };

export interface WordToken {
  start: number;
  end: number;
  word: string;
  /** Korean: the run is glued to something before it in the same eojeol (a number, Latin letters, a quote). */
  attached?: boolean;
}
