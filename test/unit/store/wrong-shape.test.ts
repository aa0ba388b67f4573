// Valid JSON of the wrong shape (or from a newer schema) is corrupt: set aside, newest valid snapshot, reported;
// one bad file never hides the rest of the library, and a failed create leaves no orphan draft behind.
import { describe, it, expect } from 'vitest';
import { promises as fsp, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataStore } from '../../../main/core/store/data-store';
import { ArticleRepo, articleFile } from '../../../main/core/articles/repo';
import { SettingsRepo } from '../../../main/core/settings';
import type { WriteFs } from '../../../main/core/store/atomic-write';
import { tempDir } from './helpers';

async function library(n: number) {
  const dir = tempDir();
  const store = await DataStore.open(dir, { snapshotIntervalMs: 0 });
  const repo = new ArticleRepo(store);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await repo.create({ title: `Berita ${i}`, body: `<p>isi ${i}</p>` })).id);
  await new SettingsRepo(store).set({ uiLang: 'ko' });
  await repo.flush();
  await store.close();
  return { dir, ids };
}

const open = (dir: string) => DataStore.open(dir, { snapshotIntervalMs: 0 });
const asideIn = (dir: string) => readdirSync(dir).filter((n) => n.includes('.corrupt-'));

const badArticles: [string, (id: string) => unknown][] = [
  ['a number where the article is', () => ({ schema: 1, article: 5 })],
  ['an article missing its body', (id) => ({ schema: 1, article: { id, title: 'x', lang: 'id' } })],
  ['an article from a newer schema', (id) => ({ schema: 99, article: { id, title: 'dari masa depan' } })],
  ['an array', () => [1, 2, 3]],
  ['another article\'s content under this name', () => ({ schema: 1, article: { id: 'someoneelse', title: 'x', lang: 'id', status: 'draft', dateline: { outlet: '', place: '' }, byline: '', body: '', createdAt: '', updatedAt: '', deletedAt: null, rev: 1 } })],
];

describe('wrong-shape files are corrupt files', () => {
  for (const [name, bad] of badArticles) {
    it(`article file holding ${name}: the snapshot comes back, the others stay listed, the report names the file`, async () => {
      const { dir, ids } = await library(3);
      const file = join(dir, articleFile(ids[1]));
      await fsp.writeFile(file, JSON.stringify(bad(ids[1])));
      const store = await open(dir);
      const repo = new ArticleRepo(store);
      const list = await repo.list();
      expect(list.map((a) => a.id).sort()).toEqual([...ids].sort());
      expect((await repo.get(ids[1])).title).toBe('Berita 1');
      expect(store.recoveries.map((r) => r.file)).toEqual([file]);
      expect(store.recoveries[0].snapshot).toMatch(/\.snapshots/);
      expect(asideIn(join(dir, 'articles'))).toHaveLength(1);
      await store.close();
    });
  }

  it('a wrong-shape article with no snapshot: the others are listed, opening it is a clear not-found error', async () => {
    const { dir, ids } = await library(3);
    const file = join(dir, articleFile(ids[0]));
    await fsp.writeFile(file, JSON.stringify({ schema: 1, article: 5 }));
    await fsp.rm(join(dir, '.snapshots', `articles__${ids[0]}.json`), { recursive: true });
    const store = await open(dir);
    const repo = new ArticleRepo(store);
    expect((await repo.list()).map((a) => a.id)).toEqual(expect.arrayContaining([ids[1], ids[2]]));
    await expect(repo.get(ids[0])).rejects.toMatchObject({ code: 'articles.notFound' });
    // Once found unreadable it leaves the list (its text is kept in the .corrupt- copy the banner names).
    expect((await repo.list()).map((a) => a.id).sort()).toEqual([ids[1], ids[2]].sort());
    expect(store.recoveries).toMatchObject([{ file, snapshot: null }]);
    expect(asideIn(join(dir, 'articles'))).toHaveLength(1); // the damaged text is kept, never deleted
    await store.close();
  });

  it('a wrong-shape library.json is rebuilt from the article files and named in the report', async () => {
    const { dir, ids } = await library(3);
    await fsp.writeFile(join(dir, 'library.json'), JSON.stringify({ schema: 1, articles: 5 }));
    const store = await open(dir);
    const repo = new ArticleRepo(store);
    expect((await repo.list()).map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(store.recoveries.map((r) => r.file)).toEqual([join(dir, 'library.json')]);
    // "New draft" three times: three drafts, three files, each listed — no orphans, no failures.
    for (let i = 0; i < 3; i++) await repo.create({ title: `baru ${i}` });
    const files = readdirSync(join(dir, 'articles')).filter((n) => /^[A-Za-z0-9_-]+\.json$/.test(n));
    expect(files).toHaveLength(6);
    expect(await repo.list()).toHaveLength(6);
    await store.close();
  });

  it('a wrong-shape settings.json is set aside and the last good settings come back', async () => {
    const { dir } = await library(1);
    await fsp.writeFile(join(dir, 'settings.json'), JSON.stringify({ schema: 1, uiLang: 'xx', allowedEndpoints: 'all' }));
    const store = await open(dir);
    expect((await new SettingsRepo(store).get()).uiLang).toBe('ko');
    expect(store.recoveries.map((r) => r.file)).toEqual([join(dir, 'settings.json')]);
    await store.close();
  });

  it('a create whose article write fails reports failure and leaves no file and no listed draft', async () => {
    const { dir } = await library(1);
    const failing: WriteFs = {
      open: (async (p: string, ...rest: unknown[]) => {
        if (String(p).includes('/articles/.')) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        return (fsp.open as (...a: unknown[]) => unknown)(p, ...rest);
      }) as WriteFs['open'],
      rename: fsp.rename,
      unlink: fsp.unlink,
    };
    const store = await DataStore.open(dir, { snapshotIntervalMs: 0, fs: failing });
    const repo = new ArticleRepo(store);
    const before = readdirSync(join(dir, 'articles')).length;
    for (let i = 0; i < 3; i++) await expect(repo.create({ title: 'gagal' })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readdirSync(join(dir, 'articles')).length).toBe(before);
    expect(await repo.list()).toHaveLength(1);
    await store.close();
  });
});
