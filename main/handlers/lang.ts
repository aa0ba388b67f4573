// Handlers for language helpers: Korean spellings of Indonesian/Malay names, and spellchecking.
import type { HandlerMap } from '../core/context';
import { suggestKoreanSpellings } from '../core/lang/translit-ko';
import { addUserWord, checkSpelling, suggestSpelling } from '../core/language-data/spelling';

type LangHandlers = Pick<HandlerMap, 'lang.transliterate'>;
type SpellHandlers = Pick<HandlerMap, 'spell.check' | 'spell.suggest' | 'spell.add'>;

export const langHandlers: LangHandlers = {
  'lang.transliterate': async ({ names, variety }) => suggestKoreanSpellings(names, { variety }),
};

export const spellHandlers: SpellHandlers = {
  'spell.check': async (req, ctx) => checkSpelling(ctx, req),
  'spell.suggest': async (req, ctx) => suggestSpelling(ctx, req),
  'spell.add': async (req, ctx) => addUserWord(ctx, req),
};
