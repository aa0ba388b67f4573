// The data folder's glossary as the app uses it: edit entries, import a file (in the import pool), export a file.
import type { DomainContext, RequestOf } from '../context';
import { AppError } from '../errors';
import { importPool } from '../pool';
import { glossaryRepo } from '../services';
import { importTask } from '../tasks';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const stamp = () => new Date().toISOString().slice(0, 10);

export async function removeEntry(ctx: DomainContext, { id }: RequestOf<'glossary.remove'>) {
  await glossaryRepo(ctx).remove(id);
  return { ok: true as const };
}

export function importGlossary(ctx: DomainContext, { name, dataBase64, mode, pair, taskId }: RequestOf<'glossary.import'>) {
  return importTask(ctx, taskId, async (signal, progress) => {
    progress(0, 1, 'parse');
    const parsed = await importPool().run('glossary.parse', [name, dataBase64, pair], { signal });
    progress(1, 1, 'save');
    return glossaryRepo(ctx).importParsed(parsed, mode ?? 'merge');
  });
}

export async function exportGlossary(ctx: DomainContext, { format, pair }: RequestOf<'glossary.export'>) {
  const repo = glossaryRepo(ctx);
  if (format === 'csv') return { fileName: `redaksi-glossary-${stamp()}.csv`, mime: 'text/csv', dataBase64: b64('\uFEFF' + (await repo.exportCsv())) };
  if (format === 'omegat') {
    if (!pair) throw new AppError('glossary.pairNeeded', 'An OmegaT glossary holds one language pair: open it from a translation.');
    // .utf8: OmegaT reads that extension as UTF-8 whatever the system encoding.
    return { fileName: `redaksi-glossary-${pair.from}-${pair.to}-${stamp()}.utf8`, mime: 'text/plain', dataBase64: b64(await repo.exportOmegaT(pair.from, pair.to)) };
  }
  const version = format === 'tbx2019' ? '2019' : '2008';
  return { fileName: `redaksi-glossary-${stamp()}${version === '2019' ? '-2019' : ''}.tbx`, mime: 'application/x-tbx+xml', dataBase64: b64(await repo.exportTbx(version)) };
}
