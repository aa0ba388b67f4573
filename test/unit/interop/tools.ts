// Shared by the interop tests: run real Debian CAT tools, skip (with the reason in the test name) where one is
// absent, and build a data folder holding the bundled sample article with a Korean translation project.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import type { SegmentStatus, TranslationProject } from '../../../preload/contract/models';
import { ArticleRepo } from '../../../main/core/articles/repo';
import { htmlToPlainText } from '../../../main/core/articles/text';
import { loadSample } from '../../../main/core/import/sample';
import { DataStore } from '../../../main/core/store/data-store';
import { ProjectRepo } from '../../../main/core/translate/repo';

const PACKAGE: Record<string, string> = { omegat: 'omegat', xmllint: 'libxml2-utils', soffice: 'libreoffice-writer-nogui' };

export function hasTool(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

/** it() when every tool is installed; otherwise a skipped test whose name says which tool is missing. */
export function toolIt(tools: string[], name: string, fn: () => Promise<void> | void, timeout = 60_000): void {
  const missing = tools.filter((t) => !hasTool(t));
  if (!missing.length) it(name, fn, timeout);
  else it.skip(`${name} — skipped: ${missing.join(', ')} not installed (Debian ${[...new Set(missing.map((m) => PACKAGE[m] ?? 'translate-toolkit'))].join(', ')}; .ci/run installs it)`, fn);
}

/** Runs a tool; throws with its stderr when it fails, returns stdout+stderr otherwise. */
export function run(cmd: string, args: string[], opts: { cwd?: string; timeout?: number } = {}): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: opts.timeout ?? 60_000, cwd: opts.cwd });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `redaksi-${prefix}-`));

export interface SampleProject {
  data: string;
  articleId: string;
  title: string;
  project: TranslationProject;
}

/**
 * The bundled sample article in a fresh data folder with an id → ko project. `targets(i)` gives segment i its
 * target and status (default: every third segment untranslated, the rest spread over our statuses).
 */
export async function sampleProject(targets?: (i: number, source: string) => { target: string; status: SegmentStatus }): Promise<SampleProject> {
  const data = tempDir('interop-data');
  const store = await DataStore.open(data);
  const sample = await loadSample();
  const articles = new ArticleRepo(store);
  const a = await articles.create({ title: sample.title, lang: 'id', body: sample.body, dateline: sample.dateline });
  const projects = new ProjectRepo(store);
  const p = await projects.create({ articleId: a.id, title: a.title, text: htmlToPlainText(a.body), sourceLang: 'id', targetLang: 'ko', pivotLang: null });
  const statuses: SegmentStatus[] = ['draft', 'translated', 'reviewed', 'approved'];
  const pick = targets ?? ((i: number) => (i % 3 === 0 ? { target: '', status: 'new' as const } : { target: `번역문 ${i}번.`, status: statuses[i % 4] }));
  const project = { ...p, segments: p.segments.map((s, i) => ({ ...s, ...pick(i, s.source) })) };
  await projects.save(project);
  await articles.flush();
  await store.close();
  return { data, articleId: a.id, title: a.title, project: await readProject(data, p.id) };
}

export async function readProject(data: string, id: string): Promise<TranslationProject> {
  const store = await DataStore.open(data, { readOnly: true });
  try {
    return await new ProjectRepo(store).get(id);
  } finally {
    await store.close();
  }
}

export const readText = (f: string) => readFileSync(f, 'utf8');
