// CLI: `export ID --format F [--lang L] [--out PATH]` — one export of a draft (or its translation) to a file.
import { promises as fsp } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleQuotes, TranslationProject } from '../../preload/contract/models';
import { ArticleRepo } from '../core/articles/repo';
import { EXPORT_FORMATS, exportDocument, formatInfo, type ExportFormat, type ExportOptions } from '../core/export';
import { pickProject, PUBLISHING, readQuotes } from '../core/export/load';
import { QuoteRepo } from '../core/quotes/repo';
import { atomicWriteFile } from '../core/store/atomic-write';
import { ProjectRepo } from '../core/translate/repo';
import { createProjectForArticle } from '../core/translate/for-article';
import type { Lang } from '../../preload/contract/define';
import { flag, langFlag, requiredChoice, type ParsedArgs } from './args';
import { withStore } from './with-store';
import { UsageError, type CliCommand, type CliIO } from './types';

/** Formats that are useful with empty targets (to translate elsewhere, or to review): they start a missing project. */
const CREATES_PROJECT: ExportFormat[] = ['xliff', 'bilingual-docx', 'bilingual-html'];

/** A flag without a value, or given as --flag=yes/no. */
function bool(args: ParsedArgs, name: string): boolean | undefined {
  const v = args.flags[name];
  if (v === undefined) return undefined;
  if (v === true) return true;
  if (/^(false|no|0|off)$/i.test(v)) return false;
  if (/^(true|yes|1|on)$/i.test(v)) return true;
  throw new UsageError(`--${name} takes no value (got "${v}")`);
}

/** The project core's export picks; from the command line, an ambiguous choice asks for --lang instead of guessing. */
function projectFor(projects: TranslationProject[], articleLang: Lang, lang: Lang | undefined, format: ExportFormat) {
  if ((!lang || lang === articleLang) && formatInfo(format).needs === 'project' && projects.length > 1) {
    throw new UsageError(`article has ${projects.length} translations (${projects.map((p) => p.targetLang).join(', ')}): pick one with --lang`);
  }
  return pickProject(projects, articleLang, lang);
}

async function outPath(out: string | undefined, fileName: string): Promise<string> {
  if (!out) return resolve(fileName);
  const stat = await fsp.stat(out).catch(() => null);
  if (stat?.isDirectory() || /[\\/]$/.test(out)) {
    await fsp.mkdir(out, { recursive: true });
    return resolve(join(out, fileName));
  }
  return resolve(out);
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: `export ID --format ${EXPORT_FORMATS.join('|')} [--lang id|en|ko] [--out FILE|DIR/] [--annotations] [--include-unapproved|--approved-only] [--pivot] [--title T] [--template T] [--mark-exported] [--json] [--data DIR]`,
  summary: 'Export a draft or its translation (--mark-exported also sets status "exported" and records it in history).',
  async run(args: ParsedArgs, io: CliIO) {
    const id = args.positional[0];
    if (!id) throw new UsageError('export needs an article ID');
    const format = requiredChoice(args, 'format', EXPORT_FORMATS);
    const lang = langFlag(args);
    const include = bool(args, 'include-unapproved');
    const approvedOnly = bool(args, 'approved-only');
    // Every confirmed target (translated and later) by default; --approved-only narrows. Drafts never export.
    const includeUnapproved = include ?? !approvedOnly;

    return withStore(args, async (store) => {
      const articles = new ArticleRepo(store);
      const article = await articles.get(id);
      const projects = await new ProjectRepo(store).listForArticle(id);
      let project = projectFor(projects, article.lang, lang, format);
      // A review format asked for a language with no translation yet: start one (every target empty), as the app does.
      if (!project && lang && lang !== article.lang && CREATES_PROJECT.includes(format)) {
        project = await createProjectForArticle(new ProjectRepo(store), article, lang, null);
        io.err(`created translation project ${project.id} (${article.lang} → ${lang}, no targets yet)`);
      }
      // XLIFF 1.2 carries quotes as notes when the article has them; quote sheets and --annotations need them.
      const wantsQuotes = formatInfo(format).needs === 'quotes' || format === 'xliff12' || !!bool(args, 'annotations');
      const q = wantsQuotes ? await readQuotes(new QuoteRepo(store), id) : null;
      const quotes: ArticleQuotes | null = q === 'unavailable' ? null : q;
      const options: ExportOptions = {
        format,
        lang,
        withAnnotations: !!bool(args, 'annotations'),
        includeUnapproved,
        withPivot: !!bool(args, 'pivot'),
        title: flag(args, 'title'),
        fileNameTemplate: flag(args, 'template'),
      };
      const result = await exportDocument({ article, project, quotes }, options);
      const file = await outPath(flag(args, 'out'), result.fileName);
      await atomicWriteFile(file, typeof result.data === 'string' ? result.data : new Uint8Array(result.data));
      // Exporting leaves the draft as it is unless asked: a test export is not a publication.
      if (bool(args, 'mark-exported') && PUBLISHING.includes(format)) {
        if (article.status !== 'exported') await articles.save(id, { status: 'exported' });
        await articles.markRevision(id, 'export');
        await articles.flush();
      }
      for (const w of result.warnings) {
        io.err(`warning: ${w.code}${w.segmentIds.length ? `: ${w.segmentIds.join(', ')}` : ''}`);
      }
      const bytes = typeof result.data === 'string' ? Buffer.byteLength(result.data) : result.data.length;
      if (args.flags.json) io.out(JSON.stringify({ file, mime: result.mime, bytes, warnings: result.warnings }));
      else io.out(file);
      return 0;
    });
  },
};
