// The whole translation job by CLI only, on a fresh data folder, against a loopback LibreTranslate stub; every
// export checked by a tool we did not write (LibreOffice, xmllint with the XLIFF 2.0 core schema and the TMX DTD).
// Most steps call the CLI's dispatcher in-process; the first import and the broken-file error are spawned through
// `npm run cli` / main/cli.ts, so the real entry, exit code and stderr stay covered (the bundle: bundle.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli as runNpmCli, runCliInProcess, type CliResult } from '../helpers/cli';
import { startMtServer, type MtServer } from '../mt/mt-server';
import { docxToText } from '../export/tools';

const SAMPLE = join(ROOT, 'resources/samples/semarang-ekraf-korsel.id.txt');
const XSD = join(ROOT, 'test/fixtures/standards/xliff-2.1/schemas/xliff_core_2.0.xsd');
const DTD = join(ROOT, 'test/fixtures/standards/tmx/tmx14.dtd');
const KO_FIRST = '자바 중부 주지사 간자르 프라노워가 한국과의 창조경제 협력을 강화한다.';

interface ShownSegment {
  no: number;
  id: string;
  status: string;
  origin: string | null;
  source: string;
  pivot: string;
  target: string;
}

/** `npm run cli` minus npm's own start-up: the same tsx entry, spawned directly. */
function spawnCli(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'main/cli.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** xmllint's verdict: exit code and what it printed (it reports on stderr). */
function xmllint(args: string[]): { code: number | null; out: string } {
  const r = spawnSync('xmllint', ['--noout', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

// Two spawns and LibreOffice on a loaded 2-core machine can take a while.
describe('translation job by CLI only (fresh data folder, loopback LibreTranslate)', { timeout: 120_000 }, () => {
  const data = mkdtempSync(join(tmpdir(), 'redaksi-job-'));
  const out = mkdtempSync(join(tmpdir(), 'redaksi-job-out-'));
  const cli = (...args: string[]): Promise<CliResult> => runCliInProcess([...args, '--data', data]);
  const json = <T>(r: CliResult): T => {
    expect(r.stderr.replace(/^pretranslate: .*\n/gm, '')).not.toMatch(/Error/);
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as T;
  };
  const show = async (p: string) => json<{ segments: ShownSegment[] }>(await cli('project', 'show', p, '--json')).segments;
  let server: MtServer;
  let article = '';
  let project = '';
  beforeAll(async () => {
    server = await startMtServer();
  });
  afterAll(() => server.close());

  it('import → project create --to ko --pivot en → pretranslate: MT drafts with origin, pivot column filled', async () => {
    const imported = await runNpmCli(['import', SAMPLE, '--data', data]); // the documented entry: npm run cli
    expect(imported.code).toBe(0);
    article = imported.stdout.trim();
    expect(article).toMatch(/^[a-z0-9]{16}$/);

    const created = await cli('project', 'create', article, '--to', 'ko', '--pivot', 'en');
    expect(created.code).toBe(0);
    project = created.stdout.trim();
    expect(project).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    const listed = json<{ id: string; targetLang: string; pivotLang: string }[]>(await cli('project', 'list', article, '--json'));
    expect(listed).toMatchObject([{ id: project, targetLang: 'ko', pivotLang: 'en' }]);
    // A second project into the same language is refused with a clear message and exit 1.
    const again = await cli('project', 'create', article, '--to', 'ko');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already has a ko translation/);

    const pre = await cli('project', 'pretranslate', project, '--libretranslate', server.baseUrl, '--json');
    expect(pre.stderr).toMatch(/pretranslate: \d+\/\d+ segments/); // progress goes to stderr, the summary to stdout
    const summary = json<{ done: number; total: number; fromMt: number; pivots: number; route: string[] }>(pre);
    const segs = await show(project);
    expect(segs.length).toBeGreaterThan(10);
    expect(summary).toMatchObject({ done: segs.length, total: segs.length, fromMt: segs.length, pivots: segs.length, route: ['id', 'ko'] });
    for (const s of segs) {
      expect(s).toMatchObject({ status: 'draft', origin: 'mt:libretranslate' });
      expect(s.target).toBe(`[ko] ${s.source.toUpperCase()}`);
      expect(s.pivot).toBe(`[en] ${s.source.toUpperCase()}`);
    }
    // One engine entry served both directions (id→ko and id→en for the pivot column).
    expect(new Set(server.requests.map((r) => `${r.body.source}>${r.body.target}`))).toEqual(new Set(['id>ko', 'id>en']));
  });

  it('project set → project status --to approved: edited MT is marked, unedited MT stays out of the TM', async () => {
    const set = json<{ status: string; origin: string }>(await cli('project', 'set', project, '1', KO_FIRST, '--json'));
    expect(set).toMatchObject({ status: 'draft', origin: 'mt-edited:libretranslate' });
    const st = json<{ changed: number[]; tm: number }>(await cli('project', 'status', project, '--to', 'approved', '--segments', 'all', '--json'));
    const segs = await show(project);
    expect(st.changed.length).toBe(segs.length);
    expect(st.tm).toBe(1); // only the segment a human edited
    expect(segs.every((s) => s.status === 'approved')).toBe(true);
    expect(segs[0]).toMatchObject({ target: KO_FIRST, origin: 'mt-edited:libretranslate' });
    const lookup = await cli('tm', 'lookup', segs[1].source, '--from', 'id', '--to', 'ko', '--json');
    expect(lookup.code).toBe(0);
    expect(JSON.parse(lookup.stdout)).toEqual({ matches: [] });
  });

  it('export docx|xliff|tmx --lang ko, each opened by a real tool', async () => {
    const docx = await cli('export', article, '--format', 'docx', '--lang', 'ko', '--out', join(out, 'ko.docx'));
    expect(docx.code).toBe(0);
    const text = docxToText(readFileSync(join(out, 'ko.docx')));
    expect(text).toContain(KO_FIRST);
    expect(text).toContain('[ko] MENURUT GANJAR');
    expect(text).not.toContain('Menurut Ganjar, penguatan'); // no Indonesian body text in the Korean copy

    const xlf = await cli('export', article, '--format', 'xliff', '--lang', 'ko', '--out', join(out, 'ko.xlf'));
    expect(xlf.code).toBe(0);
    const lint = xmllint(['--schema', XSD, join(out, 'ko.xlf')]);
    expect(lint.out).toMatch(/validates/);
    expect(lint.code).toBe(0);
    expect(readFileSync(join(out, 'ko.xlf'), 'utf8')).toContain('<mda:meta type="origin">mt:libretranslate</mda:meta>');

    const tmx = await cli('export', article, '--format', 'tmx', '--lang', 'ko', '--out', join(out, 'ko.tmx'));
    expect(tmx.code).toBe(0);
    const dtd = xmllint(['--dtdvalid', DTD, join(out, 'ko.tmx')]);
    expect(dtd).toEqual({ code: 0, out: '' });
    const tmxText = readFileSync(join(out, 'ko.tmx'), 'utf8');
    // Confirmed but unedited MT still says where it came from.
    expect(tmxText).toMatch(/creationtool="Redaksi MT \(libretranslate\)"[^>]*>\s*(<prop[^>]*>[^<]*<\/prop>\s*)*<prop type="x-origin">mt:libretranslate<\/prop>/);
    expect(tmxText).toContain('<prop type="x-origin">mt-edited:libretranslate</prop>');
  });

  it('xliff import of an edited copy updates the data folder (by the project id inside the file)', async () => {
    const segs = await show(project);
    const xml = readFileSync(join(out, 'ko.xlf'), 'utf8');
    const edited = xml.replace(`<target>${segs[1].target}</target>`, '<target>간자르는 창조산업 협력에 첨단 기술이 들어간다고 말했다.</target>');
    expect(edited).not.toBe(xml);
    writeFileSync(join(out, 'edited.xlf'), edited);
    const imp = json<{ project: string; changed: { segmentId: string; fields: string[] }[] }>(await cli('xliff', 'import', join(out, 'edited.xlf'), '--json'));
    expect(imp).toMatchObject({ project, changed: [{ segmentId: segs[1].id, fields: ['target'] }] });
    const after = await show(project);
    expect(after[1]).toMatchObject({ target: '간자르는 창조산업 협력에 첨단 기술이 들어간다고 말했다.', origin: 'mt-edited:libretranslate' });
    expect(after[2]).toEqual(segs[2]);
  });

  it('export --format xliff on a draft with no project starts one and exits 0; tmx with nothing to export exits 1', async () => {
    const second = (await cli('import', SAMPLE)).stdout.trim();
    const tmx = await cli('export', second, '--format', 'tmx', '--lang', 'ko', '--out', join(out, 'none.tmx'));
    expect(tmx.code).toBe(1);
    expect(tmx.stderr).toMatch(/needs a translation project/);
    const xlf = await cli('export', second, '--format', 'xliff', '--lang', 'ko', '--out', join(out, 'new.xlf'));
    expect(xlf.code).toBe(0);
    expect(xmllint(['--schema', XSD, join(out, 'new.xlf')]).code).toBe(0);
    const projects = json<{ id: string; targetLang: string }[]>(await cli('project', 'list', second, '--json'));
    expect(projects).toMatchObject([{ targetLang: 'ko' }]);
    expect(readFileSync(join(out, 'new.xlf'), 'utf8')).not.toContain('<target>');
    const empty = await cli('export', second, '--format', 'tmx', '--lang', 'ko', '--out', join(out, 'empty.tmx'));
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/Nothing to export: no segment of the ko translation is/);
  });

  it('xliff export --project projects/<id>.json reads the stored file; a broken one gets one clear line, no zod dump', async () => {
    const stored = await runCliInProcess(['xliff', 'export', '--project', join(data, 'projects', `${project}.json`)]);
    expect(stored.code).toBe(0);
    expect(stored.stdout).toContain(`<mda:meta type="projectId">${project}</mda:meta>`);
    const bad = join(out, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schema: 1, project: { id: 'x' } }));
    const r = await spawnCli(['xliff', 'export', '--project', bad]); // the real process: one stderr line, exit 1
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/is not a translation project: articleId/);
    expect(r.stderr).not.toMatch(/"code"|ZodError|invalid_type/);
  });
});
