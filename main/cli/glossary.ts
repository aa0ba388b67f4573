// CLI: glossary list/find/import/export, and `qa` over a JSON file of segments using the stored glossary.
import { promises as fsp } from 'node:fs';
import { extname } from 'node:path';
import { GlossaryRepo, type ImportMode } from '../core/glossary';
import { runQa, summarise, type QaFinding, type SegmentInput } from '../core/qa';
import type { QuoteAnnotation, Speaker } from '../../preload/contract/models';
import type { Lang } from '../../preload/contract/define';
import enQaMessages from '../../resources/locales/en/qa.json';
import { flag, type ParsedArgs } from './args';
import { withStore } from './with-store';
import { UsageError, type CliCommand } from './types';

const LANGS = ['id', 'en', 'ko'];

function langFlag(args: ParsedArgs, name: string, fallback?: string): Lang {
  const v = flag(args, name) ?? fallback;
  if (!v || !LANGS.includes(v)) throw new UsageError(`--${name} must be one of ${LANGS.join(', ')}${v ? ` (got "${v}")` : ''}`);
  return v as Lang;
}

function formatOf(file: string): 'csv' | 'tbx' {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.tbx' || ext === '.xml') return 'tbx';
  throw new UsageError(`FILE must end in .csv or .tbx (got "${file}")`);
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
    const lang = langFlag(args, 'lang', 'id');
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
  usage: 'glossary import FILE.csv|FILE.tbx [--mode merge|replace] [--data DIR]',
  summary: 'Import a glossary (all or nothing); merge updates entries with the same id.',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('glossary import needs a FILE');
    const mode = (flag(args, 'mode') ?? 'merge') as ImportMode;
    if (mode !== 'merge' && mode !== 'replace') throw new UsageError('--mode must be merge or replace');
    const format = formatOf(file);
    const text = await fsp.readFile(file, 'utf8');
    return withStore(args, async (store) => {
      const repo = new GlossaryRepo(store);
      const r = format === 'csv' ? await repo.importCsv(text, mode) : await repo.importTbx(text, mode);
      io.out(`Imported: ${r.added} added, ${r.updated} updated${r.skipped ? `, ${r.skipped} skipped (no id/en/ko term)` : ''}; ${r.total} entries now.`);
      return 0;
    });
  },
};

export const glossaryExportCommand: CliCommand = {
  name: 'glossary export',
  usage: 'glossary export FILE.csv|FILE.tbx [--data DIR]',
  summary: 'Export the glossary as CSV or TBX-Basic.',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('glossary export needs a FILE');
    const format = formatOf(file);
    return withStore(
      args,
      async (store) => {
        const repo = new GlossaryRepo(store);
        await fsp.writeFile(file, format === 'csv' ? await repo.exportCsv() : await repo.exportTbx(), 'utf8');
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
    const sourceLang = langFlag(args, 'source');
    const targetLang = langFlag(args, 'target');
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
