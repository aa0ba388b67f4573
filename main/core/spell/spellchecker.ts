// One spellchecker per language: Hunspell plus user words and the inflection fallbacks of morphology.ts.
import type { Hunspell } from 'hunspell-asm';
import { AppError } from '../errors';
import { dictionaryFiles, type DictionaryFiles } from './dictionaries';
import { createHunspell } from './engine';
import { indonesianBases, isUserWordWithParticle } from './morphology';
import { SPELL_LANGS, type SpellLang, type Spellchecker } from './types';

export interface SpellcheckerOptions {
  lang: SpellLang;
  /** Other Hunspell files than the shipped ones (tests, a user-chosen dictionary). */
  files?: DictionaryFiles;
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
  return new HunspellChecker(opts.lang, hunspell);
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
  ) {}

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
    return this.hunspell.spell(w) || this.userWords.has(w);
  }

  private checkUncached(w: string): boolean {
    if (this.known(w)) return true;
    if (this.lang === 'ko') return isUserWordWithParticle(w, this.userWords);
    // Possessive of a name the dictionary lacks: Jokowi's is right when Jokowi is.
    if (this.lang === 'en' && /'s$/i.test(w) && this.known(w.slice(0, -2))) return true;
    if (w.includes('-')) {
      const parts = w.split('-').filter(Boolean);
      if (parts.length > 1 && parts.every((p) => this.checkUncached(p))) return true;
    }
    if (this.lang === 'id') return indonesianBases(w).some((b) => this.known(b));
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
