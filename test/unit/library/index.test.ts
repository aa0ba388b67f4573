// The library's persistent index (issue 16): the first page comes from library.json alone, marks are checked by
// content hash (a copied folder with new file times heals after one check), the stored search text is used only
// while its hash matches, and a damaged or missing index never hides a draft.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { promises as fsp, cpSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataStore } from '../../../main/core/store/data-store';
import { ArticleRepo, articleFile } from '../../../main/core/articles/repo';
import { SEARCH_DIR } from '../../../main/core/articles/search-store';
import { tempDir } from '../store/helpers';

const open = (dir: string) => DataStore.open(dir, { snapshotIntervalMs: 0 });

async function library(n: number) {
  const dir = tempDir('redaksi-index-');
  const store = await open(dir);
  const repo = new ArticleRepo(store);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await repo.create({ title: `Berita ${i}`, body: `<p>isi nomor ${i} kata${i}unik</p>` })).id);
  await repo.warmUp(); // stores the search text too
  await repo.flush();
  await store.close();
  return { dir, ids };
}

/** Counts reads of article files (not library.json, not the search shards). */
function countArticleReads() {
  const spy = vi.spyOn(fsp, 'readFile');
  return () => spy.mock.calls.filter(([p]) => String(p).includes('/articles/')).length;
}

afterEach(() => vi.restoreAllMocks());

