// Ids that name files are checked in the domain, so the CLI cannot reach a snapshot or another folder either.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataStore } from '../../../main/core/store/data-store';
import { ArticleRepo } from '../../../main/core/articles/repo';
import { tempDir } from '../store/helpers';

describe('ids that name files', () => {
  it('"../.snapshots/…" and friends are refused as not-found, and no file changes', async () => {
    const dir = tempDir();
    const store = await DataStore.open(dir, { snapshotIntervalMs: 0 });
    const repo = new ArticleRepo(store);
    const a = await repo.create({ title: 'asli', body: '<p>x</p>' });
    const snapDir = join(dir, '.snapshots', `articles__${a.id}.json`);
    const snap = readdirSync(snapDir)[0];
    const before = readFileSync(join(snapDir, snap), 'utf8');
    for (const bad of [`../.snapshots/articles__${a.id}.json/${snap.replace(/\.json$/, '')}`, '..', 'a/b', '', 'x'.repeat(65), 'a.json']) {
      await expect(repo.get(bad)).rejects.toMatchObject({ code: 'articles.notFound' });
      await expect(repo.save(bad, { title: 'ditimpa' })).rejects.toMatchObject({ code: 'articles.notFound' });
    }
    expect(readFileSync(join(snapDir, snap), 'utf8')).toBe(before);
    await store.close();
  });
});
