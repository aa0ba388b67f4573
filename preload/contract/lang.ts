// Language helpers: Korean spellings of names (transliteration) and spellchecking with a personal dictionary.
import { z } from 'zod';
import { channel, Id, Lang, Ok } from './define';

export const TranslitSuggestion = z.object({
  name: z.string(),
  /** Suggested Hangul spelling ('' when none could be made). */
  ko: z.string(),
  /** 'exception' when part of it came from the list of established spellings, 'rule' when made by the rules. */
  source: z.enum(['rule', 'exception']),
});
export type TranslitSuggestion = z.infer<typeof TranslitSuggestion>;

export const Misspelling = z.object({
  /** UTF-16 offsets into the checked text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  word: z.string(),
});
export type Misspelling = z.infer<typeof Misspelling>;

const Word = z.string().trim().min(1).max(100);

export const langContract = {
  'lang.transliterate': channel(
    z.object({ names: z.array(z.string().max(200)).min(1).max(100), variety: z.enum(['id', 'ms']).optional() }).strict(),
    z.array(TranslitSuggestion),
  ),
};

export const spellContract = {
  // Suggestions cost ~0.1 s a word: a check of text in another language than the dictionary's (hundreds of
  // misspellings) spent seconds on suggestions nobody opened. They are asked for one word at a time, when shown.
  // articleId: the article the text belongs to; its quote speakers' names are not misspellings.
  'spell.check': channel(z.object({ lang: Lang, text: z.string().max(100_000), articleId: Id.optional() }).strict(), z.array(Misspelling)),
  'spell.suggest': channel(z.object({ lang: Lang, word: Word }).strict(), z.array(z.string())),
  'spell.add': channel(z.object({ lang: Lang, word: Word }).strict(), Ok),
};
