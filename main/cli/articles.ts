// CLI: import a file as a draft, list drafts, show one.
import { ArticleRepo } from '../core/articles/repo';
import { htmlToPlainText } from '../core/articles/text';
import { withStore } from './with-store';
import { UsageError, type CliCommand } from './types';

/** `import` is the name for the full importer (`draft import`): same formats, same output. */
export const importCommand: CliCommand = {
  // Loaded on use: the import pipeline (mammoth, sanitize-html, turndown …) is too heavy for `list` to pay for.
  run: async (args, io) => (await import('./drafts')).draftImportCommand.run(args, io),
  name: 'import',
  usage: 'import FILE(.txt|.md|.html|.docx) [--lang id|en|ko] [--json] [--data DIR]',
  summary: 'Import a file as a new draft; prints its id once the save is durable.',
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