describe('library index', () => {
  it('the first page and the counts come from the index without reading an article file', async () => {
    const { dir } = await library(12);
    const reads = countArticleReads();
    const store = await open(dir);
    const repo = new ArticleRepo(store);
    const page = await repo.search({ limit: 5, offset: 10 });
    expect(page.total).toBe(12);
    expect(page.hits.map((h) => h.title)).toEqual(['Berita 1', 'Berita 0']);
    expect(await repo.counts()).toEqual({ live: 12, trash: 0 });
    await repo.list(); // waits for the background check: nothing changed, so nothing was read
    expect(reads()).toBe(0);
    expect(repo.fileChecks).toEqual({ hashed: 0, parsed: 0 });
    await store.close();
  });

  it('a folder copied with new file times is checked by content hash once, then used as it is', async () => {
    const { dir, ids } = await library(8);
    const copy = tempDir('redaksi-index-copy-');
    cpSync(dir, copy, { recursive: true });
    const later = new Date(Date.now() + 3_600_000);
    for (const id of ids) utimesSync(join(copy, articleFile(id)), later, later);

    let store = await open(copy);
    let repo = new ArticleRepo(store);
    expect((await repo.list()).length).toBe(8);
    expect(repo.fileChecks).toEqual({ hashed: 8, parsed: 0 }); // same content: only the marks are renewed
    await repo.flush();
    await store.close();

    store = await open(copy);
    repo = new ArticleRepo(store);
    expect((await repo.list()).length).toBe(8);
    expect(repo.fileChecks).toEqual({ hashed: 0, parsed: 0 }); // healed
    await store.close();
  });

  it('an article changed outside the app is read again: new summary, new search text, a change is reported', async () => {
    const { dir, ids } = await library(4);
    const file = join(dir, articleFile(ids[2]));
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.article.title = 'Judul baru';
    doc.article.body = '<p>kata trenggiling muncul</p>';
    writeFileSync(file, JSON.stringify(doc));
    const reads = countArticleReads();
    const store = await open(dir);
    const repo = new ArticleRepo(store);
    const changed: string[] = [];
    repo.onChange((id) => changed.push(id));
    expect((await repo.list()).find((a) => a.id === ids[2])?.title).toBe('Judul baru');
    expect(changed).toEqual([ids[2]]);
    expect(reads()).toBe(1); // the spy sees article reads: the zero counts above mean something
    expect((await repo.search({ q: 'trenggiling' })).hits.map((h) => h.id)).toEqual([ids[2]]);
    expect((await repo.search({ q: 'kata2unik' })).total).toBe(0);
    await store.close();
  });

  it('the stored search text is used without reading the article files, and saves keep it current', async () => {
    const { dir, ids } = await library(6);
    expect(readdirSync(join(dir, SEARCH_DIR)).length).toBeGreaterThan(0);
    const reads = countArticleReads();
    let store = await open(dir);
    let repo = new ArticleRepo(store);
    expect((await repo.search({ q: 'kata3unik' })).hits.map((h) => h.id)).toEqual([ids[3]]);
    expect(reads()).toBe(0);
    await repo.save(ids[3], { body: '<p>sekarang tentang kelelawar</p>' });
    expect((await repo.search({ q: 'kelelawar' })).hits.map((h) => h.id)).toEqual([ids[3]]);
    expect((await repo.search({ q: 'kata3unik' })).total).toBe(0);
    await repo.flush();
    await store.close();

    store = await open(dir);
    repo = new ArticleRepo(store);
    expect((await repo.search({ q: 'kelelawar' })).hits.map((h) => h.id)).toEqual([ids[3]]);
    await repo.list();
    expect(repo.fileChecks.parsed).toBe(0); // the save's mark and stored text were both current
    await store.close();
  });

  it('damaged search shards are rebuilt from the article files and written again', async () => {
    const { dir, ids } = await library(10);
    const shards = readdirSync(join(dir, SEARCH_DIR));
    writeFileSync(join(dir, SEARCH_DIR, shards[0]), '{"schema":1,"entr');
    for (const s of shards.slice(1)) writeFileSync(join(dir, SEARCH_DIR, s), JSON.stringify({ schema: 1, entries: [1, 2] }));
    const store = await open(dir);
    const repo = new ArticleRepo(store);
    for (let i = 0; i < 10; i++) expect((await repo.search({ q: `kata${i}unik` })).hits.map((h) => h.id)).toEqual([ids[i]]);
    await repo.flush();
    for (const s of readdirSync(join(dir, SEARCH_DIR))) expect(JSON.parse(readFileSync(join(dir, SEARCH_DIR, s), 'utf8')).schema).toBe(1);
    await store.close();
  });

  it('a draft written but missing from library.json (crash before the index flush) is on the first page', async () => {
    const { dir, ids } = await library(3);
    const index = JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8'));
    delete index.articles[ids[1]];
    delete index.files[ids[1]];
    writeFileSync(join(dir, 'library.json'), JSON.stringify(index));
    const store = await open(dir);
    const repo = new ArticleRepo(store);
    expect((await repo.search({})).hits.map((h) => h.id).sort()).toEqual([...ids].sort());
    await store.close();
  });

  it('one damaged entry in library.json: only that draft is read again, nothing is reported, nothing is hidden', async () => {
    const { dir, ids } = await library(3);
    const index = JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8'));
    index.articles[ids[0]].wordCount = 'many';
    index.files[ids[2]] = 'not a mark';
    writeFileSync(join(dir, 'library.json'), JSON.stringify(index));
    const store = await open(dir);
    const repo = new ArticleRepo(store);
    const page = await repo.search({});
    expect(page.hits.map((h) => h.id).sort()).toEqual([...ids].sort());
    expect(page.hits.find((h) => h.id === ids[0])?.words).toBe(4);
    expect(repo.fileChecks.parsed).toBe(1);
    expect(store.recoveries).toEqual([]);
    await store.close();
  });

  it('a torn library.json with no snapshot: every draft is on the first page, and search finds them', async () => {
    const { dir, ids } = await library(5);
    writeFileSync(join(dir, 'library.json'), '{"schema":1,"articles":{');
    await fsp.rm(join(dir, '.snapshots', 'library.json'), { recursive: true, force: true });
    const store = await open(dir);
    const repo = new ArticleRepo(store);
    expect((await repo.search({ limit: 100 })).hits.map((h) => h.id).sort()).toEqual([...ids].sort());
    expect((await repo.search({ q: 'kata4unik' })).hits.map((h) => h.id)).toEqual([ids[4]]);
    expect(store.recoveries.map((r) => r.file)).toEqual([join(dir, 'library.json')]);
    await store.close();
  });

  it('pages: filters, sorts and offsets over the index agree with the full-text path', async () => {
    const { dir } = await library(7);
    const store = await open(dir);
    const repo = new ArticleRepo(store);
    const all = await repo.list();
    await repo.setDeleted(all[0].id, true);
    const byTitle = await repo.search({ sort: 'title', limit: 3, offset: 3 });
    expect(byTitle.total).toBe(6);
    expect(byTitle.hits.map((h) => h.title)).toEqual(['Berita 3', 'Berita 4', 'Berita 5']);
    expect((await repo.search({ trash: 'only' })).hits.map((h) => h.id)).toEqual([all[0].id]);
    expect(await repo.counts()).toEqual({ live: 6, trash: 1 });
    const viaText = await repo.search({ q: 'isi', sort: 'title', limit: 3, offset: 3 });
    expect(viaText.hits.map((h) => h.title)).toEqual(byTitle.hits.map((h) => h.title));
    await store.close();
  });
});
