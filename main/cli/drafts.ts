// CLI over draft import, counts, search and revisions: `draft import|search|count|revisions|diff|restore|sample`.
import { promises as fsp } from 'node:fs';
import { basename } from 'node:path';
import { ArticleRepo } from '../core/articles/repo';
import { countText } from '../core/articles/counts';
import { htmlToPlainText } from '../core/articles/text';
import { importFile, loadSample, type ImportResult } from '../core/import';
import type { SearchQuery, SearchSort } from '../core/articles/search';
import type { Lang } from '../../preload/contract/define';
import { ARTICLE_STATUS_VALUES } from '../../preload/contract/values';
import { choiceFlag, flag, langFlag, type ParsedArgs } from './args';
import { withStore } from './with-store';
import { UsageError, type CliCommand, type CliIO } from './types';

const SORTS: readonly SearchSort[] = ['updated', 'title', 'words', 'relevance'];
const TRASH: readonly NonNullable<SearchQuery['trash']>[] = ['exclude', 'only', 'include'];

function intArg(v: string | undefined, what: string): number {
  const n = Number(v);
  if (!v || !Number.isInteger(n) || n < 1) throw new UsageError(`${what} must be a positive whole number (got "${v ?? ''}")`);
  return n;
}

async function createFrom(args: ParsedArgs, io: CliIO, r: ImportResult): Promise<number> {
  return withStore(args, async (store) => {
    const repo = new ArticleRepo(store);
    const a = await repo.create({ title: r.title, lang: r.lang, dateline: r.dateline, byline: r.byline, body: r.body });
    await repo.flush();
    for (const w of r.warnings) io.err(`Warning: ${w.message}`);
    io.out(args.flags.json ? JSON.stringify({ id: a.id, ...r }, null, 2) : a.id);
    return 0;
  });
}

export const draftImportCommand: CliCommand = {
  name: 'draft import',
  usage: 'draft import FILE(.txt|.md|.html|.docx) [--lang id|en|ko] [--dry-run] [--json] [--data DIR]',
  summary: 'Import a file as a new draft (sanitised; title, dateline and language recognised); prints its id.',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('draft import needs a FILE');
    const r = await importFile(basename(file), await fsp.readFile(file), { lang: langFlag(args) });
    if (args.flags['dry-run']) {
      io.out(JSON.stringify(r, null, 2));
      return 0;
    }
    return createFrom(args, io, r);
  },
};

export const draftSampleCommand: CliCommand = {
  name: 'draft sample',
  usage: 'draft sample [--dry-run] [--json] [--data DIR]',
  summary: 'Add the bundled sample article (MONITOR, Semarang) as a new draft.',
  async run(args, io) {
    const r = await loadSample();
    if (args.flags['dry-run']) {
      io.out(JSON.stringify(r, null, 2));
      return 0;
    }
    return createFrom(args, io, r);
  },
};

export const draftSearchCommand: CliCommand = {
  name: 'draft search',
  usage: 'draft search [QUERY…] [--lang L] [--status S] [--trash exclude|only|include] [--sort updated|title|words|relevance] [--limit N] [--json] [--data DIR]',
  summary: 'Search drafts (case and accents ignored, Hangul by syllable, all words must match).',
  async run(args, io) {
    const q: SearchQuery = { q: args.positional.join(' '), lang: langFlag(args) };
    const status = choiceFlag(args, 'status', ARTICLE_STATUS_VALUES);
    if (status !== undefined) q.status = status;
    const trash = choiceFlag(args, 'trash', TRASH);
    if (trash !== undefined) q.trash = trash;
    const sort = choiceFlag(args, 'sort', SORTS);
    if (sort !== undefined) q.sort = sort;
    if (flag(args, 'limit') !== undefined) q.limit = intArg(flag(args, 'limit'), '--limit');
    return withStore(
      args,
      async (store) => {
        const r = await new ArticleRepo(store).search(q);
        if (args.flags.json) io.out(JSON.stringify(r, null, 2));
        else {
          io.out(`${r.total} found`);
          for (const h of r.hits) io.out(`${h.id}  ${h.lang}  ${h.status.padEnd(14)} ${String(h.words).padStart(6)} w  ${h.title}\n    ${markSnippet(h.snippet, h.snippetHighlights)}`);
        }
        return 0;
      },
      { readOnly: true },
    );
  },
};

