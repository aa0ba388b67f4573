// CLI: `tm import`, `tm export`, `tm lookup`, `tm concordance` over the translation memory in --data DIR.
import { promises as fsp } from 'node:fs';
import { TranslationMemory, decodeTmxBytes, type TmPair } from '../core/tm';
import { flag, requiredLang, type ParsedArgs } from './args';
import { withStore } from './with-store';
import { UsageError, type CliCommand, type CliIO } from './types';

function pairFrom(args: ParsedArgs): TmPair {
  const from = requiredLang(args, 'from');
  const to = requiredLang(args, 'to');
  if (from === to) throw new UsageError('--from and --to must be different languages');
  return { from, to };
}

function intFlag(args: ParsedArgs, name: string): number | undefined {
  const v = flag(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number (got "${v}")`);
  return n;
}

async function readFileOrFail(file: string, io: CliIO): Promise<Uint8Array | null> {
  try {
    return await fsp.readFile(file);
  } catch (e) {
    io.err(`Error: cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    return null;
  }
}

export const tmImportCommand: CliCommand = {
  name: 'tm import',
  usage: 'tm import FILE.tmx [--json] [--data DIR]',
  summary: 'Import a TMX 1.4 file into the translation memory (all or nothing); prints the counts.',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('tm import needs a FILE.tmx');
    const bytes = await readFileOrFail(file, io);
    if (!bytes) return 1;
    const xml = decodeTmxBytes(bytes);
    return withStore(args, async (store) => {
      const tm = new TranslationMemory(store);
      const r = await tm.importTmx(xml, { origin: `tmx:${file.split(/[\\/]/).pop()}` });
      // The lookup index is saved now, so the next `tm lookup` loads it instead of indexing every unit again.
      await tm.flush();
      if (args.flags.json) io.out(JSON.stringify(r));
      else {
        io.out(`Imported ${r.imported} units, skipped ${r.skipped}.`);
        for (const p of r.pairs) io.out(`  ${p.from} → ${p.to}: ${p.count}`);
      }
      return 0;
    });
  },
};

export const tmExportCommand: CliCommand = {
  name: 'tm export',
  usage: 'tm export FILE.tmx --from id|en|ko --to id|en|ko [--data DIR]',
  summary: 'Write one language pair of the translation memory as TMX 1.4.',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('tm export needs a FILE.tmx');
    const pair = pairFrom(args);
    return withStore(
      args,
      async (store) => {
        const tm = new TranslationMemory(store);
        const xml = await tm.exportTmx(pair);
        await fsp.writeFile(file, xml, 'utf8');
        io.out(`Exported ${await tm.count(pair)} units (${pair.from} → ${pair.to}) to ${file}.`);
        return 0;
      },
      { readOnly: true },
    );
  },
};

export const tmLookupCommand: CliCommand = {
  name: 'tm lookup',
  usage: 'tm lookup TEXT --from L --to L [--prev TEXT] [--limit N] [--min N] [--json] [--data DIR]',
  summary: 'Look a sentence up: in-context (101), exact (100) and fuzzy matches, best first.',
  async run(args, io) {
    const text = args.positional.join(' ');
    if (!text.trim()) throw new UsageError('tm lookup needs the TEXT to look up');
    const pair = pairFrom(args);
    const limit = intFlag(args, 'limit');
    const minScore = intFlag(args, 'min');
    return withStore(
      args,
      async (store) => {
        const matches = await new TranslationMemory(store).lookup(text, {
          ...pair,
          prev: flag(args, 'prev'),
          ...(limit !== undefined ? { limit } : {}),
          ...(minScore !== undefined ? { minScore } : {}),
        });
        if (args.flags.json) {
          io.out(JSON.stringify({ matches: matches.map((m) => ({ source: m.unit.source, target: m.unit.target, score: m.score })) }));
        } else if (!matches.length) io.out('No match.');
        else for (const m of matches) io.out(`${String(m.score).padStart(3)}%  ${m.unit.source}\n      ${m.unit.target}`);
        return 0;
      },
      { readOnly: true },
    );
  },
};

export const tmConcordanceCommand: CliCommand = {
  name: 'tm concordance',
  usage: 'tm concordance PHRASE --from L --to L [--side source|target] [--limit N] [--json] [--data DIR]',
  summary: 'Find translation units whose source (or target) contains a phrase.',
  async run(args, io) {
    const phrase = args.positional.join(' ');
    if (!phrase.trim()) throw new UsageError('tm concordance needs a PHRASE');
    const pair = pairFrom(args);
    const side = flag(args, 'side') ?? 'source';
    if (side !== 'source' && side !== 'target') throw new UsageError('--side must be source or target');
    const limit = intFlag(args, 'limit');
    return withStore(
      args,
      async (store) => {
        const hits = await new TranslationMemory(store).concordance(phrase, { ...pair, side, ...(limit ? { limit } : {}) });
        if (args.flags.json) io.out(JSON.stringify({ hits: hits.map((h) => ({ source: h.unit.source, target: h.unit.target, ranges: h.ranges })) }));
        else if (!hits.length) io.out('Not found.');
        else for (const h of hits) io.out(`${h.unit.source}\n  ${h.unit.target}`);
        return 0;
      },
      { readOnly: true },
    );
  },
};

export const tmCommands: CliCommand[] = [tmImportCommand, tmExportCommand, tmLookupCommand, tmConcordanceCommand];
