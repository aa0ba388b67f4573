// Starts the translation of a stored article: the one place the app, the CLI and exports create a project.
import type { Lang } from '../../../preload/contract/define';
import type { TranslationProject } from '../../../preload/contract/models';
import type { Article } from '../../../preload/contract/common';
import { htmlToPlainText } from '../articles/text';
import type { ProjectRepo } from './repo';

export function createProjectForArticle(
  repo: ProjectRepo,
  article: Pick<Article, 'id' | 'body' | 'lang' | 'title'>,
  targetLang: Lang,
  pivotLang: Lang | null,
): Promise<TranslationProject> {
  // The headline is segment 0 (headline.ts), so it is translated, kept in the TM and checked like the body.
  return repo.create({
    articleId: article.id,
    text: htmlToPlainText(article.body),
    title: article.title,
    sourceLang: article.lang,
    targetLang,
    pivotLang,
  });
}
