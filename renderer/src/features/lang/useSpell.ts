// Spellcheck data: the spell.check / spell.suggest / spell.add calls and the misspellings already known (shared
// by every editor and plain-text field on the page). The only module of this feature that talks to the api.
import type { Lang } from '../../../../preload/contract/define';
import type { Misspelling } from '../../../../preload/contract/lang';
import { api, call } from '../../lib/api';

/** `articleId`: the article being checked; its quote speakers' names are not flagged. */
export const defaultCheck = (lang: Lang, text: string, articleId?: string) =>
  call(api.spell.check(articleId ? { lang, text, articleId } : { lang, text }));
/** Suggestions for a word, asked once per language and word (a popup reopened on it shows them at once). */
const suggested = new Map<string, Promise<string[]>>();
export const defaultSuggest = (lang: Lang, word: string): Promise<string[]> => {
  const key = `${lang}\u0000${word}`;
  let p = suggested.get(key);
  if (!p) {
    p = call(api.spell.suggest({ lang, word }));
    suggested.set(key, p);
    p.catch(() => suggested.delete(key)); // a failure is shown, and asked again next time
    if (suggested.size > 2000) suggested.delete(suggested.keys().next().value!);
  }
  return p;
};
export const defaultAdd = async (lang: Lang, word: string) => {
  await call(api.spell.add({ lang, word }));
};

/** Misspellings known per language and paragraph text; shared by every editor on the page. */
export class SpellCache {
  private results = new Map<string, Misspelling[]>();
  private pending = new Set<string>();
  private key = (lang: Lang, text: string) => `${lang}\u0000${text}`;
  get(lang: Lang, text: string) {
    return this.results.get(this.key(lang, text));
  }
  set(lang: Lang, text: string, m: Misspelling[]) {
    this.results.set(this.key(lang, text), m);
    if (this.results.size > 5000) this.results.delete(this.results.keys().next().value!);
  }
  isPending(lang: Lang, text: string) {
    return this.pending.has(this.key(lang, text));
  }
  setPending(lang: Lang, text: string, on: boolean) {
    if (on) this.pending.add(this.key(lang, text));
    else this.pending.delete(this.key(lang, text));
  }
  /** After "Add to dictionary": the word is no longer a misspelling anywhere in that language. */
  forgetWord(lang: Lang, word: string) {
    for (const [k, list] of this.results) {
      if (k.startsWith(`${lang}\u0000`)) this.results.set(k, list.filter((m) => m.word !== word));
    }
  }
}
export const cache = new SpellCache();

/**
 * For plain-text fields (the translate grid's target cells): the misspellings of `text`, cached like the
 * editor's paragraphs. Rejects with the API error when the language cannot be checked.
 */
export async function misspellings(lang: Lang, text: string, check = defaultCheck): Promise<Misspelling[]> {
  const known = cache.get(lang, text);
  if (known) return known;
  const found = await check(lang, text);
  cache.set(lang, text, found);
  return found;
}

/** After "Add to dictionary" from elsewhere: forget cached misspellings of that word. */
export function forgetMisspelling(lang: Lang, word: string): void {
  cache.forgetWord(lang, word);
}
