// Revision history: autosave coalescing per minute (injected clock), milestones, restore, duplicate, storage.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataStore } from '../../../main/core/store/data-store';
import { ArticleRepo } from '../../../main/core/articles/repo';
import { applyRevision, MAX_REVISIONS, type Revision } from '../../../main/core/articles/revisions';

const T0 = Date.parse('2024-05-01T10:00:00.000Z');
const at = (sec: number) => new Date(T0 + sec * 1000);
const state = (body: string, status: Revision['status'] = 'draft') => ({ title: 'T', body, status });

async function openRepo() {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-rev-'));
  const store = await DataStore.open(dir);
  return { dir, store, repo: new ArticleRepo(store) };
}

describe('applyRevision (pure rule)', () => {
  it('coalesces autosaves within a minute of the window start into one revision holding the last state', () => {
    let list: Revision[] = applyRevision([], state('<p>a</p>'), 'import', at(0))!;
    list = applyRevision(list, state('<p>ab</p>'), 'autosave', at(5))!;
    expect(list.map((r) => r.rev)).toEqual([1, 2]);
    list = applyRevision(list, state('<p>abc</p>'), 'autosave', at(30))!;
    list = applyRevision(list, state('<p>abcd</p>'), 'autosave', at(64))!;
    expect(list.map((r) => [r.rev, r.reason, r.body])).toEqual([
      [1, 'import', '<p>a</p>'],
      [2, 'autosave', '<p>abcd</p>'],
    ]);
    expect(list[1].since).toBe(at(5).toISOString());
    expect(list[1].at).toBe(at(64).toISOString());
    // 65 s after the window opened: a new revision.
    list = applyRevision(list, state('<p>abcde</p>'), 'autosave', at(65))!;
    expect(list.map((r) => r.rev)).toEqual([1, 2, 3]);
  });

  it('writes nothing when the content did not change', () => {
    const list = applyRevision([], state('<p>a</p>'), 'import', at(0))!;
    expect(applyRevision(list, state('<p>a</p>'), 'autosave', at(500))).toBeNull();
  });

  it('always adds status, restore, import and export revisions, even within the minute', () => {
    let list = applyRevision([], state('<p>a</p>'), 'import', at(0))!;
    list = applyRevision(list, state('<p>b</p>'), 'autosave', at(1))!;
    list = applyRevision(list, state('<p>b</p>', 'editing'), 'status', at(2))!;
    list = applyRevision(list, state('<p>c</p>', 'editing'), 'autosave', at(3))!;
    list = applyRevision(list, state('<p>c</p>', 'editing'), 'export', at(4))!;
    list = applyRevision(list, state('<p>a</p>', 'editing'), 'restore', at(5), { restoredFrom: 1 })!;
    expect(list.map((r) => `${r.rev}:${r.reason}`)).toEqual(['1:import', '2:autosave', '3:status', '4:autosave', '5:export', '6:restore']);
    expect(list[5].restoredFrom).toBe(1);
  });

  it('caps the history by dropping the oldest autosaves, never milestones', () => {
    let list = applyRevision([], state('<p>0</p>'), 'import', at(0))!;
    for (let i = 1; i <= MAX_REVISIONS + 20; i++) {
      list = applyRevision(list, state(`<p>${i}</p>`, i === 50 ? 'editing' : 'draft'), i === 50 ? 'status' : 'autosave', at(i * 61))!;
    }
    expect(list.length).toBe(MAX_REVISIONS);
    expect(list[0].reason).toBe('import');
    expect(list.some((r) => r.reason === 'status')).toBe(true);
    expect(list[list.length - 1].rev).toBe(MAX_REVISIONS + 21);
  });
});

