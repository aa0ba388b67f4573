// CLI: `xliff validate FILE` (exit 0 valid, 1 invalid with the reason, 2 unreadable), plus export/import
// between a translation project (in the data folder, or a JSON file) and XLIFF 2.1 (import also reads XLIFF 1.2).
import { promises as fsp } from 'node:fs';
import { TranslationProject } from '../../preload/contract/models';
import { AppError } from '../core/errors';
import { SettingsRepo } from '../core/settings';
import { atomicWriteFile } from '../core/store/atomic-write';
import type { DataStore } from '../core/store/data-store';
import { TranslationMemory } from '../core/tm';
import { ProjectRepo, tmInputsFor } from '../core/translate';
import { exportXliff, importXliff, validateXliff, xliffProjectId, type XliffImportResult } from '../core/xliff/index';
import { flag, type ParsedArgs } from './args';
import { withStore } from './with-store';
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

/**
 * The project `--project` names: a project id in the data folder, or a JSON file — a bare project or the
 * data folder's projects/<id>.json (which wraps it as {schema, project}). Bad input gets one clear line.
 */
async function readProject(args: ParsedArgs, store: DataStore | null): Promise<TranslationProject> {
  const p = flag(args, 'project');
  if (!p) throw new UsageError('--project PROJECT_ID or --project FILE.json is required');
  if (store && !/[\\/.]/.test(p)) return new ProjectRepo(store).get(p);
  const r = await readTextFile(p);
  if ('error' in r) throw new AppError('cli.unreadable', r.error, { file: p });
  let data: unknown;
  try {
    data = JSON.parse(r.text);
  } catch (e) {
    throw new AppError('translate.invalidProject', `${p} is not JSON: ${(e as Error).message}`, { reason: 'not JSON' });
  }
  const inner = data && typeof data === 'object' && 'project' in data && 'schema' in data ? (data as { project: unknown }).project : data;
  const parsed = TranslationProject.safeParse(inner);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '(top level)';
    throw new AppError('translate.invalidProject', `${p} is not a translation project: ${where}: ${issue?.message} (${parsed.error.issues.length} problem(s))`, {
      reason: `${where}: ${issue?.message}`,
    });
  }
  return parsed.data;
}

/** Data folder for commands that may work without one (--project FILE.json alone never opens it). */
const usesStore = (args: ParsedArgs) => !/[\\/.]/.test(flag(args, 'project') ?? 'x');

export const xliffExportCommand: CliCommand = {
  name: 'xliff export',
  usage: 'xliff export --project PROJECT_ID|PROJECT.json [--title T] [--out FILE.xlf] [--data DIR]',
  summary: 'Write a translation project (from the data folder, or a JSON file) as XLIFF 2.1.',
  async run(args, io) {
    const work = async (store: DataStore | null) => {
      const project = await readProject(args, store);
      const xml = exportXliff(project, { articleTitle: flag(args, 'title') });
      const out = flag(args, 'out');
      if (out) await atomicWriteFile(out, xml);
      else io.out(xml.trimEnd());
      return 0;
    };
    return usesStore(args) ? withStore(args, work, { readOnly: true }) : work(null);
  },
};

function report(args: ParsedArgs, io: CliIO, res: XliffImportResult, extra: Record<string, unknown>): void {
  if (args.flags.json) {
    io.out(JSON.stringify({ ...extra, changed: res.changed, rejected: res.rejected, ...(res.headline ? { headline: res.headline } : {}) }, null, 2));
    return;
  }
  for (const c of res.changed) io.out(`changed  ${c.segmentId}  ${c.fields.join(',')}`);
  for (const x of res.rejected) io.out(`refused  ${x.segmentId}  ${x.reason}: ${x.detail}`);
  // XLIFF 1.2 carries the headline as its own unit; projects have no place for it, so it is shown, not stored.
  if (res.headline?.target) io.out(`headline  ${res.headline.target}`);
  if (!res.changed.length && !res.rejected.length) io.out('no changes');
}

export const xliffImportCommand: CliCommand = {
  name: 'xliff import',
  usage: 'xliff import FILE.xlf [--json] [--data DIR]   |   xliff import FILE.xlf --project PROJECT.json [--out UPDATED.json]',
  summary: 'Take back targets, states and origins from an XLIFF 2.x or 1.2 file: into the data folder (by the project id in the file), or a JSON file.',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('xliff import needs a FILE');
    const r = await readTextFile(file);
    if ('error' in r) {
      io.err(r.error);
      return 2;
    }
    if (flag(args, 'project') && !usesStore(args)) {
      const project = await readProject(args, null);
      const res = importXliff(r.text, project);
      report(args, io, res, { project: project.id });
      const out = flag(args, 'out');
      if (out) await atomicWriteFile(out, JSON.stringify(res.project, null, 2) + '\n');
      return 0;
    }
    return withStore(args, async (store) => {
      const id = flag(args, 'project') ?? xliffProjectId(r.text);
      if (!id) throw new AppError('xliff.noProject', `${file} does not say which translation project it belongs to (no projectId metadata or file id).`, { file });
      const repo = new ProjectRepo(store);
      const project = await repo.get(id);
      const res = importXliff(r.text, project);
      if (res.project !== project) await repo.save(res.project);
      // Confirmed targets that came back go into the TM, as a confirmation in the app would put them.
      const confirmedIds = res.changed.map((c) => c.segmentId);
      const settings = await new SettingsRepo(store).get();
      const units = tmInputsFor(res.project, confirmedIds, { acceptUneditedMt: settings.tmAcceptUneditedMt });
      if (units.length) await new TranslationMemory(store).add(units);
      report(args, io, res, { project: id, tm: units.length });
      return 0;
    });
  },
};
