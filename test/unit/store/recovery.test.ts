// Corrupt files (truncated, empty, NUL-filled, garbage) are set aside and the newest good snapshot is loaded.
import { describe, it, expect } from 'vitest';
import { promises as fsp, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataStore } from '../../../main/core/store/data-store';
import { ArticleRepo, articleFile } from '../../../main/core/articles/repo';
import { tempDir } from './helpers';

async function seeded() {
  const dir = tempDir();
  const store = await DataStore.open(dir, { snapshotIntervalMs: 0 });
  const repo = new ArticleRepo(store);
  const a = await repo.create({ title: 'Banjir', body: '<p>versi satu</p>' });
  await repo.save(a.id, { body: '<p>versi dua</p>' });
  await repo.flush();
  await store.close();
  return { dir, id: a.id, file: join(dir, articleFile(a.id)) };
}

const corruptions: [string, (file: string) => Promise<void>][] = [
  ['truncated', async (f) => fsp.writeFile(f, (await fsp.readFile(f, 'utf8')).slice(0, 25))],
  ['empty', async (f) => fsp.writeFile(f, '')],
  ['NUL-filled', async (f) => fsp.writeFile(f, Buffer.alloc(4096, 0))],
  ['garbage', async (f) => fsp.writeFile(f, '{"schema":1,"article":{"id":')],
];

describe('recovery from a corrupt article file', () => {
  for (const [name, corrupt] of corruptions) {
    it(`recovers a ${name} file from the newest snapshot and keeps the broken copy`, async () => {
      const { dir, id, file } = await seeded();
      await corrupt(file);
      const store = await DataStore.open(dir, { snapshotIntervalMs: 0 });
      const reports: string[] = [];
      store.onRecovery((r) => reports.push(r.file));
      const article = await new ArticleRepo(store).get(id);
      expect(article.body).toBe('<p>versi dua</p>');
      expect(reports).toEqual([file]);
      expect(store.recoveries[0].snapshot).toMatch(/\.snapshots/);
      const aside = readdirSync(join(dir, 'articles')).filter((n) => n.includes('.corrupt-'));
      expect(aside).toHaveLength(1);
      // The restored file itself parses again.
      expect(JSON.parse(await fsp.readFile(file, 'utf8')).article.id).toBe(id);
      await store.close();
    });
  }

  it('a corrupt library index is rebuilt from the article files', async () => {
    const { dir, id } = await seeded();
    await fsp.writeFile(join(dir, 'library.json'), '\u0000\u0000');
    await fsp.rm(join(dir, '.snapshots', 'library.json'), { recursive: true, force: true });
    const store = await DataStore.open(dir);
    const list = await new ArticleRepo(store).list();
    expect(list.map((a) => a.id)).toEqual([id]);
    expect(store.recoveries).toHaveLength(1);
    expect(store.recoveries[0].snapshot).toBeNull();
    await store.close();
  });

  it('keeps at most the configured number of snapshots', async () => {
    const dir = tempDir();
    const store = await DataStore.open(dir, { snapshotIntervalMs: 0, snapshotsKept: 3 });
    const repo = new ArticleRepo(store);
    const a = await repo.create({ title: 'x' });
    for (let i = 0; i < 8; i++) await repo.save(a.id, { body: `<p>${i}</p>` });
    const snaps = readdirSync(join(dir, '.snapshots', `articles__${a.id}.json`));
    expect(snaps).toHaveLength(3);
    await store.close();
  });
});
