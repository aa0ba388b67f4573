// The store's contract: atomic saves, one writer per file, schema migrations, the folder lock, write errors.
import { describe, it, expect } from 'vitest';
import { promises as fsp, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataStore } from '../../../main/core/store/data-store';
import { ArticleRepo } from '../../../main/core/articles/repo';
import { migrate } from '../../../main/core/store/migrations';
import { AppError, toErrorPayload } from '../../../main/core/errors';
import { realFs } from '../../../main/core/store/atomic-write';
import { setImmutable, tempDir } from './helpers';

describe('DataStore', () => {
  it('serialises concurrent writes to one file and leaves no temp files', async () => {
    const dir = tempDir();
    const store = await DataStore.open(dir);
    const repo = new ArticleRepo(store);
    const a = await repo.create({ title: 't' });
    await Promise.all(Array.from({ length: 40 }, (_, i) => repo.save(a.id, { title: `t${i}` })));
    const onDisk = JSON.parse(await fsp.readFile(join(dir, 'articles', `${a.id}.json`), 'utf8'));
    expect(onDisk.article.rev).toBe(41);
    expect(readdirSync(join(dir, 'articles')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await store.close();
  });

  it('returns the same cached instance for one file', async () => {
    const store = await DataStore.open(tempDir());
    const spec = { defaults: () => ({ schema: 1, n: 0 }) };
    expect(await store.doc('x.json', spec)).toBe(await store.doc('x.json', spec));
    await store.close();
  });

  it('refuses a second writer on the same folder with a clear lock error', async () => {
    const dir = tempDir();
    const first = await DataStore.open(dir);
    // Same pid would be re-entrant; simulate another live process owning the lock.
    await fsp.writeFile(join(dir, '.redaksi.lock'), JSON.stringify({ pid: process.ppid, host: (await import('node:os')).hostname() }));
    await expect(DataStore.open(dir)).rejects.toMatchObject({ code: 'store.locked' });
    await first.close();
  });

  it('takes over a stale lock left by a dead process', async () => {
    const dir = tempDir();
    await fsp.writeFile(join(dir, '.redaksi.lock'), JSON.stringify({ pid: 999_999_999, host: (await import('node:os')).hostname() }));
    const store = await DataStore.open(dir);
    expect(JSON.parse(await fsp.readFile(join(dir, '.redaksi.lock'), 'utf8')).pid).toBe(process.pid);
    await store.close();
  });

  it('removes temp files left by a killed writer', async () => {
    const dir = tempDir();
    await fsp.mkdir(join(dir, 'articles'));
    await fsp.writeFile(join(dir, 'articles', '.abc.json.123.deadbeef.tmp'), '{"half');
    const store = await DataStore.open(dir);
    expect(readdirSync(join(dir, 'articles'))).toEqual([]);
    await store.close();
  });

  it('migrates old documents and refuses newer ones', () => {
    const v1 = { schema: 1, name: 'a' };
    const out = migrate<{ schema: number; name: string; tags: string[] }>(v1, [(d) => ({ ...d, tags: [] })], 'x.json');
    expect(out).toEqual({ schema: 2, name: 'a', tags: [] });
    expect(() => migrate({ schema: 5 }, [], 'x.json')).toThrow(AppError);
  });

  it('a save into a read-only folder fails with store.readOnly and the article keeps its last saved text', async () => {
    const dir = tempDir();
    const store = await DataStore.open(dir);
    const repo = new ArticleRepo(store);
    const a = await repo.create({ title: 'tetap', body: '<p>lama</p>' });
    const immutable = setImmutable(join(dir, 'articles'), true);
    try {
      if (!immutable) {
        // No chattr here: inject the error the OS would give.
        const fsWithError = { ...realFs, open: (async () => { throw Object.assign(new Error('EROFS'), { code: 'EROFS' }); }) as typeof realFs.open };
        const s2 = await DataStore.open(tempDir(), { fs: fsWithError });
        await expect(new ArticleRepo(s2).create({ title: 'x' })).rejects.toMatchObject({ code: 'EROFS' });
        await s2.close();
        return;
      }
      const err = await repo.save(a.id, { body: '<p>baru</p>' }).catch((e) => e);
      expect(toErrorPayload(err).code).toBe('store.readOnly');
      expect((await repo.get(a.id)).body).toBe('<p>lama</p>');
    } finally {
      setImmutable(join(dir, 'articles'), false);
    }
    const saved = await repo.save(a.id, { body: '<p>baru</p>' });
    expect(saved.body).toBe('<p>baru</p>');
    await store.close();
  });

  it('a full disk (ENOSPC) reads as store.diskFull and leaves the old file intact', async () => {
    const dir = tempDir();
    let failWrites = false;
    const fs = {
      ...realFs,
      open: (async (...args: Parameters<typeof realFs.open>) => {
        const h = await realFs.open(...args);
        if (!failWrites) return h;
        return Object.assign(Object.create(h), {
          writeFile: async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          },
          close: () => h.close(),
        });
      }) as typeof realFs.open,
    };
    const store = await DataStore.open(dir, { fs });
    const repo = new ArticleRepo(store);
    const a = await repo.create({ title: 'x', body: '<p>aman</p>' });
    failWrites = true;
    const err = await repo.save(a.id, { body: '<p>hilang?</p>' }).catch((e) => e);
    expect(toErrorPayload(err).code).toBe('store.diskFull');
    failWrites = false;
    expect(JSON.parse(await fsp.readFile(join(dir, 'articles', `${a.id}.json`), 'utf8')).article.body).toBe('<p>aman</p>');
    expect(readdirSync(join(dir, 'articles')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await store.close();
  });
});
