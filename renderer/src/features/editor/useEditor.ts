// Editor data: one article (read, save, dateline parse, purge of an abandoned empty draft) and its revision
// history. The only module of the editor feature that talks to the api.
import { api, unwrap } from '../../lib/api';

export const articleCalls = unwrap(api.articles, ['diff', 'get', 'parseDateline', 'restore', 'revisions', 'save']);

/** Drops an empty draft the user left without typing (best effort: a failure leaves an empty draft, nothing else). */
export function purgeQuietly(id: string): void {
  void api.articles.purge({ id }).catch(() => {});
}
