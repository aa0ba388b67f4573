// The one check both XLIFF imports (2.x and 1.x) make before touching a project: the file's languages are the project's.
import type { TranslationProject } from '../../../preload/contract/models';
import { AppError } from '../errors';

/** "ko-KR", "ko_KR" (as PO-based tools write it) and "KO" all mean "ko". */
const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** Throws xliff.languageMismatch unless `src` → `trg` is the project's pair (region subtags ignored). */
export function assertProjectLanguages(src: string, trg: string, project: TranslationProject): void {
  if (primary(src) === project.sourceLang && primary(trg) === project.targetLang) return;
  throw new AppError('xliff.languageMismatch', `The XLIFF file is ${src} → ${trg}, the project is ${project.sourceLang} → ${project.targetLang}.`, {
    fileSource: src,
    fileTarget: trg,
    projectSource: project.sourceLang,
    projectTarget: project.targetLang,
  });
}
