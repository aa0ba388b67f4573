// Stand-in for main/core/quotes/repo.ts (QuoteRepo), to test how the export CLI loads quotes by name.
import type { ArticleQuotes } from '../../../preload/contract/models';
import { AppError } from '../../../main/core/errors';

export class QuoteRepo {
  constructor(readonly store: unknown) {}
  async get(articleId: string): Promise<ArticleQuotes> {
    if (articleId === 'none') throw new AppError('quotes.notFound', 'no quotes');
    return { articleId, lang: 'id', speakers: [], quotes: [] };
  }
}