describe('ArticleRepo revisions', () => {
  it('records revision 1 on create and stores revisions/<id>.json', async () => {
    const { dir, store, repo } = await openRepo();
    const a = await repo.create({ title: 'Judul', body: '<p>satu dua</p>' });
    const revs = await repo.listRevisions(a.id);
    expect(revs).toHaveLength(1);
    expect(revs[0]).toMatchObject({ rev: 1, reason: 'import', title: 'Judul', status: 'draft', words: 2 });
    expect('body' in revs[0]).toBe(false);
    const file = JSON.parse(await fsp.readFile(join(dir, 'revisions', `${a.id}.json`), 'utf8'));
    expect(file.schema).toBe(1);
    expect(file.revisions[0]).toMatchObject({ rev: 1, reason: 'import', body: '<p>satu dua</p>' });
    await store.close();
  });

  it('saveWithRevision coalesces autosaves and adds one on a status change', async () => {
    const { store, repo } = await openRepo();
    const a = await repo.create({ title: 'T', body: '<p>a</p>' });
    const r1 = await repo.saveWithRevision(a.id, { body: '<p>ab</p>' }, at(0));
    expect(r1.revision?.rev).toBe(2);
    expect(r1.article.body).toBe('<p>ab</p>');
    const r2 = await repo.saveWithRevision(a.id, { body: '<p>abc</p>' }, at(20));
    expect(r2.revision?.rev).toBe(2);
    const r3 = await repo.saveWithRevision(a.id, { status: 'editing' }, at(25));
    expect(r3.revision).toMatchObject({ rev: 3, reason: 'status', status: 'editing' });
    const r4 = await repo.saveWithRevision(a.id, { status: 'editing' }, at(26));
    expect(r4.revision).toBeNull(); // same status, same text
    await repo.saveWithRevision(a.id, { body: '<p>abcd</p>' }, at(200));
    expect((await repo.listRevisions(a.id)).map((r) => `${r.rev}:${r.reason}`)).toEqual(['4:autosave', '3:status', '2:autosave', '1:import']);
    expect((await repo.getRevision(a.id, 2)).body).toBe('<p>abc</p>');
    await expect(repo.getRevision(a.id, 99)).rejects.toMatchObject({ code: 'articles.revisionNotFound' });
    await store.close();
  });

  it('restoreRevision brings text back as a new revision and destroys nothing', async () => {
    const { store, repo } = await openRepo();
    const a = await repo.create({ title: 'Asli', body: '<p>versi satu</p>' });
    await repo.saveWithRevision(a.id, { title: 'Baru', body: '<p>versi dua</p>', status: 'editing' }, at(0));
    // A plain save (no revision) — restore must still keep this text in history.
    await repo.save(a.id, { body: '<p>versi tiga</p>' });
    const { article, revision } = await repo.restoreRevision(a.id, 1, at(10));
    expect(article).toMatchObject({ title: 'Asli', body: '<p>versi satu</p>', status: 'editing' });
    expect(revision).toMatchObject({ reason: 'restore', restoredFrom: 1, rev: 4 });
    const revs = await repo.listRevisions(a.id);
    expect(revs.map((r) => r.reason)).toEqual(['restore', 'autosave', 'status', 'import']);
    expect((await repo.getRevision(a.id, 3)).body).toBe('<p>versi tiga</p>');
    expect((await repo.get(a.id)).body).toBe('<p>versi satu</p>');
    await store.close();
  });

  it('diffRevisions gives a word-level diff between two revisions', async () => {
    const { store, repo } = await openRepo();
    const a = await repo.create({ title: 'T', body: '<p>Harga apel naik.</p>' });
    await repo.saveWithRevision(a.id, { body: '<p>Harga jeruk naik tajam.</p>' }, at(0));
    expect(await repo.diffRevisions(a.id, 1, 2)).toEqual([
      { op: 'equal', text: 'T\nHarga ' },
      { op: 'delete', text: 'apel' },
      { op: 'insert', text: 'jeruk' },
      { op: 'equal', text: ' naik' },
      { op: 'insert', text: ' tajam' },
      { op: 'equal', text: '.' },
    ]);
    await store.close();
  });

  it('duplicate makes a new draft with its own history; purge removes the history file', async () => {
    const { dir, store, repo } = await openRepo();
    const a = await repo.create({ title: 'Asal', body: '<p>isi</p>', lang: 'en' });
    await repo.save(a.id, { status: 'ready' });
    const d = await repo.duplicate(a.id, ' (salinan)');
    expect(d.id).not.toBe(a.id);
    expect(d).toMatchObject({ title: 'Asal (salinan)', body: '<p>isi</p>', lang: 'en', status: 'draft' });
    expect((await repo.listRevisions(d.id)).map((r) => r.rev)).toEqual([1]);
    await repo.purge(a.id);
    await expect(fsp.access(join(dir, 'revisions', `${a.id}.json`))).rejects.toThrow();
    await expect(repo.listRevisions(a.id)).rejects.toMatchObject({ code: 'articles.notFound' });
    await store.close();
  });

  it('markRevision records an export milestone', async () => {
    const { store, repo } = await openRepo();
    const a = await repo.create({ title: 'T', body: '<p>x</p>' });
    expect(await repo.markRevision(a.id, 'export', at(1))).toMatchObject({ rev: 2, reason: 'export' });
    await store.close();
  });

  it('search through the repo sees creates, saves and purges', async () => {
    const { store, repo } = await openRepo();
    const a = await repo.create({ title: 'Kopi Semarang', body: '<p>Kafé baru</p>' });
    await repo.create({ title: 'Lain', body: '<p>teks</p>' });
    expect((await repo.search({ q: 'kafe' })).hits.map((h) => h.id)).toEqual([a.id]);
    await repo.save(a.id, { body: '<p>Teh manis</p>' });
    expect((await repo.search({ q: 'kafe' })).total).toBe(0);
    expect((await repo.search({ q: 'teh' })).total).toBe(1);
    await repo.setDeleted(a.id, true);
    expect((await repo.search({ q: 'teh' })).total).toBe(0);
    expect((await repo.search({ q: 'teh', trash: 'only' })).total).toBe(1);
    await repo.purge(a.id);
    expect((await repo.search({ trash: 'include' })).total).toBe(1);
    await store.close();
  });

  it('builds the search index from files written by an earlier session', async () => {
    const { dir, store, repo } = await openRepo();
    await repo.create({ title: 'Arsip', body: '<p>정부는 발표했다</p>', lang: 'ko' });
    await repo.flush();
    await store.close();
    const store2 = await DataStore.open(dir);
    const r = await new ArticleRepo(store2).search({ q: '정부' });
    expect(r.total).toBe(1);
    await store2.close();
  });
});
