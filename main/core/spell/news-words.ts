// The newsroom word lists shipped as data (resources/spell/news-<lang>.txt): words news copy uses every day
// that the Hunspell dictionaries lack. Lower-cased; read once per language.
import { readFileSync } from 'node:fs';
import { resourcePath } from '../resources';
import type { SpellLang } from './types';

const cache = new Map<SpellLang, Set<string>>();

export function parseWordList(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const w = line.replace(/#.*/, '').trim().normalize('NFC').toLowerCase();
    if (w) out.add(w);
  }
  return out;
}

/** Where the list of one language ships (package:check proves it exists in the installed app). */
export function newsWordsFile(lang: SpellLang): string {
  return resourcePath('spell', `news-${lang}.txt`);
}

export function newsWords(lang: SpellLang): Set<string> {
  let s = cache.get(lang);
  if (!s) {
    try {
      s = parseWordList(readFileSync(newsWordsFile(lang), 'utf8'));
    } catch {
      s = new Set(); // a missing list only means more flags, never a failed check
    }
    cache.set(lang, s);
  }
  return s;
}
