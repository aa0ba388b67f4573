// Handlers for language helpers: Korean spellings of Indonesian/Malay names.
import type { HandlerMap } from '../dispatch';
import { suggestKoreanSpelling } from '../core/lang/translit-ko';

type LangHandlers = Pick<HandlerMap, 'lang.transliterate'>;

export const langHandlers: LangHandlers = {
  'lang.transliterate': async ({ names, variety }) =>
    names.map((name) => {
      if (!name.trim()) return { name, ko: '', source: 'rule' as const };
      const s = suggestKoreanSpelling(name, { variety });
      return { name, ko: s.value, source: s.source };
    }),
};
