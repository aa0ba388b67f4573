// Export glue over a real data folder: loading article + project + quotes, numbered warnings, marking exported,
// and the batch export (zip, unique names, failures listed, progress, cancel).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleRepo } from '../../../main/core/articles/repo';
import { htmlToPlainText } from '../../../main/core/articles/text';
import { exportBatch, uniqueName } from '../../../main/core/export/batch';
import { loadExportInput, markExported, numberWarnings, pickProject, readQuotes, type LoadDeps } from '../../../main/core/export/load';
import { exportDocument } from '../../../main/core/export';
import { QuoteRepo } from '../../../main/core/quotes/repo';
import { DataStore } from '../../../main/core/store/data-store';
import { ProjectRepo } from '../../../main/core/translate/repo';
import type { TranslationProject } from '../../../preload/contract/models';

let dir: string;
let store: DataStore;
let deps: LoadDeps;
let idA: string;
let idB: string;
let projectId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-export-load-'));
  store = await DataStore.open(join(dir, 'data'));
  const articles = new ArticleRepo(store);
  const projects = new ProjectRepo(store);
  deps = { articles, projects, quotes: new QuoteRepo(store) };
  const a = await articles.create({ title: 'Banjir Rob', lang: 'id', body: '<p>Hujan deras sejak pagi. Air laut naik.</p><p>Warga mengungsi.</p>' });
  const b = await articles.create({ title: 'Banjir Rob', lang: 'id', body: '<p>Judul sama, isi lain.</p>' });
  idA = a.id;
  idB = b.id;
  const p = await projects.create({ articleId: a.id, text: htmlToPlainText(a.body), sourceLang: 'id', targetLang: 'en', pivotLang: null });
  projectId = p.id;
  await projects.save({
    ...p,
    segments: p.segments.map((s, i) => (i === 0 ? { ...s, target: 'Heavy rain since morning.', status: 'approved' } : i === 1 ? { ...s, target: 'The sea rose.', status: 'translated' } : s)),
  });
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('loading an export', () => {
  it('picks the project by language and refuses a language the article has no translation into', async () => {
    const src = await loadExportInput(deps, idA, { format: 'html' });
    expect(src.project?.id).toBe(projectId); // the only project travels with a source export (ninjs lists it)
    expect(src.quotes).toBeNull();
    const en = await loadExportInput(deps, idA, { format: 'html', lang: 'en' });
    expect(en.project?.targetLang).toBe('en');
    await expect(loadExportInput(deps, idA, { format: 'html', lang: 'ko' })).rejects.toMatchObject({ code: 'export.noTranslation' });
    await expect(loadExportInput(deps, 'nope', { format: 'html' })).rejects.toMatchObject({ code: 'articles.notFound' });
  });

  it('pickProject: target first, then pivot; none for the source when there are several', () => {
    const mk = (id: string, targetLang: 'en' | 'ko', pivotLang: 'en' | null): TranslationProject => ({
      id,
      articleId: 'a',
      sourceLang: 'id',
      targetLang,
      pivotLang,
      createdAt: '',
      updatedAt: '',
      segments: [],
    });
    const list = [mk('p1', 'en', null), mk('p2', 'ko', 'en')];
    expect(pickProject([...list], 'id', 'en')?.id).toBe('p1');
    expect(pickProject([mk('p2', 'ko', 'en')], 'id', 'en')?.id).toBe('p2');
    expect(pickProject([...list], 'id', undefined)).toBeNull();
    expect(pickProject([...list], 'id', 'id')).toBeNull();
  });

  it('quotes: read through the repo, "unavailable" without one, required for quote formats', async () => {
    expect(await readQuotes(null, idA)).toBe('unavailable');
    expect(await readQuotes(deps.quotes, idA)).toBeNull();
    await expect(loadExportInput({ ...deps, quotes: null }, idA, { format: 'quotes-csv' })).rejects.toMatchObject({ code: 'export.notAvailable' });
    const q = { articleId: idA, lang: 'id' as const, speakers: [], quotes: [] };
    await (deps.quotes as QuoteRepo).save(q);
    expect((await loadExportInput(deps, idA, { format: 'quotes-csv' })).quotes).toEqual(q);
    // Annotations asked for on a DOCX: quotes come along; without the option they are not read.
    expect((await loadExportInput(deps, idA, { format: 'docx', withAnnotations: true })).quotes).toEqual(q);
    expect((await loadExportInput(deps, idA, { format: 'docx' })).quotes).toBeNull();
  });

  it('numbers warnings by segment position, with counts', async () => {
    const input = await loadExportInput(deps, idA, { format: 'html', lang: 'en' });
    const r = await exportDocument(input, { format: 'html', lang: 'en', includeUnapproved: false });
    const w = numberWarnings(r.warnings, input.project);
    expect(w.find((x) => x.code === 'segment.untranslated')).toMatchObject({ count: 1, numbers: [3] });
    expect(w.find((x) => x.code === 'segment.unapproved')).toMatchObject({ count: 1, numbers: [2] });
    expect(numberWarnings([{ code: 'title.untranslated', segmentIds: [] }], input.project)).toEqual([
      { code: 'title.untranslated', count: 0, ids: [], numbers: [] },
    ]);
  });

  it('markExported sets the status once and records an export revision each time', async () => {
    const m = await markExported(deps.articles, idB);
    expect(m.status).toBe('exported');
    expect((await deps.articles.get(idB)).status).toBe('exported');
    const revs = await deps.articles.listRevisions(idB);
    expect(revs[0]).toMatchObject({ rev: m.revision, reason: 'export' });
    const rev = (await deps.articles.get(idB)).rev;
    await markExported(deps.articles, idB);
    expect((await deps.articles.get(idB)).rev).toBe(rev); // no second status save
  });
});

