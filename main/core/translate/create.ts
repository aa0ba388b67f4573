// A new translation project: the headline as segment 0, then the article text segmented into sentences, all 'new'.
import type { Lang } from '../../../preload/contract/define';
import type { TranslationProject } from '../../../preload/contract/models';
import { AppError } from '../errors';
import { segmentParagraphs } from '../segment/segmenter';
import { blankSegment, newProjectId, newSegmentId } from './segments';
import { headlineSegment, headlineText } from './headline';

export interface CreateProjectInput {
  articleId: string;
  /** The article as plain text, one paragraph per line (see articles/text.ts htmlToPlainText). */
  text: string;
  /** The article's headline: segment 0 of the project (none when empty or left out). */
  title?: string;
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
  if (input.title && headlineText(input.title)) segments.push(headlineSegment(newSegmentId(segments), input.title));
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
