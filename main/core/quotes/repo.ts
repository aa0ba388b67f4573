// QuoteRepo: one small JSON file per article, quotes/<articleId>.json = {schema: 1, data: ArticleQuotes | null}.
import { safeId } from '../store/ids';
import { ArticleQuotes } from '../../../preload/contract/models';
import { Id } from '../../../preload/contract/define';
import type { DataStore } from '../store/data-store';
import { AppError } from '../errors';

interface QuotesDoc {
  schema: number;
  data: ArticleQuotes | null;
}

export const quotesFile = (articleId: string) => `quotes/${safeId(articleId)}.json`;

function checkId(articleId: string): void {
  if (!Id.safeParse(articleId).success) {
    throw new AppError('quotes.badArticleId', `Not a valid article id: ${articleId}`, { id: articleId });
  }
}

export class QuoteRepo {
  constructor(private readonly store: DataStore) {}

  private doc(articleId: string) {
    checkId(articleId);
    return this.store.doc<QuotesDoc>(quotesFile(articleId), { defaults: () => ({ schema: 1, data: null }) });
  }

  async get(articleId: string): Promise<ArticleQuotes | null> {
    const db = await this.doc(articleId);
    return db.data.data;
  }

  /** Validates, then writes durably; on a failed write memory keeps what the disk holds. */
  async save(q: ArticleQuotes): Promise<void> {
    const parsed = ArticleQuotes.safeParse(q);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError('quotes.invalid', `Quote annotations are not valid: ${issue?.path.join('.')} ${issue?.message}`, {
        path: issue?.path.join('.') ?? '',
      });
    }
    const db = await this.doc(parsed.data.articleId);
    const before = db.data.data;
    db.data.data = parsed.data;
    try {
      await db.write();
    } catch (err) {
      db.data.data = before;
      throw err;
    }
  }
}
