// Spellchecking as the app asks for it: on the spellcheck thread (main/core/pool/spell-jobs.ts), so loading the
// Korean dictionary and checking a long text never hold up saves. Each call carries this data folder's user words,
// so the shared checker accepts exactly this folder's words; the glossary's terms are not misspellings either.
import type { DomainContext, RequestOf } from '../context';
import { spellPool } from '../pool';
import { glossaryRepo, userDictionary } from '../services';
import type { SpellLang } from '../spell/types';

type Ctx = Pick<DomainContext, 'store' | 'service'>;

/** Newsroom terms the desk already agreed on (Jateng, Pemprov, KBRI …) are not misspellings. */
async function glossaryWords(ctx: Ctx, lang: SpellLang): Promise<Set<string>> {
  const words = new Set<string>();
  for (const entry of await glossaryRepo(ctx).list()) {
    for (const term of entry.terms[lang]) for (const w of term.toLowerCase().split(/\s+/)) if (w) words.add(w);
  }
  return words;
}

export async function checkSpelling(ctx: Ctx, { lang, text }: RequestOf<'spell.check'>) {
  const [words, known] = await Promise.all([userDictionary(ctx, lang).list(), glossaryWords(ctx, lang)]);
  const found = await spellPool().run('spell.check', [lang, text, words]);
  return found.filter((m) => !known.has(m.word.toLowerCase()));
}

export async function suggestSpelling(ctx: Ctx, { lang, word }: RequestOf<'spell.suggest'>) {
  return spellPool().run('spell.suggest', [lang, word, await userDictionary(ctx, lang).list(), 5]);
}

/** The next check or suggestion carries the word to the spellcheck thread. */
export async function addUserWord(ctx: Ctx, { lang, word }: RequestOf<'spell.add'>) {
  await userDictionary(ctx, lang).add(word);
  return { ok: true as const };
}
