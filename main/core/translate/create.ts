// A new translation project: the article text segmented into sentences, every segment 'new'.
import type { Lang } from '../../../preload/contract/define';
import type { TranslationProject } from '../../../preload/contract/models';
import { AppError } from '../errors';
import { segmentParagraphs } from '../segment/segmenter';
import { blankSegment, newProjectId, newSegmentId } from './segments';

export interface CreateProjectInput {
  articleId: string;
  /** The article as plain text, one paragraph per line (see articles/text.ts htmlToPlainText). */
  text: string;
  sourceLang: Lang;
  targetLang: Lang;
  pivotLang: Lang | null;
}

export function checkLanguages(sourceLang: Lang, targetLang: Lang, pivotLang: Lang | null): void {
  if (sourceLang === targetLang) {
    throw new AppError('translate.sameLanguage', `Source and target are both "${sourceLang}".`, { lang: sourceLang });
  }
  if (pivotLang !== null && (pivotLang === sourceLang || pivotLang === targetLang)) {
    throw new AppError('translate.badPivot', `The pivot language must differ from source and target (got "${pivotLang}").`, {
      lang: pivotLang,
    });
  }
}

export function createProject(input: CreateProjectInput): TranslationProject {
  checkLanguages(input.sourceLang, input.targetLang, input.pivotLang);
  const now = new Date().toISOString();
  const segments: TranslationProject['segments'] = [];
  for (const s of segmentParagraphs(input.text, input.sourceLang)) {
    segments.push(blankSegment(newSegmentId(segments), s.text, s.paragraph));
  }
  return {
    id: newProjectId(),
    articleId: input.articleId,
    sourceLang: input.sourceLang,
    targetLang: input.targetLang,
    pivotLang: input.pivotLang,
    createdAt: now,
    updatedAt: now,
    segments,
  };
}
