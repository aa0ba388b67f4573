// CLI: import a text file as a draft, list drafts, show one.
import { promises as fsp } from 'node:fs';
import { basename, extname } from 'node:path';
import { ArticleRepo } from '../core/articles/repo';
import { htmlToPlainText, plainTextToHtml } from '../core/articles/text';
import { flag, type ParsedArgs } from './args';
import { withStore } from './with-store';
import { UsageError, type CliCommand, type CliIO } from './types';
import type { Lang } from '../../preload/contract/define';

const LANGS = ['id', 'en', 'ko'];

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import FILE.txt [--lang id|en|ko] [--data DIR]',
  summary: 'Import a text file as a new draft; prints its id once the save is durable.',
  async run(args: ParsedArgs, io: CliIO) {
    const file = args.positional[0];
    if (!file) throw new UsageError('import needs a FILE');
    const lang = flag(args, 'lang') ?? 'id';
    if (!LANGS.includes(lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')} (got "${lang}")`);
    const text = await fsp.readFile(file, 'utf8');
    const lines = text.split(/\r?\n/).filter((l) => l.trim());
    return withStore(args, async (store) => {
      const repo = new ArticleRepo(store);
      const a = await repo.create({
        title: basename(file, extname(file)),
        lang: lang as Lang,
        body: plainTextToHtml(lines.join('\n')),
      });
      await repo.flush();
      io.out(a.id);
      return 0;
    });
  },
};

export const listCommand: CliCommand = {
  name: 'list',
  usage: 'list [--json] [--data DIR]',
  summary: 'List drafts (newest first).',
  async run(args, io) {
    return withStore(
      args,
      async (store) => {
        const items = (await new ArticleRepo(store).list()).filter((a) => !a.deletedAt);
        if (args.flags.json) io.out(JSON.stringify(items, null, 2));
        else if (!items.length) io.out('No drafts.');
        else for (const a of items) io.out(`${a.id}  ${a.lang}  ${a.status.padEnd(14)} ${a.wordCount} w  ${a.title}`);
        return 0;
      },
      { readOnly: true },
    );
  },
};

export const showCommand: CliCommand = {
  name: 'show',
  usage: 'show ID [--json] [--data DIR]',
  summary: 'Show one draft.',
  async run(args, io) {
    const id = args.positional[0];
    if (!id) throw new UsageError('show needs an ID');
    return withStore(
      args,
      async (store) => {
        const a = await new ArticleRepo(store).get(id);
        if (args.flags.json) io.out(JSON.stringify(a, null, 2));
        else io.out(`${a.title}\n${[a.dateline.outlet, a.dateline.place].filter(Boolean).join(', ')}\n\n${htmlToPlainText(a.body)}`);
        return 0;
      },
      { readOnly: true },
    );
  },
};
