// The spellcheck thread's jobs: one loaded spellchecker per language (the Korean dictionary takes ~1 s of CPU to
// load, ~10 s on a busy machine), brought in step with the caller's user words on every call, so a data folder's
// own words are the only ones it accepts. Only spell-worker.ts imports this file.
import { checkTextWith, createSpellchecker, type SpellLang, type Spellchecker } from '../spell';

interface Loaded {
  speller: Promise<Spellchecker>;
  /** The user words currently taught to the speller (removed again when a later caller's list lacks them). */
  taught: Set<string>;
}

const loaded = new Map<SpellLang, Loaded>();

async function speller(lang: SpellLang, userWords: string[]): Promise<Spellchecker> {
  let entry = loaded.get(lang);
  if (!entry) {
    const created: Loaded = { speller: createSpellchecker({ lang }), taught: new Set() };
    created.speller.catch(() => loaded.delete(lang)); // a failed load (missing dictionary) may succeed later
    loaded.set(lang, created);
    entry = created;
  }
  const s = await entry.speller;
  const want = new Set(userWords);
  for (const w of entry.taught) if (!want.has(w)) s.remove(w);
  for (const w of want) if (!entry.taught.has(w)) s.add(w);
  entry.taught = want;
  return s;
}

export interface SpellCheckOptions {
  /** Names never to flag (quote speakers, glossary terms). */
  names?: string[];
}

export const SPELL_JOBS = {
  /** Misspellings without suggestions (suggestions cost ~100 ms per Korean word: asked for one word at a time). */
  'spell.check': {
    run: async (lang: SpellLang, text: string, userWords: string[], opts: SpellCheckOptions = {}) =>
      checkTextWith(await speller(lang, userWords), text, { suggest: false, names: opts.names }).map((m) => ({
        start: m.start,
        end: m.end,
        word: m.word,
      })),
  },
  'spell.suggest': {
    run: async (lang: SpellLang, word: string, userWords: string[], limit: number) =>
      (await speller(lang, userWords)).suggest(word, limit),
  },
  /** Loads a language's dictionary ahead of the first check (warm-up). */
  'spell.load': { run: async (lang: SpellLang, userWords: string[]) => Boolean(await speller(lang, userWords)) },
};