function markSnippet(s: string, hs: { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const h of hs) {
    out += `${s.slice(at, h.start)}[${s.slice(h.start, h.end)}]`;
    at = h.end;
  }
  return out + s.slice(at);
}

export const draftCountCommand: CliCommand = {
  name: 'draft count',
  usage: 'draft count (FILE | --id ID) [--lang id|en|ko] [--json] [--data DIR]',
  summary: 'Words, characters with/without spaces and 원고지 (200-character) pages of a file or a draft.',
  async run(args, io) {
    const id = flag(args, 'id');
    const file = args.positional[0];
    if (!id && !file) throw new UsageError('draft count needs a FILE or --id ID');
    const print = (text: string, lang: Lang) => {
      const c = countText(text, lang);
      io.out(args.flags.json ? JSON.stringify({ lang, ...c }) : `${c.words} words, ${c.characters} characters (${c.charactersNoSpaces} without spaces), ${c.manuscriptPages} manuscript pages (${lang})`);
      return 0;
    };
    if (id) {
      return withStore(
        args,
        async (store) => {
          const a = await new ArticleRepo(store).get(id);
          return print(htmlToPlainText(a.body), langFlag(args) ?? a.lang);
        },
        { readOnly: true },
      );
    }
    const r = await importFile(basename(file), await fsp.readFile(file), { lang: langFlag(args) });
    return print(htmlToPlainText(r.body), r.lang);
  },
};

export const draftRevisionsCommand: CliCommand = {
  name: 'draft revisions',
  usage: 'draft revisions ID [--json] [--data DIR]',
  summary: "List a draft's revisions, newest first.",
  async run(args, io) {
    const id = args.positional[0];
    if (!id) throw new UsageError('draft revisions needs an ID');
    return withStore(
      args,
      async (store) => {
        const revs = await new ArticleRepo(store).listRevisions(id);
        if (args.flags.json) io.out(JSON.stringify(revs, null, 2));
        else for (const r of revs) io.out(`${String(r.rev).padStart(4)}  ${r.at}  ${r.reason.padEnd(8)} ${r.status.padEnd(14)} ${r.words} w  ${r.title}`);
        return 0;
      },
      { readOnly: true },
    );
  },
};

export const draftDiffCommand: CliCommand = {
  name: 'draft diff',
  usage: 'draft diff ID FROM_REV TO_REV [--json] [--data DIR]',
  summary: 'Word-level diff between two revisions ([-removed-] {+added+}).',
  async run(args, io) {
    const [id, from, to] = args.positional;
    if (!id) throw new UsageError('draft diff needs an ID and two revision numbers');
    const a = intArg(from, 'FROM_REV');
    const b = intArg(to, 'TO_REV');
    return withStore(
      args,
      async (store) => {
        const parts = await new ArticleRepo(store).diffRevisions(id, a, b);
        if (args.flags.json) io.out(JSON.stringify(parts, null, 2));
        else io.out(parts.map((p) => (p.op === 'equal' ? p.text : p.op === 'delete' ? `[-${p.text}-]` : `{+${p.text}+}`)).join(''));
        return 0;
      },
      { readOnly: true },
    );
  },
};

export const draftRestoreCommand: CliCommand = {
  name: 'draft restore',
  usage: 'draft restore ID REV [--data DIR]',
  summary: 'Bring back a revision as a new revision (the current text stays in history).',
  async run(args, io) {
    const [id, rev] = args.positional;
    if (!id) throw new UsageError('draft restore needs an ID and a revision number');
    const n = intArg(rev, 'REV');
    return withStore(args, async (store) => {
      const repo = new ArticleRepo(store);
      const { revision } = await repo.restoreRevision(id, n);
      await repo.flush();
      io.out(`Restored revision ${n} as revision ${revision.rev}.`);
      return 0;
    });
  },
};

export const draftCommands: CliCommand[] = [
  draftImportCommand,
  draftSampleCommand,
  draftSearchCommand,
  draftCountCommand,
  draftRevisionsCommand,
  draftDiffCommand,
  draftRestoreCommand,
];
