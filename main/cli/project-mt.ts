// CLI: `project pretranslate PROJECT` — TM first, then MT drafts from the engines on the command line; progress on stderr.
import { createEngine, pretranslate, type MtEngine } from '../core/mt';
import { TranslationMemory } from '../core/tm';
import { ProjectRepo } from '../core/translate';
import { flag } from './args';
import { engineConfigs } from './mt';
import { withStore } from './with-store';
import { UsageError, type CliCommand } from './types';

export const projectPretranslateCommand: CliCommand = {
  name: 'project pretranslate',
  usage:
    'project pretranslate PROJECT (--engines FILE.json | --model DIR | --openai URL [--llm NAME] | --libretranslate URL | --tm-only) [--fuzzy 75] [--json] [--data DIR]',
  summary: 'Fill open segments: 101/100 % TM matches as translated, fuzzy ≥ --fuzzy as drafts, MT drafts for the rest (pivot column too).',
  async run(args, io) {
    const id = args.positional[0];
    if (!id) throw new UsageError('project pretranslate needs a PROJECT id (see: project list)');
    const tmOnly = !!args.flags['tm-only'];
    const fz = flag(args, 'fuzzy');
    const fuzzyMin = fz === undefined ? undefined : Number(fz);
    if (fuzzyMin !== undefined && (!Number.isInteger(fuzzyMin) || fuzzyMin < 50 || fuzzyMin > 101)) {
      throw new UsageError(`--fuzzy takes a whole percentage from 50 to 101 (101: no fuzzy drafts) (got "${fz}")`);
    }
    return withStore(args, async (store) => {
      const repo = new ProjectRepo(store);
      const project = await repo.get(id);
      const engines: MtEngine[] = tmOnly ? [] : (await engineConfigs(args, project.sourceLang, project.targetLang)).map((c) => createEngine(c));
      try {
        let last = -1;
        const res = await pretranslate(project, {
          engines,
          tm: new TranslationMemory(store),
          tmOnly,
          fuzzyMin,
          onProgress: ({ done, total }) => {
            if (done === last) return;
            last = done;
            io.err(`pretranslate: ${done}/${total} segments`);
          },
        });
        // Saved even after an engine failure: the finished batches are real work (the error is still reported).
        if (res.done > 0) await repo.save(res.project);
        const summary = {
          project: id,
          done: res.done,
          total: res.total,
          fromTm: res.fromTm,
          fuzzy: res.fuzzy,
          fromMt: res.fromMt,
          pivots: res.pivots,
          route: res.route,
          engines: res.engines,
          glossaryFlags: res.flags,
          ...(res.error ? { error: res.error } : {}),
        };
        if (args.flags.json) io.out(JSON.stringify(summary, null, 2));
        else {
          io.out(`${res.done} of ${res.total} open segments filled: ${res.fromTm} from TM (100 %+), ${res.fuzzy} fuzzy TM drafts, ${res.fromMt} MT drafts; ${res.pivots} pivot texts.`);
          if (res.route.length) io.out(`route: ${res.route.join(' → ')} (${res.engines.join(', ')})`);
        }
        if (res.error) {
          io.err(`Error: ${res.error.message}`);
          return 1;
        }
        return 0;
      } finally {
        await Promise.all(engines.map((e) => e.close()));
      }
    });
  },
};
