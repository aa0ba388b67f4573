// Export area: the one entry point (exportDocument / previewExport) over every format; public API below.
//
// Public API (plain data in, plain data out; a thin IPC handler can call these directly):
//   exportDocument(input: ExportInput, options: ExportOptions): Promise<ExportResult>
//       input   = { article: Article, project?: TranslationProject | null, quotes?: ArticleQuotes | null }
//       options = { format: ExportFormat, lang?: Lang, withAnnotations?: boolean, includeUnapproved?: boolean,
//                   unapprovedFallback?: 'source' | 'empty', withPivot?: boolean, title?: string,
//                   fileNameTemplate?: string (default "{date}-{slug}-{lang}.{ext}"), now?: Date }
//       result  = { fileName, mime, data: Buffer | string, warnings: { code, segmentIds }[] }
//       formats = docx pdf html md txt bilingual-docx bilingual-html quotes-csv quotes-docx ninjs tmx xliff xliff12
//       warning codes = segment.untranslated, segment.unapproved, quote.unanchored, title.untranslated
//   previewExport(input, options): Promise<{ html, fileName, warnings }>   a standalone, CSP-locked HTML page
//   formatInfo(format): { ext, mime, needs: 'project' | 'quotes' | null }
//   EXPORT_FORMATS, DEFAULT_FILE_NAME_TEMPLATE, renderFileName(template, vars), slugify(title),
//   validateNinjs(doc): { valid, errors }, setResourcesDir(dir) (packaged app: where fonts/ and schemas/ live)
//
// Translations: options.lang = the project's target (or pivot) language exports the translation. Only
// confirmed targets (translated, reviewed, approved) export; drafts never do. With
// includeUnapproved=false a target whose status is not "approved" is left out too and its SOURCE sentence is
// printed in its place (unapprovedFallback 'source', the default) or nothing ('empty'); either way the
// segment ids come back in warnings. The headline is segment 0 (headline: true): its usable target is the
// title (options.title overrides; without either the source headline stays and 'title.untranslated' is
// returned). Inline formatting of
// the source (bold, links) does not survive into a translation: segments are plain text.
// Quote comments (DOCX, withAnnotations) are placed on the source copy only: anchors are source offsets.
// Errors (AppError, texts in resources/locales/*/errors-export.json): export.noTranslation,
// export.projectMismatch, export.noProject, export.nothingConfirmed / export.nothingApproved (no usable target), export.noQuotes, export.badTemplate, export.unknownFormat,
// export.ninjsInvalid, export.resourceMissing, export.notAvailable (CLI).
import { FORMAT_NEEDS } from '../../../preload/contract/values';
import { AppError } from '../errors';
import { bilingualTable, renderBilingualDocx, renderBilingualHtml } from './bilingual';
import { assertSomethingToExport, resolveContent, sideFor, sourceModel, translationWarnings } from './content';
import { renderDocx } from './docx';
import { DEFAULT_FILE_NAME_TEMPLATE, isoDate, renderFileName, slugify } from './filename';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import type { DocModel } from './model';
import { renderNinjs } from './ninjs';
import { renderPdf } from './pdf';
import { preformattedPage, quoteRowsPage } from './preview';
import { quoteRows, renderQuotesCsv, renderQuotesDocx } from './quote-sheet';
import { renderText } from './text';
import { renderProjectTmx } from './tmx-render';
import { exportXliff, exportXliff12 } from '../xliff';
import type { ExportFormat, ExportInput, ExportOptions, ExportResult, ExportWarning } from './types';