describe('batch export', () => {
  it('uniqueName keeps names apart, case-insensitively', () => {
    const taken = new Set<string>();
    expect(uniqueName('a.html', taken)).toBe('a.html');
    expect(uniqueName('A.html', taken)).toBe('A-2.html');
    expect(uniqueName('a.html', taken)).toBe('a-3.html');
    expect(uniqueName('noext', taken)).toBe('noext');
    expect(uniqueName('noext', taken)).toBe('noext-2');
  });

  it('leaves drafts as they were unless markExported is set', async () => {
    const before = await deps.articles.get(idA);
    const revs = (await deps.articles.listRevisions(idA)).length;
    const r = await exportBatch(deps, [idA], { format: 'txt' }, new AbortController().signal, () => {});
    expect(r.files).toHaveLength(1);
    expect((await deps.articles.get(idA)).status).toBe(before.status);
    expect(await deps.articles.listRevisions(idA)).toHaveLength(revs);
  });

  it('packs every draft into one zip, lists failures, reports progress and marks drafts exported', async () => {
    const seen: string[] = [];
    const r = await exportBatch(deps, [idA, 'missing', idB], { format: 'md', fileNameTemplate: '{slug}.{ext}', markExported: true }, new AbortController().signal, (d, t) =>
      seen.push(`${d}/${t}`),
    );
    expect(r.cancelled).toBe(false);
    expect(seen).toEqual(['0/3', '1/3', '2/3', '3/3']);
    expect(r.files.map((f) => f.fileName)).toEqual(['banjir-rob.md', 'banjir-rob-2.md']);
    expect(r.failed).toEqual([expect.objectContaining({ id: 'missing', code: 'articles.notFound' })]);
    const zip = await JSZip.loadAsync(r.zip);
    expect(Object.keys(zip.files).sort()).toEqual(['banjir-rob-2.md', 'banjir-rob.md']);
    expect(await zip.file('banjir-rob.md')!.async('string')).toContain('Hujan deras sejak pagi.');
    expect((await deps.articles.get(idA)).status).toBe('exported');
  });

  it('stops on cancel: no zip', async () => {
    const ctrl = new AbortController();
    const r = await exportBatch(deps, [idA, idB], { format: 'txt' }, ctrl.signal, (done) => {
      if (done === 1) ctrl.abort();
    });
    expect(r.cancelled).toBe(true);
    expect(r.zip.length).toBe(0);
    expect(r.files).toHaveLength(1);
  });
});
