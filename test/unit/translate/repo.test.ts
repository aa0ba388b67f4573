// ProjectRepo: create/get/save/list/delete on a real data folder, index rebuilt from files.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataStore } from '../../../main/core/store/data-store';
import { confirm, ProjectRepo, setTarget } from '../../../main/core/translate';

let dir: string;
let store: DataStore;

beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'redaksi-projects-'));
  store = await DataStore.open(dir);
});
afterEach(async () => {
  await store.close();
  await fsp.rm(dir, { recursive: true, force: true });
});

const input = (targetLang: 'en' | 'ko', articleId = 'art1') => ({
  articleId,
  text: 'Banjir melanda Jakarta. Warga mengungsi.',
  sourceLang: 'id' as const,
  targetLang,
  pivotLang: targetLang === 'ko' ? ('en' as const) : null,
});

describe('ProjectRepo', () => {
  it('creates, reads back, saves and lists projects; files are {schema:1, project}', async () => {
    const repo = new ProjectRepo(store);
    const p = await repo.create(input('en'));
    expect(p.segments).toHaveLength(2);
    expect(await repo.get(p.id)).toEqual(p);
    const onDisk = JSON.parse(await fsp.readFile(join(dir, 'projects', `${p.id}.json`), 'utf8'));
    expect(onDisk).toEqual({ schema: 1, project: p });

    const id = p.segments[0].id;
    const edited = confirm(setTarget(p, id, 'Floods hit Jakarta.'), id);
    await repo.save(edited);
    expect((await repo.get(p.id)).segments[0]).toMatchObject({ target: 'Floods hit Jakarta.', status: 'translated' });
    const index = JSON.parse(await fsp.readFile(join(dir, 'projects', 'index.json'), 'utf8'));
    expect(index).toEqual({ schema: 1, byArticle: { art1: [p.id] } });
  });

  it('allows one project per target language of an article', async () => {
    const repo = new ProjectRepo(store);
    const en = await repo.create(input('en'));
    const ko = await repo.create(input('ko'));
    await repo.create(input('en', 'art2'));
    await expect(repo.create(input('en'))).rejects.toMatchObject({ code: 'translate.projectExists', params: { id: en.id } });
    const list = await repo.listForArticle('art1');
    expect(list.map((p) => [p.id, p.targetLang])).toEqual([
      [en.id, 'en'],
      [ko.id, 'ko'],
    ]);
    expect(await repo.listForArticle('nothing')).toEqual([]);
  });

  it('two concurrent creates for the same target: exactly one wins', async () => {
    const repo = new ProjectRepo(store);
    const results = await Promise.allSettled([repo.create(input('ko')), repo.create(input('ko'))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await repo.listForArticle('art1')).toHaveLength(1);
  });

  it('deletes a project and its index entry', async () => {
    const repo = new ProjectRepo(store);
    const p = await repo.create(input('en'));
    await repo.delete(p.id);
    await expect(repo.get(p.id)).rejects.toMatchObject({ code: 'translate.projectNotFound' });
    expect(await repo.listForArticle('art1')).toEqual([]);
    await expect(fsp.access(join(dir, 'projects', `${p.id}.json`))).rejects.toThrow();
    await expect(repo.delete(p.id)).rejects.toMatchObject({ code: 'translate.projectNotFound' });
  });

  it('rejects unknown, malformed and path-like ids as not found', async () => {
    const repo = new ProjectRepo(store);
    for (const id of ['nope', '../library', 'index', '']) {
      await expect(repo.get(id)).rejects.toMatchObject({ code: 'translate.projectNotFound' });
    }
  });

  it('refuses to save an invalid project', async () => {
    const repo = new ProjectRepo(store);
    const p = await repo.create(input('en'));
    const broken = { ...p, segments: [{ ...p.segments[0], status: 'done' }] } as unknown as typeof p;
    await expect(repo.save(broken)).rejects.toMatchObject({ code: 'translate.invalidProject' });
    expect(await repo.get(p.id)).toEqual(p);
  });

  it('rebuilds a lost or stale index from the project files', async () => {
    const repo = new ProjectRepo(store);
    const a = await repo.create(input('en'));
    const b = await repo.create(input('ko', 'art2'));
    await store.close();
    await fsp.writeFile(join(dir, 'projects', 'index.json'), JSON.stringify({ schema: 1, byArticle: { ghost: ['zzz'] } }));
    store = await DataStore.open(dir);
    const fresh = new ProjectRepo(store);
    expect((await fresh.listForArticle('art1')).map((p) => p.id)).toEqual([a.id]);
    expect((await fresh.listForArticle('art2')).map((p) => p.id)).toEqual([b.id]);
    expect(await fresh.listForArticle('ghost')).toEqual([]);
    await fresh.rebuildIndex();
    const index = JSON.parse(await fsp.readFile(join(dir, 'projects', 'index.json'), 'utf8'));
    expect(index.byArticle).toEqual({ art1: [a.id], art2: [b.id] });
  });
});
