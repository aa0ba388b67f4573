// Library data: search, create, sample, import, duplicate, trash, and the 'articles.changed' event. The only
// module of the library feature that talks to the api.
import { api, call, type ReqOf } from '../../lib/api';

export const articleCalls = {
  create: (req: ReqOf<typeof api.articles.create>) => call(api.articles.create(req)),
  duplicate: (req: ReqOf<typeof api.articles.duplicate>) => call(api.articles.duplicate(req)),
  search: (req: ReqOf<typeof api.articles.search>) => call(api.articles.search(req)),
  emptyTrash: (req: ReqOf<typeof api.articles.emptyTrash>) => call(api.articles.emptyTrash(req)),
  importFile: (req: ReqOf<typeof api.articles.importFile>) => call(api.articles.importFile(req)),
  importPaste: (req: ReqOf<typeof api.articles.importPaste>) => call(api.articles.importPaste(req)),
  sample: (req: ReqOf<typeof api.articles.sample>) => call(api.articles.sample(req)),
  trash: (req: ReqOf<typeof api.articles.trash>) => call(api.articles.trash(req)),
};

/** Calls `listener` whenever main reports a changed article; returns the unsubscribe function. */
export function onArticlesChanged(listener: (e: { id: string }) => void): () => void {
  return api.on('articles.changed', listener);
}
