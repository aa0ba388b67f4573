// The Hunspell WebAssembly module, loaded once per process, and dictionary instances created from files.
import { promises as fsp } from 'node:fs';
import { loadModule, type Hunspell, type HunspellFactory } from 'hunspell-asm';
import { AppError } from '../errors';
import type { DictionaryFiles } from './dictionaries';

let factory: Promise<HunspellFactory> | null = null;

function hunspellFactory(): Promise<HunspellFactory> {
  factory ??= loadModule().catch((err: unknown) => {
    factory = null; // let a later call retry
    throw err;
  });
  return factory;
}

export async function createHunspell(lang: string, files: DictionaryFiles): Promise<Hunspell> {
  const [aff, dic] = await Promise.all(
    [files.aff, files.dic].map((p) =>
      fsp.readFile(p).catch(() => {
        throw new AppError('spell.dictionaryMissing', `The ${lang} spelling dictionary is missing: ${p}`, { lang, path: p });
      }),
    ),
  );
  try {
    const f = await hunspellFactory();
    const affPath = f.mountBuffer(aff);
    const dicPath = f.mountBuffer(dic);
    const hunspell = f.create(affPath, dicPath);
    // Hunspell has read both files into its own tables; the in-memory copies are no longer needed.
    f.unmount(affPath);
    f.unmount(dicPath);
    return hunspell;
  } catch (err) {
    throw new AppError('spell.loadFailed', `Could not load the ${lang} spelling dictionary: ${(err as Error).message}`, {
      lang,
      reason: (err as Error).message,
    });
  }
}
