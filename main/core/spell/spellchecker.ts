// One spellchecker per language: Hunspell plus user words and the inflection fallbacks of morphology.ts.
import type { Hunspell } from 'hunspell-asm';
import { AppError } from '../errors';
import { dictionaryFiles, type DictionaryFiles } from './dictionaries';
import { createHunspell } from './engine';
import { indonesianBases, isUserWordWithParticle } from './morphology';
import { indonesianAffixBases } from './affixes-id';
import { isKoreanCompound, koreanStems, looksLikeKoreanName, looksTransliterated } from './korean-words';
import { newsWords } from './news-words';
import { SPELL_LANGS, type SpellLang, type Spellchecker } from './types';

export interface SpellcheckerOptions {
  lang: SpellLang;
  /** Other Hunspell files than the shipped ones (tests, a user-chosen dictionary). */
  files?: DictionaryFiles;
  /**
   * false: Hunspell, user words and clitics only, as before the newsroom lookup existed (the benchmark's
   * "before" figure). Default true: the newsroom word list, Indonesian affixes, Korean stems, compounds
   * and names, British spellings.
   */
  news?: boolean;
}

const DEFAULT_SUGGESTIONS = 5;
const MEMO_LIMIT = 50_000;

export function assertSpellLang(lang: string): asserts lang is SpellLang {
  if (!(SPELL_LANGS as readonly string[]).includes(lang)) {
    throw new AppError('spell.unsupportedLang', `There is no spelling dictionary for "${lang}".`, { lang });
  }
}

/** A new, independent spellchecker (loads the dictionary: ~50 ms for en and id, ~1 s for ko). */
export async function createSpellchecker(opts: SpellcheckerOptions): Promise<Spellchecker> {
  assertSpellLang(opts.lang);
  const hunspell = await createHunspell(opts.lang, opts.files ?? dictionaryFiles(opts.lang));
  const news = opts.news ?? true;
  // Indonesian news writes English terms as they are (cost of fund, runner-up, game): English words pass.
  const english = news && opts.lang === 'id' && !opts.files ? await createHunspell('en', dictionaryFiles('en')) : null;
  return new HunspellChecker(opts.lang, hunspell, news, english);
}

const shared = new Map<SpellLang, Promise<Spellchecker>>();

/** The process-wide spellchecker of a language, loaded on first use (dictionaries are big: keep one). */
export function getSpellchecker(lang: SpellLang): Promise<Spellchecker> {
  assertSpellLang(lang);
  let entry = shared.get(lang);
  if (!entry) {
    entry = createSpellchecker({ lang });
    shared.set(lang, entry);
    entry.catch(() => shared.delete(lang)); // a failed load may succeed later (e.g. after a reinstall)
  }
  return entry;
}

class HunspellChecker implements Spellchecker {
  private readonly userWords = new Set<string>();
  /** Words we handed to Hunspell's run-time list, so remove() never deletes a shipped word. */
  private readonly runtimeAdded = new Set<string>();
  private memo = new Map<string, boolean>();

  constructor(
    readonly lang: SpellLang,
    private readonly hunspell: Hunspell,
    private readonly news = true,
    private readonly english: Hunspell | null = null,
  ) {
    this.newsList = news ? newsWords(lang) : new Set();
  }
  private readonly newsList: Set<string>;

  check(word: string): boolean {
    const w = word.normalize('NFC').replace(/’/g, "'");
    let ok = this.memo.get(w);
    if (ok === undefined) {
      ok = this.checkUncached(w);
      if (this.memo.size >= MEMO_LIMIT) this.memo = new Map();
      this.memo.set(w, ok);
    }
    return ok;
  }

  private known(w: string): boolean {
    return this.hunspell.spell(w) || this.userWords.has(w) || this.newsList.has(w.toLowerCase());
  }

  /** Korean: a stem after the particle or ending is a word, nouns written together, or a personal name. */
  private knownKorean(w: string): boolean {
    if (isUserWordWithParticle(w, this.userWords)) return true;
    if (!this.news) return false;
    const known = (s: string) => this.known(s);
    return koreanStems(w).some(
      (s) => (s !== w && known(s)) || looksLikeKoreanName(s, known) || looksTransliterated(s) || isKoreanCompound(s, known),
    );
  }

  /** British spellings when the US form is in the dictionary (criticised, organisation, offence, centre). */
  private knownBritish(w: string): boolean {
    const us = [
      w.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1'),
      w.replace(/our(s|ed|ing|ite|ites)?$/, 'or$1'),
      w.replace(/ence(s)?$/, 'ense$1'),
      w.replace(/tre(s)?$/, 'ter$1'),
      w.replace(/lled$/, 'led').replace(/lling$/, 'ling'),
      w.replace(/ogue(s)?$/, 'og$1'),
      w.replace(/mme(s)?$/, 'm$1'),
    ];
    return us.some((u) => u !== w && this.hunspell.spell(u));
  }

  private checkUncached(w: string): boolean {
    if (this.known(w)) return true;
    if (this.lang === 'ko') return this.knownKorean(w);
    if (this.news && this.lang === 'en' && this.knownBritish(w)) return true;
    // Possessive of a name the dictionary lacks: Jokowi's is right when Jokowi is.
    if (this.lang === 'en' && /'s$/i.test(w) && this.known(w.slice(0, -2))) return true;
    if (w.includes('-')) {
      const parts = w.split('-').filter(Boolean);
      if (parts.length > 1 && parts.every((p) => this.checkUncached(p))) return true;
    }
    if (this.lang === 'id') {
      if (indonesianBases(w).some((b) => this.known(b))) return true;
      if (this.english?.spell(w)) return true;
      return this.news && indonesianAffixBases(w).some((b) => this.known(b));
    }
    return false;
  }

  suggest(word: string, limit = DEFAULT_SUGGESTIONS): string[] {
    const w = word.normalize('NFC');
    return this.hunspell
      .suggest(w)
      .filter((s) => s !== w)
      .slice(0, limit);
  }

  add(word: string): void {
    const w = word.normalize('NFC').trim();
    if (!w) return;
    this.userWords.add(w);
    // The Korean dictionary stores words as conjoining jamo and hunspell-asm re-composes (NFC) every string
    // it passes in, so a run-time Korean word never matches: Korean user words live in userWords only.
    if (this.lang !== 'ko' && !this.hunspell.spell(w)) {
      this.hunspell.addWord(w);
      this.runtimeAdded.add(w);
    }
    this.memo.clear();
  }

  remove(word: string): void {
    const w = word.normalize('NFC').trim();
    this.userWords.delete(w);
    if (this.runtimeAdded.delete(w)) this.hunspell.removeWord(w);
    this.memo.clear();
  }
}
