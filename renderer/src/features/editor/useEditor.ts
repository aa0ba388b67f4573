// Editor data: one article (read, save, dateline parse, purge of an abandoned empty draft) and its revision
// history. The only module of the editor feature that talks to the api.
import { api, call, type ReqOf } from '../../lib/api';

export const articleCalls = {
  diff: (req: ReqOf<typeof api.articles.diff>) => call(api.articles.diff(req)),
  get: (req: ReqOf<typeof api.articles.get>) => call(api.articles.get(req)),
  parseDateline: (req: ReqOf<typeof api.articles.parseDateline>) => call(api.articles.parseDateline(req)),
  restore: (req: ReqOf<typeof api.articles.restore>) => call(api.articles.restore(req)),
  revisions: (req: ReqOf<typeof api.articles.revisions>) => call(api.articles.revisions(req)),
  save: (req: ReqOf<typeof api.articles.save>) => call(api.articles.save(req)),
};

/** Drops an empty draft the user left without typing (best effort: a failure leaves an empty draft, nothing else). */
export function purgeQuietly(id: string): void {
  void api.articles.purge({ id }).catch(() => {});
}
