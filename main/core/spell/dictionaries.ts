// Where the Hunspell files of each language live: the app's resources folder (id) and npm packages (en, ko).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { resourcePath } from '../resources';
import { AppError } from '../errors';
import type { SpellLang } from './types';

export interface DictionaryFiles {
  aff: string;
  dic: string;
}

/** npm dictionaries export only index.js; their .aff/.dic sit beside it. */
function packageFiles(pkg: string): DictionaryFiles {
  const dir = dirname(createRequire(import.meta.url).resolve(pkg));
  return { aff: join(dir, 'index.aff'), dic: join(dir, 'index.dic') };
}

export function dictionaryFiles(lang: SpellLang): DictionaryFiles {
  switch (lang) {
    case 'id': {
      const dir = resourcePath('dictionaries', 'id');
      return { aff: join(dir, 'id_ID.aff'), dic: join(dir, 'id_ID.dic') };
    }
    case 'en':
    case 'ko':
      try {
        return packageFiles(`dictionary-${lang}`);
      } catch {
        throw new AppError('spell.dictionaryMissing', `The ${lang} spelling dictionary is not installed (dictionary-${lang}).`, {
          lang,
          path: `dictionary-${lang}`,
        });
      }
    default:
      throw new AppError('spell.unsupportedLang', `There is no spelling dictionary for "${String(lang)}".`, { lang: String(lang) });
  }
}
