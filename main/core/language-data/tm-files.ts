// The data folder's translation memory as the app uses it: concordance search, TMX import (in the import pool) and export.
import type { DomainContext, RequestOf } from '../context';
import { importPool } from '../pool';
import { translationMemory } from '../services';
import { importTask } from '../tasks';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const stamp = () => new Date().toISOString().slice(0, 10);

export async function concordance(ctx: DomainContext, { phrase, from, to, side }: RequestOf<'tm.concordance'>) {
  return (await translationMemory(ctx).concordance(phrase, { from, to, side: side ?? 'source', limit: 50 })).map((h) => ({
    unit: { ...h.unit },
    ranges: h.ranges,
  }));
}

/** Parsed in the import pool; cancellable until the units are being stored (then it completes: no half import). */
export function importTmx(ctx: DomainContext, { name, dataBase64, taskId }: RequestOf<'tm.importTmx'>) {
  return importTask(ctx, taskId, async (signal, progress) => {
    progress(0, 1, 'parse');
    const parsed = await importPool().run('tm.parseTmx', [dataBase64], { signal });
    const r = await translationMemory(ctx).importParsed(parsed, { origin: `tmx:${name}`, progress: (d, t) => progress(d, t, 'save') });
    return { imported: r.imported, skipped: r.skipped };
  });
}

export async function exportTmx(ctx: DomainContext, { from, to }: RequestOf<'tm.exportTmx'>) {
  return {
    fileName: `redaksi-tm-${from}-${to}-${stamp()}.tmx`,
    mime: 'application/x-tmx+xml',
    dataBase64: b64(await translationMemory(ctx).exportTmx({ from, to })),
  };
}
