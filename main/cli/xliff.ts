// CLI: `xliff validate FILE` (exit 0 valid, 1 invalid with the reason, 2 unreadable), plus export/import
// between a TranslationProject JSON file and XLIFF 2.1 (import also reads XLIFF 1.2).
import { promises as fsp } from 'node:fs';
import { TranslationProject } from '../../preload/contract/models';
import { exportXliff, importXliff, validateXliff } from '../core/xliff/index';
import { flag, type ParsedArgs } from './args';
import { UsageError, type CliCommand, type CliIO } from './types';

/** Reads a file as text; null (with a message) when it is missing, a folder, or not text at all. */
export async function readTextFile(file: string): Promise<{ text: string } | { error: string }> {
  let buf: Buffer;
  try {
    buf = await fsp.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `cannot read ${file}: no such file` : code === 'EISDIR' ? `cannot read ${file}: it is a folder` : `cannot read ${file}: ${(e as Error).message}` };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf) };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf) };
  if (buf.includes(0)) return { error: `cannot read ${file}: not a text file` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    return { error: `cannot read ${file}: not UTF-8 text` };
  }
}

export const xliffValidateCommand: CliCommand = {
  name: 'xliff validate',
  usage: 'xliff validate FILE.xlf [--json]',
  summary: 'Check an XLIFF 2.0/2.1 file against the schema and the spec’s processing rules.',
  async run(args: ParsedArgs, io: CliIO) {
    const file = args.positional[0];
    if (!file) throw new UsageError('xliff validate needs a FILE');
    const r = await readTextFile(file);
    if ('error' in r) {
      io.err(r.error);
      return 2;
    }
    const v = validateXliff(r.text);
    if (args.flags.json) io.out(JSON.stringify(v));
    else if (v.valid) io.out('valid');
    else io.out(`invalid${v.line ? ` (line ${v.line})` : ''}: ${v.reason}`);
    return v.valid ? 0 : 1;
  },
};

async function readProject(args: ParsedArgs, io: CliIO): Promise<TranslationProject | null> {
  const p = flag(args, 'project');
  if (!p) throw new UsageError('--project FILE.json is required');
  const r = await readTextFile(p);
  if ('error' in r) {
    io.err(r.error);
    return null;
  }
  return TranslationProject.parse(JSON.parse(r.text));
}

export const xliffExportCommand: CliCommand = {
  name: 'xliff export',
  usage: 'xliff export --project PROJECT.json [--title T] [--out FILE.xlf]',
  summary: 'Write a translation project (JSON) as XLIFF 2.1.',
  async run(args, io) {
    const project = await readProject(args, io);
    if (!project) return 2;
    const xml = exportXliff(project, { articleTitle: flag(args, 'title') });
    const out = flag(args, 'out');
    if (out) await fsp.writeFile(out, xml, 'utf8');
    else io.out(xml.trimEnd());
    return 0;
  },
};

export const xliffImportCommand: CliCommand = {
  name: 'xliff import',
  usage: 'xliff import FILE.xlf --project PROJECT.json [--out UPDATED.json]',
  summary: 'Take back targets and states from an XLIFF 2.x or 1.2 file (version detected); prints what changed and what was refused.',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('xliff import needs a FILE');
    const project = await readProject(args, io);
    if (!project) return 2;
    const r = await readTextFile(file);
    if ('error' in r) {
      io.err(r.error);
      return 2;
    }
    const res = importXliff(r.text, project);
    for (const c of res.changed) io.out(`changed  ${c.segmentId}  ${c.fields.join(',')}`);
    for (const x of res.rejected) io.out(`refused  ${x.segmentId}  ${x.reason}: ${x.detail}`);
    // XLIFF 1.2 carries the headline as its own unit; projects have no place for it, so it is shown, not stored.
    if (res.headline?.target) io.out(`headline  ${res.headline.target}`);
    const out = flag(args, 'out');
    if (out) await fsp.writeFile(out, JSON.stringify(res.project, null, 2) + '\n', 'utf8');
    return 0;
  },
};
