// Exporting as the app does it: the export dialog's context, file name, preview, saving into the export folder
// (and marking the draft exported), XLIFF coming back, and the batch zip.
import type { ExportOptionsReq } from '../../../preload/contract/export';
import type { DomainContext, RequestOf } from '../context';
import { AppError } from '../errors';
import { importPool } from '../pool';
import type { JobResult } from '../pool/jobs';
import type { TranslationProject } from '../../../preload/contract/models';
import { updateProject } from '../translate/project-lock';
import { exportedPaths as written, projectRepo as projects, quoteRepo } from '../services';
import { importTask } from '../tasks';
import { exportBatch } from './batch';
import { DEFAULT_FILE_NAME_TEMPLATE, exportDocument, previewExport, type ExportOptions } from './index';
import { loadExportInput, markExported, numberWarnings, PUBLISHING, readQuotes, type LoadDeps } from './load';
import { saveExportFile } from './save-file';

type Ctx = DomainContext;

function deps(ctx: Ctx): LoadDeps {
  return { articles: ctx.articles, projects: projects(ctx), quotes: quoteRepo(ctx) };
}

async function writeOut(ctx: Ctx, fileName: string, data: string | Uint8Array): Promise<string> {
  const path = await saveExportFile(ctx.exportDir, fileName, data);
  written(ctx).add(path);
  return path;
}

const toOptions = (o: ExportOptionsReq): ExportOptions => ({ ...o, title: o.title?.trim() || undefined });

async function inputFor(ctx: Ctx, id: string, o: ExportOptionsReq) {
  return loadExportInput(deps(ctx), id, { format: o.format, lang: o.lang, withAnnotations: o.withAnnotations });
}

export async function exportContext(ctx: Ctx, { id }: RequestOf<'export.context'>) {
  const article = await ctx.articles.get(id);
  const list = await projects(ctx).listForArticle(id);
  const q = await readQuotes(deps(ctx).quotes, id);
  return {
    article: { id: article.id, title: article.title, lang: article.lang, status: article.status },
    projects: list.map((p) => ({
      id: p.id,
      sourceLang: p.sourceLang,
      targetLang: p.targetLang,
      pivotLang: p.pivotLang,
      segments: p.segments.length,
      approved: p.segments.filter((s) => s.status === 'approved').length,
      untranslated: p.segments.filter((s) => !s.target.trim()).length,
    })),
    quotes: q === 'unavailable' ? null : (q?.quotes.filter((x) => x.status !== 'rejected').length ?? 0),
    defaultTemplate: DEFAULT_FILE_NAME_TEMPLATE,
  };
}

export async function exportFileName(ctx: Ctx, { id, options }: RequestOf<'export.fileName'>) {
  const input = await inputFor(ctx, id, options);
  // previewExport names the file exactly as the export will (translated headline, language pair …).
  const p = await previewExport(input, toOptions(options));
  return { fileName: p.fileName };
}

export async function exportPreview(ctx: Ctx, { id, options }: RequestOf<'export.preview'>) {
  const input = await inputFor(ctx, id, options);
  const p = await previewExport(input, toOptions(options));
  return { html: p.html, fileName: p.fileName, warnings: numberWarnings(p.warnings, input.project) };
}

export async function saveExport(ctx: Ctx, { id, options, markExported: mark }: RequestOf<'export.save'>) {
  const input = await inputFor(ctx, id, options);
  const r = await exportDocument(input, toOptions(options));
  const path = await writeOut(ctx, r.fileName, typeof r.data === 'string' ? r.data : new Uint8Array(r.data));
  let status = input.article.status;
  let revision: number | null = null;
  if (mark && PUBLISHING.includes(options.format)) {
    const m = await markExported(ctx.articles, id);
    status = m.status;
    revision = m.revision;
    ctx.emit('articles.changed', { id });
  }
  const data = typeof r.data === 'string' ? Buffer.from(r.data, 'utf8') : r.data;
  return {
    path,
    fileName: r.fileName,
    mime: r.mime,
    dataBase64: data.toString('base64'),
    warnings: numberWarnings(r.warnings, input.project),
    status,
    revision,
  };
}

export async function showInFolder(ctx: Ctx, { path }: RequestOf<'export.showInFolder'>) {
  if (!written(ctx).has(path)) throw new AppError('export.notWritten', `Not a file this session exported: ${path}`, { path });
  ctx.showItemInFolder(path);
  return { ok: true as const };
}

/**
 * Parsed and matched in the import pool; cancellable until the project is saved. Matched against the project as it
 * is after the file was read, inside the project lock, so an edit made meanwhile is neither lost nor overwritten.
 */
export async function importXliff(ctx: Ctx, { projectId, dataBase64, taskId }: RequestOf<'export.importXliff'>) {
  await projects(ctx).get(projectId); // an unknown project fails before any work starts
  let project!: TranslationProject;
  const r = await importTask(ctx, taskId, async (signal, progress) => {
    progress(0, 1, 'parse');
    let res!: JobResult<'xliff.import'>;
    await updateProject(ctx, projectId, async (current) => {
      project = current;
      res = await importPool().run('xliff.import', [dataBase64, current], { signal });
      progress(1, 1, 'save');
      return res.changed.length ? res.project : current;
    });
    return res;
  });
  const pos = new Map(project.segments.map((s, i) => [s.id, i + 1]));
  return {
    segments: project.segments.length,
    targets: r.changed.filter((c) => c.fields.includes('target')).length,
    states: r.changed.filter((c) => c.fields.includes('status')).length,
    changed: r.changed.map((c) => ({ segmentId: c.segmentId, number: pos.get(c.segmentId) ?? null, fields: c.fields })),
    rejected: r.rejected.map((x) => ({ ...x, number: pos.get(x.segmentId) ?? null })),
  };
}

export async function exportBatchZip(ctx: Ctx, { ids, format, taskId, fileNameTemplate, markExported: mark }: RequestOf<'export.batch'>) {
  const d = deps(ctx);
  const r = await ctx.tasks.run(taskId, (signal, progress) =>
    exportBatch(d, ids, { format, fileNameTemplate, markExported: mark }, signal, progress),
  );
  if (mark) for (const f of r.files) ctx.emit('articles.changed', { id: f.id });
  const path = !r.cancelled && r.files.length ? await writeOut(ctx, r.fileName, new Uint8Array(r.zip)) : '';
  return {
    path,
    cancelled: r.cancelled,
    fileName: r.fileName,
    mime: 'application/zip',
    dataBase64: r.zip.toString('base64'),
    files: r.files,
    failed: r.failed,
  };
}