export * from './types';
export { DEFAULT_FILE_NAME_TEMPLATE, renderFileName, slugify } from './filename';
export { validateNinjs } from './ninjs-validate';
export { setResourcesDir } from './resources';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const INFO: Record<ExportFormat, { ext: string; mime: string }> = {
  docx: { ext: 'docx', mime: DOCX_MIME },
  pdf: { ext: 'pdf', mime: 'application/pdf' },
  html: { ext: 'html', mime: 'text/html; charset=utf-8' },
  md: { ext: 'md', mime: 'text/markdown; charset=utf-8' },
  txt: { ext: 'txt', mime: 'text/plain; charset=utf-8' },
  'bilingual-docx': { ext: 'docx', mime: DOCX_MIME },
  'bilingual-html': { ext: 'html', mime: 'text/html; charset=utf-8' },
  'quotes-csv': { ext: 'csv', mime: 'text/csv; charset=utf-8' },
  'quotes-docx': { ext: 'docx', mime: DOCX_MIME },
  ninjs: { ext: 'json', mime: 'application/json' },
  tmx: { ext: 'tmx', mime: 'application/x-tmx+xml' },
  xliff: { ext: 'xlf', mime: 'application/xliff+xml' },
  xliff12: { ext: 'xlf', mime: 'application/xliff+xml' },
};

export function formatInfo(format: ExportFormat) {
  const info = INFO[format];
  if (!info) throw new AppError('export.unknownFormat', `Unknown export format "${format}".`, { format });
  return { ...info, needs: FORMAT_NEEDS[format] };
}

function requireProject(input: ExportInput, format: ExportFormat) {
  if (!input.project) {
    throw new AppError('export.noProject', `The ${format} export needs a translation project for article ${input.article.id}.`, {
      format,
      articleId: input.article.id,
    });
  }
  sideFor(input, undefined); // checks the project belongs to the article
  return input.project;
}

function requireQuotes(input: ExportInput, format: ExportFormat) {
  if (!input.quotes) {
    throw new AppError('export.noQuotes', `The ${format} export needs the article's quote annotations.`, {
      format,
      articleId: input.article.id,
    });
  }
  return input.quotes;
}

function fileName(input: ExportInput, options: ExportOptions, title: string, lang: string): string {
  const now = options.now ?? new Date();
  const { ext } = formatInfo(options.format);
  return renderFileName(options.fileNameTemplate || DEFAULT_FILE_NAME_TEMPLATE, {
    date: isoDate(now),
    slug: slugify(title) || input.article.id,
    lang,
    ext,
    id: input.article.id,
    format: options.format,
  });
}

interface Rendered {
  data: Buffer | string;
  title: string;
  lang: string;
  warnings: ExportWarning[];
}

async function render(input: ExportInput, options: ExportOptions): Promise<Rendered> {
  const now = options.now ?? new Date();
  const f = options.format;
  if (f === 'bilingual-docx' || f === 'bilingual-html') {
    const project = requireProject(input, f);
    const table = bilingualTable(input.article, project, options);
    const warnings = translationWarnings(project, 'target');
    const data = f === 'bilingual-html' ? renderBilingualHtml(table) : await renderBilingualDocx(table);
    return { data, title: input.article.title, lang: `${project.sourceLang}-${project.targetLang}`, warnings };
  }
  if (f === 'quotes-csv' || f === 'quotes-docx') {
    const quotes = requireQuotes(input, f);
    const data = f === 'quotes-csv' ? renderQuotesCsv(quoteRows(quotes)) : await renderQuotesDocx(input.article, quotes);
    return { data, title: input.article.title, lang: quotes.lang, warnings: [] };
  }
  if (f === 'xliff') {
    // The whole project travels (every status): XLIFF is for another CAT tool, not for publication.
    const project = requireProject(input, f);
    const data = exportXliff(project, { articleTitle: input.article.title });
    return { data, title: input.article.title, lang: `${project.sourceLang}-${project.targetLang}`, warnings: translationWarnings(project, 'target') };
  }
  if (f === 'xliff12') {
    // XLIFF 1.2 for OmegaT / translate-toolkit: the headline travels as a unit, quotes as notes.
    const project = requireProject(input, f);
    const data = exportXliff12(project, { articleTitle: input.article.title, headlineTarget: options.title, quotes: input.quotes });
    return { data, title: input.article.title, lang: `${project.sourceLang}-${project.targetLang}`, warnings: translationWarnings(project, 'target') };
  }
  if (f === 'tmx') {
    const project = requireProject(input, f);
    assertSomethingToExport(project, options);
    const data = renderProjectTmx(project, options);
    const warnings = translationWarnings(project, 'target');
    return { data, title: input.article.title, lang: `${project.sourceLang}-${project.targetLang}`, warnings };
  }
  const content = resolveContent(input, options);
  const m = content.model;
  const warnings = [...content.warnings];
  let data: Buffer | string;
  switch (f) {
    case 'docx': {
      const r = await renderDocx(m, { quotes: content.side === 'source' ? input.quotes : null, withAnnotations: options.withAnnotations, now });
      if (r.unanchored.length) warnings.push({ code: 'quote.unanchored', segmentIds: r.unanchored });
      data = r.data;
      break;
    }
    case 'pdf':
      data = await renderPdf(m, { now });
      break;
    case 'html':
      data = renderHtml(m);
      break;
    case 'md':
      data = renderMarkdown(m);
      break;
    case 'txt':
      data = renderText(m);
      break;
    case 'ninjs':
      data = renderNinjs(ninjsInput(input, options, content.side, m, content.source));
      break;
    default:
      throw new AppError('export.unknownFormat', `Unknown export format "${f}".`, { format: f });
  }
  return { data, title: m.title, lang: m.lang, warnings };
}

