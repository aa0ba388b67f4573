// Handlers for language helpers: Korean spellings of Indonesian/Malay names, and spellchecking.
import type { HandlerMap } from '../dispatch';
import type { AppContext } from '../context';
import { suggestKoreanSpelling } from '../core/lang/translit-ko';
import { glossaryRepo } from './translate';
import { UserDictionary, type SpellLang } from '../core/spell';
import { spellPool } from '../core/pool';

type LangHandlers = Pick<HandlerMap, 'lang.transliterate'>;
type SpellHandlers = Pick<HandlerMap, 'spell.check' | 'spell.suggest' | 'spell.add'>;

const userDictionary = (ctx: AppContext, lang: SpellLang) =>
  ctx.service(`spell.user.${lang}`, () => new UserDictionary(ctx.store, lang));

export const langHandlers: LangHandlers = {
  'lang.transliterate': async ({ names, variety }) =>
    names.map((name) => {
      if (!name.trim()) return { name, ko: '', source: 'rule' as const };
      const s = suggestKoreanSpelling(name, { variety });
      return { name, ko: s.value, source: s.source };
    }),
};

/** Newsroom terms the desk already agreed on (Jateng, Pemprov, KBRI …) are not misspellings. */
async function glossaryWords(ctx: AppContext, lang: SpellLang): Promise<Set<string>> {
  const words = new Set<string>();
  for (const entry of await glossaryRepo(ctx).list()) {
    for (const term of entry.terms[lang]) for (const w of term.toLowerCase().split(/\s+/)) if (w) words.add(w);
  }
  return words;
}

/**
 * Spellchecking runs on the spellcheck thread (main/core/pool/spell-jobs.ts): loading the Korean dictionary and
 * checking a long text never hold up saves. Each call carries this data folder's user words, so the shared
 * checker accepts exactly this folder's words.
 */
export const spellHandlers: SpellHandlers = {
  'spell.check': async ({ lang, text }, ctx) => {
    const [words, known] = await Promise.all([userDictionary(ctx, lang).list(), glossaryWords(ctx, lang)]);
    const found = await spellPool().run('spell.check', [lang, text, words]);
    return found.filter((m) => !known.has(m.word.toLowerCase()));
  },
  'spell.suggest': async ({ lang, word }, ctx) =>
    spellPool().run('spell.suggest', [lang, word, await userDictionary(ctx, lang).list(), 5]),
  'spell.add': async ({ lang, word }, ctx) => {
    await userDictionary(ctx, lang).add(word); // the next check or suggestion carries it to the spellcheck thread
    return { ok: true as const };
  },
};
