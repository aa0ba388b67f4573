// Every place main/ opens a shipped resource is listed in main/resource-files.ts, which package:check runs from
// the packaged app: a new resourcePath()/resourceFile() call outside the known helpers must be added there.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO } from '../helpers/paths';

/** Files allowed to call resourcePath/resourceFile: each is reached from resourceFilesInUse(). */
const COVERED = [
  'main/core/resources.ts',
  'main/core/export/resources.ts',
  'main/resource-files.ts',
  'main/index.ts', // WINDOW_ICON
  'main/core/export/pdf-fonts.ts', // PDF_FONTS
  'main/core/export/ninjs-validate.ts', // SCHEMA_FILES
  'main/core/spell/news-words.ts', // newsWordsFile
  'main/core/spell/dictionaries.ts', // dictionaryFiles
  'main/core/import/sample.ts', // sampleArticlePath
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('resource list', () => {
  it('names every module that opens a shipped resource', () => {
    const callers = files(join(REPO, 'main'))
      .filter((f) => /\bresource(Path|File|sDir)\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(REPO, f));
    expect(callers.filter((f) => !COVERED.includes(f))).toEqual([]);
  });
});
