// Handlers for language helpers: Korean spellings of Indonesian/Malay names, and spellchecking.
import type { HandlerMap } from '../dispatch';
import type { AppContext } from '../context';
import { suggestKoreanSpelling } from '../core/lang/translit-ko';
import { glossaryRepo } from './translate';
import { checkTextWith, createSpellchecker, UserDictionary, type SpellLang, type Spellchecker } from '../core/spell';

type LangHandlers = Pick<HandlerMap, 'lang.transliterate'>;
type SpellHandlers = Pick<HandlerMap, 'spell.check' | 'spell.suggest' | 'spell.add'>;

const userDictionary = (ctx: AppContext, lang: SpellLang) =>
  ctx.service(`spell.user.${lang}`, () => new UserDictionary(ctx.store, lang));

/**
 * One spellchecker per language and data folder (not the process-wide shared one), so the words a user adds
 * stay with that data folder's dictionary. A failed load (e.g. a missing dictionary) is not cached.
 */
function speller(ctx: AppContext, lang: SpellLang): Promise<Spellchecker> {
  const cache = ctx.service('spell.checkers', () => new Map<SpellLang, Promise<Spellchecker>>());
  let p = cache.get(lang);
  if (!p) {
    p = (async () => {
      const s = await createSpellchecker({ lang });
      await userDictionary(ctx, lang).attach(s);
      return s;
    })();
    cache.set(lang, p);
    p.catch(() => cache.delete(lang));
  }
  return p;
}

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

export const spellHandlers: SpellHandlers = {
  'spell.check': async ({ lang, text }, ctx) => {
    const [checker, known] = await Promise.all([speller(ctx, lang), glossaryWords(ctx, lang)]);
    return checkTextWith(checker, text, { suggest: false })
      .filter((m) => !known.has(m.word.toLowerCase()))
      .map((m) => ({ start: m.start, end: m.end, word: m.word }));
  },
  'spell.suggest': async ({ lang, word }, ctx) => (await speller(ctx, lang)).suggest(word, 5),
  'spell.add': async ({ lang, word }, ctx) => {
    await speller(ctx, lang); // attaches the user dictionary, so the running checker learns the word too
    await userDictionary(ctx, lang).add(word);
    return { ok: true as const };
  },
};