function ninjsInput(input: ExportInput, options: ExportOptions, side: 'source' | 'target' | 'pivot', main: DocModel, source: DocModel) {
  const { article, project } = input;
  const versionCreated = side === 'source' || !project ? article.updatedAt : project.updatedAt;
  const others: { model: DocModel; role: 'original' | 'translation'; versionCreated: string }[] = [];
  if (side !== 'source') others.push({ model: source, role: 'original', versionCreated: article.updatedAt });
  else if (project) {
    const t = resolveContent(input, { ...options, title: undefined, lang: project.targetLang });
    others.push({ model: t.model, role: 'translation', versionCreated: project.updatedAt });
  }
  return { article, main, mainRole: side === 'source' ? ('original' as const) : ('translation' as const), others, versionCreated };
}

/** Renders one export. Throws AppError (export.*) for what the user can fix: missing project, bad template… */
export async function exportDocument(input: ExportInput, options: ExportOptions): Promise<ExportResult> {
  const info = formatInfo(options.format);
  const r = await render(input, options);
  return { fileName: fileName(input, options, r.title, r.lang), mime: info.mime, data: r.data, warnings: r.warnings };
}

export interface ExportPreview {
  /** A standalone HTML page (strict CSP, no script) showing what the export will contain. */
  html: string;
  fileName: string;
  warnings: ExportWarning[];
}

/**
 * A preview for every format: HTML-like formats as themselves, DOCX and PDF as the HTML rendering of the
 * same model, text formats (md, txt, csv, ninjs, tmx) as their literal text or a table.
 */
export async function previewExport(input: ExportInput, options: ExportOptions): Promise<ExportPreview> {
  const f = options.format;
  const asHtml = f === 'docx' || f === 'pdf' ? 'html' : f === 'bilingual-docx' ? 'bilingual-html' : f;
  const r = await render(input, { ...options, format: asHtml });
  const name = fileName(input, options, r.title, r.lang);
  if (asHtml === 'html' || asHtml === 'bilingual-html') return { html: String(r.data), fileName: name, warnings: r.warnings };
  if (f === 'quotes-csv' || f === 'quotes-docx') {
    return { html: quoteRowsPage(input.article.title, input.article.lang, quoteRows(requireQuotes(input, f))), fileName: name, warnings: r.warnings };
  }
  const lang = r.lang.split('-')[0];
  return { html: preformattedPage(r.title, lang, String(r.data)), fileName: name, warnings: r.warnings };
}

export { sourceModel };
