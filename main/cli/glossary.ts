// CLI: glossary list/find/import/export, and `qa` over a JSON file of segments using the stored glossary.
import { promises as fsp } from 'node:fs';
import { extname } from 'node:path';
import { GlossaryRepo, type ImportMode } from '../core/glossary';
import { runQa, summarise, type QaFinding, type SegmentInput } from '../core/qa';
import type { QuoteAnnotation, Speaker } from '../../preload/contract/models';
import type { Lang } from '../../preload/contract/define';
import enQaMessages from '../../resources/locales/en/qa.json';
import { flag, langFlag, requiredLang, type ParsedArgs } from './args';
import { withStore } from './with-store';
import { UsageError, type CliCommand } from './types';

function formatOf(file: string): 'csv' | 'tbx' | 'omegat' {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.tbx' || ext === '.xml') return 'tbx';
  if (ext === '.txt' || ext === '.utf8' || ext === '.tab') return 'omegat';
  throw new UsageError(`FILE must end in .csv, .tbx or (OmegaT) .utf8/.txt (got "${file}")`);
}

/** An OmegaT glossary holds one language pair: --from and --to say which. */
function pairOf(args: ParsedArgs): { from: Lang; to: Lang } {
  if (!flag(args, 'from') || !flag(args, 'to')) throw new UsageError('an OmegaT glossary (.utf8/.txt) holds one language pair: give --from and --to');
  const from = requiredLang(args, 'from');
  const to = requiredLang(args, 'to');
  if (from === to) throw new UsageError('--from and --to must be different languages');
  return { from, to };
}

export const glossaryListCommand: CliCommand = {
  name: 'glossary list',
  usage: 'glossary list [--json] [--data DIR]',
  summary: 'List glossary entries (the starter glossary until you change it).',
  async run(args, io) {
    return withStore(
      args,
      async (store) => {
        const entries = await new GlossaryRepo(store).list();
        if (args.flags.json) io.out(JSON.stringify(entries, null, 2));
        else for (const e of entries) io.out(`${e.id.padEnd(24)} ${e.terms.id.join(' | ')}  →  ${e.terms.en.join(' | ')}  →  ${e.terms.ko.join(' | ')}`);
        return 0;
      },
      { readOnly: true },
    );
  },
};

export const glossaryFindCommand: CliCommand = {
  name: 'glossary find',
  usage: 'glossary find TEXT [--lang id|en|ko] [--json] [--data DIR]',
  summary: 'Show the glossary terms found in TEXT with their translations.',
  async run(args, io) {
    const text = args.positional.join(' ');
    if (!text) throw new UsageError('glossary find needs a TEXT');
    const lang = langFlag(args) ?? 'id';
    return withStore(
      args,
      async (store) => {
        const hits = await new GlossaryRepo(store).find(text, lang);
        if (args.flags.json) io.out(JSON.stringify(hits, null, 2));
        else if (!hits.length) io.out('No glossary terms found.');
        else for (const h of hits) io.out(`${h.start}-${h.end}  ${h.term}  [${h.entryId}]  id: ${h.translations.id}  en: ${h.translations.en}  ko: ${h.translations.ko}`);
        return 0;
      },
      { readOnly: true },
    );
  },
};

export const glossaryImportCommand: CliCommand = {
  name: 'glossary import',
  usage: 'glossary import FILE.csv|FILE.tbx|FILE.utf8 [--from L --to L] [--mode merge|replace] [--data DIR]',
  summary: 'Import a glossary (all or nothing); merge updates entries with the same id.',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('glossary import needs a FILE');
    const mode = (flag(args, 'mode') ?? 'merge') as ImportMode;
    if (mode !== 'merge' && mode !== 'replace') throw new UsageError('--mode must be merge or replace');
    const format = formatOf(file);
    const pair = format === 'omegat' ? pairOf(args) : null;
    const text = await fsp.readFile(file, 'utf8');
    return withStore(args, async (store) => {
      const repo = new GlossaryRepo(store);
      const r =
        format === 'csv'
          ? await repo.importCsv(text, mode)
          : format === 'tbx'
            ? await repo.importTbx(text, mode)
            : await repo.importOmegaT(text, pair!.from, pair!.to, mode);
      io.out(`Imported: ${r.added} added, ${r.updated} updated${r.skipped ? `, ${r.skipped} skipped (no id/en/ko term)` : ''}; ${r.total} entries now.`);
      return 0;
    });
  },
};

export const glossaryExportCommand: CliCommand = {
  name: 'glossary export',
  usage: 'glossary export FILE.csv|FILE.tbx|FILE.utf8 [--tbx 2008|2019] [--from L --to L] [--data DIR]',
  summary:
    'Export the glossary: .tbx as TBX-Basic 2008 <martif> (OmegaT, translate-toolkit; --tbx 2019 for <tbx>), .utf8/.txt as an OmegaT glossary for --from/--to, .csv in our own id,en,ko columns (not for OmegaT).',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('glossary export needs a FILE');
    const format = formatOf(file);
    const tbx = flag(args, 'tbx') ?? '2008';
    if (tbx !== '2008' && tbx !== '2019') throw new UsageError(`--tbx must be 2008 or 2019 (got "${tbx}")`);
    const pair = format === 'omegat' ? pairOf(args) : null;
    return withStore(
      args,
      async (store) => {
        const repo = new GlossaryRepo(store);
        const text = format === 'csv' ? await repo.exportCsv() : format === 'tbx' ? await repo.exportTbx(tbx) : await repo.exportOmegaT(pair!.from, pair!.to);
        await fsp.writeFile(file, text, 'utf8');
        io.out(`Wrote ${(await repo.list()).length} entries to ${file}`);
        return 0;
      },
      { readOnly: true },
    );
  },
};

interface QaFile {
  segments: SegmentInput[];
  speakers?: Speaker[];
  quotesBySegment?: Record<string, QuoteAnnotation[]>;
}

function message(f: QaFinding): string {
  const tpl = (enQaMessages as Record<string, string>)[f.code] ?? f.code;
  return tpl.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(f.params[k] ?? ''));
}

export const qaCommand: CliCommand = {
  name: 'qa',
  usage: 'qa FILE.json --source id|en|ko --target id|en|ko [--json] [--data DIR]',
  summary: 'Run QA checks on segments ({segments, speakers?, quotesBySegment?} or an array) with the stored glossary.',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('qa needs a FILE.json');
    const sourceLang = requiredLang(args, 'source');
    const targetLang = requiredLang(args, 'target');
    const raw = JSON.parse(await fsp.readFile(file, 'utf8')) as QaFile | SegmentInput[];
    const input: QaFile = Array.isArray(raw) ? { segments: raw } : raw;
    if (!Array.isArray(input.segments)) throw new UsageError('FILE.json must hold an array of segments or {segments: [...]}');
    return withStore(
      args,
      async (store) => {
        const glossary = await new GlossaryRepo(store).list();
        const findings = runQa({ ...input, sourceLang, targetLang, glossary });
        if (args.flags.json) io.out(JSON.stringify(findings, null, 2));
        else {
          for (const f of findings) io.out(`${f.segmentId}  ${f.severity.padEnd(7)}  ${f.code.padEnd(20)} ${message(f)}`);
          const s = summarise(findings);
          io.out(`${s.errors} errors, ${s.warnings} warnings in ${input.segments.length} segments`);
        }
        return 0;
      },
      { readOnly: true },
    );
  },
};

export const glossaryCommands: CliCommand[] = [glossaryListCommand, glossaryFindCommand, glossaryImportCommand, glossaryExportCommand, qaCommand];
