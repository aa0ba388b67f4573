// Importing into the library: a file or a paste parsed in the import pool (never on this thread), then a new draft.
import type { DomainContext, RequestOf } from '../context';
import type { ImportResult } from '../import/types';
import { importPool } from '../pool';
import { primeBodyStats } from '../pool/sanitise-body';
import { importTask } from '../tasks';
import { checkBytes } from '../import/limits';
import { loadSample } from '../import/sample';

type Ctx = Pick<DomainContext, 'articles' | 'emit' | 'tasks' | 'harness' | 'importDelayMs'>;

async function createFromImport(ctx: Ctx, r: ImportResult, langChosen: boolean) {
  const article = await ctx.articles.create({
    title: r.title,
    lang: r.lang,
    dateline: r.dateline,
    byline: r.byline,
    body: r.body,
  });
  ctx.emit('articles.changed', { id: article.id });
  return { article, detectedLang: r.lang, langConfidence: r.langConfidence, langChosen, format: r.format, warnings: r.warnings };
}

/** Cancelling ends the parse and creates nothing. */
export function importArticleFile(ctx: Ctx, { name, dataBase64, lang, taskId }: RequestOf<'articles.importFile'>) {
  // Size first (base64 is 4/3 of the bytes), so an oversized file is refused before it is decoded.
  checkBytes(Math.floor((dataBase64.length * 3) / 4));
  return importTask(ctx, taskId, async (signal, progress) => {
    progress(0, 1, 'parse');
    const r = await importPool().run('import.file', [name, dataBase64, { lang }], { signal });
    progress(1, 1, 'save');
    await primeBodyStats(r.body);
    return createFromImport(ctx, r, lang !== undefined);
  });
}

export function importArticlePaste(ctx: Ctx, { html, text, lang, taskId }: RequestOf<'articles.importPaste'>) {
  return importTask(ctx, taskId, async (signal, progress) => {
    progress(0, 1, 'parse');
    const r = await importPool().run('import.paste', [{ html, text }, { lang }], { signal });
    progress(1, 1, 'save');
    await primeBodyStats(r.body);
    return createFromImport(ctx, r, lang !== undefined);
  });
}

export async function importSample(ctx: Ctx) {
  return createFromImport(ctx, await loadSample(), false);
}
