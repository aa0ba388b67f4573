// Where the Hunspell files of each language live: the app's resources folder (id) and npm packages (en, ko).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors';
import type { SpellLang } from './types';

export interface DictionaryFiles {
  aff: string;
  dic: string;
}

let resourcesRoot: string | null = null;

/**
 * The packaged app keeps resources outside the bundle (process.resourcesPath); the main process tells us
 * where. Without it we look for resources/dictionaries upwards from this file, then from the working folder.
 */
export function setDictionaryRoot(dir: string | null): void {
  resourcesRoot = dir;
}

function findDictionaryRoot(): string {
  if (resourcesRoot) return resourcesRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'resources', 'dictionaries');
    if (existsSync(join(candidate, 'id'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return resolve('resources', 'dictionaries');
}

/** npm dictionaries export only index.js; their .aff/.dic sit beside it. */
function packageFiles(pkg: string): DictionaryFiles {
  const dir = dirname(createRequire(import.meta.url).resolve(pkg));
  return { aff: join(dir, 'index.aff'), dic: join(dir, 'index.dic') };
}

export function dictionaryFiles(lang: SpellLang): DictionaryFiles {
  switch (lang) {
    case 'id': {
      const dir = join(findDictionaryRoot(), 'id');
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
