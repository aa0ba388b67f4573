// Every shipped file the app opens at run time, each path computed by the code that opens it. Built as its own
// entry (out/main/resource-files.js) so `npm run package:check` can run it, under Node, from the packaged app.
import { resourcePath, resourcesDir, WINDOW_ICON } from './core/resources';
import { PDF_FONTS } from './core/export/pdf';
import { SCHEMA_FILES } from './core/export/ninjs-validate';
import { sampleArticlePath } from './core/import/sample';
import { dictionaryFiles } from './core/spell/dictionaries';
import { newsWordsFile } from './core/spell/news-words';

export { WINDOW_ICON };

export function resourceFilesInUse(): { resourcesDir: string; files: string[] } {
  const spell = (['id', 'en', 'ko'] as const).flatMap((l) => [...Object.values(dictionaryFiles(l)), newsWordsFile(l)]);
  return {
    resourcesDir: resourcesDir(),
    files: [
      resourcePath(WINDOW_ICON),
      ...Object.values(PDF_FONTS).map((f) => resourcePath(f)),
      ...Object.values(SCHEMA_FILES).map((f) => resourcePath(f)),
      sampleArticlePath(),
      ...spell,
    ],
  };
}
