// Handlers for the export channels: context, file name, preview, save, XLIFF import back, batch zip.
import type { HandlerMap } from '../dispatch';
import type { AppContext } from '../context';
import { DEFAULT_FILE_NAME_TEMPLATE, exportDocument, previewExport, type ExportOptions } from '../core/export';
import { exportBatch } from '../core/export/batch';
import { loadExportInput, markExported, numberWarnings, PUBLISHING, readQuotes, type LoadDeps } from '../core/export/load';
import { QuoteRepo } from '../core/quotes/repo';
import { ProjectRepo } from '../core/translate/repo';
import { importPool } from '../core/pool';
import { importTask } from './import-task';
import { saveExportFile } from '../core/export/save-file';
import { AppError } from '../core/errors';
import type { ExportOptionsReq } from '../../preload/contract/export';

type ExportHandlers = Pick<
  HandlerMap,
  `export.${'context' | 'fileName' | 'preview' | 'save' | 'showInFolder' | 'importXliff' | 'batch'}`
>;

const projects = (ctx: AppContext) => ctx.service('projects', () => new ProjectRepo(ctx.store));

function deps(ctx: AppContext): LoadDeps {
  return { articles: ctx.articles, projects: projects(ctx), quotes: ctx.service('quotes', () => new QuoteRepo(ctx.store)) };
}

/** Paths this session wrote: "Show in folder" opens only these. */
const written = (ctx: AppContext) => ctx.service('export.written', () => new Set<string>());

async function writeOut(ctx: AppContext, fileName: string, data: string | Uint8Array): Promise<string> {
  const path = await saveExportFile(ctx.exportDir, fileName, data);
  written(ctx).add(path);
  return path;
}

const toOptions = (o: ExportOptionsReq): ExportOptions => ({ ...o, title: o.title?.trim() || undefined });

async function inputFor(ctx: AppContext, id: string, o: ExportOptionsReq) {
  return loadExportInput(deps(ctx), id, { format: o.format, lang: o.lang, withAnnotations: o.withAnnotations });
}

export const exportHandlers: ExportHandlers = {
  'export.context': async ({ id }, ctx) => {
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
  },

  'export.fileName': async ({ id, options }, ctx) => {
    const input = await inputFor(ctx, id, options);
    // previewExport names the file exactly as the export will (translated headline, language pair …).
    const p = await previewExport(input, toOptions(options));
    return { fileName: p.fileName };
  },

  'export.preview': async ({ id, options }, ctx) => {
    const input = await inputFor(ctx, id, options);
    const p = await previewExport(input, toOptions(options));
    return { html: p.html, fileName: p.fileName, warnings: numberWarnings(p.warnings, input.project) };
  },

  'export.save': async ({ id, options, markExported: mark }, ctx) => {
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
  },

  'export.showInFolder': async ({ path }, ctx) => {
    if (!written(ctx).has(path)) throw new AppError('export.notWritten', `Not a file this session exported: ${path}`, { path });
    ctx.showItemInFolder(path);
    return { ok: true as const };
  },

  // Parsed and matched in the import pool; cancellable until the project is saved.
  'export.importXliff': async ({ projectId, dataBase64, taskId }, ctx) => {
    const repo = projects(ctx);
    const project = await repo.get(projectId);
    const r = await importTask(ctx, taskId, async (signal, progress) => {
      progress(0, 1, 'parse');
      const res = await importPool().run('xliff.import', [dataBase64, project], { signal });
      progress(1, 1, 'save');
      if (res.changed.length) await repo.save(res.project);
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
  },

  'export.batch': async ({ ids, format, taskId, fileNameTemplate, markExported: mark }, ctx) => {
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
  },
};
