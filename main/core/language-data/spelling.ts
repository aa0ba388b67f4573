// Spellchecking as the app asks for it: on the spellcheck thread (main/core/pool/spell-jobs.ts), so loading the
// Korean dictionary and checking a long text never hold up saves. Each call carries this data folder's user words,
// so the shared checker accepts exactly this folder's words; the glossary's terms are not misspellings either, nor
// are the names of the article's quote speakers (in any position, and in Korean with a particle after them).
import type { DomainContext, RequestOf } from '../context';
import { spellPool } from '../pool';
import { glossaryRepo, quoteSession, userDictionary } from '../services';
import { speakerNameWords } from '../spell';
import type { SpellLang } from '../spell/types';

type Ctx = Pick<DomainContext, 'store' | 'service'>;
type ArticleCtx = Ctx & Pick<DomainContext, 'articles'>;

/** Newsroom terms the desk already agreed on (Jateng, Pemprov, KBRI …) are not misspellings. */
async function glossaryWords(ctx: Ctx, lang: SpellLang): Promise<Set<string>> {
  const words = new Set<string>();
  for (const entry of await glossaryRepo(ctx).list()) {
    for (const term of entry.terms[lang]) for (const w of term.toLowerCase().split(/\s+/)) if (w) words.add(w);
  }
  return words;
}

/**
 * The words of the names, aliases and spellings in the article's speaker registry, as the quote panel keeps it
 * (confirmed and corrected speakers included; the checked text's own speakers are found by checkText itself).
 * Read only: no annotations yet, a missing article or an unreadable file only mean no names.
 */
async function speakerWords(ctx: ArticleCtx, articleId: string | undefined, lang: SpellLang): Promise<string[]> {
  if (!articleId) return [];
  try {
    const q = await quoteSession(ctx).repo.get(articleId);
    if (!q) return [];
    // Spellings are the editor's own entries; the names pass the same proof as in checkText.
    const spellings = q.speakers.flatMap((s) => Object.values(s.spellings).flatMap((n) => n.split(/\s+/)));
    return [...new Set([...speakerNameWords(q.speakers, lang), ...spellings].filter(Boolean))];
  } catch {
    return [];
  }
}

export async function checkSpelling(ctx: ArticleCtx, { lang, text, articleId }: RequestOf<'spell.check'>) {
  const [words, known, names] = await Promise.all([
    userDictionary(ctx, lang).list(),
    glossaryWords(ctx, lang),
    speakerWords(ctx, articleId, lang),
  ]);
  const found = await spellPool().run('spell.check', [lang, text, words, { names }]);
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
