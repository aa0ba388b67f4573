// A real full disk (tmpfs) and an immutable folder: recovery never removes the only copy, start-up opens read-only.
import { describe, it, expect, afterEach } from 'vitest';
import { execFileSync } from 'node:child_process';
import { promises as fsp, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataStore } from '../../../main/core/store/data-store';
import { ArticleRepo, articleFile } from '../../../main/core/articles/repo';
import { setImmutable, tempDir } from './helpers';

const mounted: string[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) execFileSync('umount', ['-l', m], { stdio: 'ignore' });
});

/** A 1 MB tmpfs: a disk that really fills up. Root only (the CI runs as root; `.ci/run` documents it). */
function smallDisk(): string {
  const dir = join(tempDir('redaksi-fulldisk-'), 'data');
  mkdirSync(dir);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}

/** Fill the disk: one big filler, then small ones until ENOSPC. Returns the filler paths. */
function fill(dir: string): string[] {
  const files: string[] = [];
  const chunk = Buffer.alloc(4096, 120);
  for (let i = 0; ; i++) {
    const p = join(dir, `filler-${i}`);
    try {
      writeFileSync(p, chunk);
      files.push(p);
    } catch {
      return files;
    }
  }
}

async function seed(dir: string) {
  const store = await DataStore.open(dir, { snapshotIntervalMs: 0 });
  const repo = new ArticleRepo(store);
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) ids.push((await repo.create({ title: `Berita ${i}`, body: `<p>${'kata '.repeat(4000)}${i}</p>` })).id);
  await repo.flush();
  await store.close();
  return ids;
}

describe('a full disk during recovery', () => {
  it('corrupt article + 4 KB free: no draft disappears; the broken file stays; after freeing space recovery completes', async () => {
    const dir = smallDisk();
    const ids = await seed(dir);
    const file = join(dir, articleFile(ids[1]));
    writeFileSync(file, '{"schema":1,"article":5}');
    const fillers = fill(dir);
    await fsp.unlink(fillers.pop()!); // 4 KB free: room for the lock file, not for the restored article

    const store = await DataStore.open(dir, { snapshotIntervalMs: 0 });
    const repo = new ArticleRepo(store);
    expect((await repo.list()).map((a) => a.id).sort()).toEqual([...ids].sort());
    expect((await repo.get(ids[1])).title).toBe('Berita 1'); // served from the snapshot, in memory
    expect(store.recoveries).toMatchObject([{ file, pending: true }]);
    expect(readFileSync(file, 'utf8')).toBe('{"schema":1,"article":5}'); // the only copy of that text stays put
    expect(readdirSync(join(dir, 'articles')).filter((n) => n.includes('.corrupt-'))).toEqual([]);
    // That draft is read-only until the repair can be written, and says why.
    await expect(repo.save(ids[1], { title: 'ubah' })).rejects.toMatchObject({ code: 'store.repairPending' });
    await store.close();

    for (const f of fillers) await fsp.unlink(f);
    const again = await DataStore.open(dir, { snapshotIntervalMs: 0 });
    const repo2 = new ArticleRepo(again);
    expect((await repo2.list()).map((a) => a.id).sort()).toEqual([...ids].sort());
    expect((await repo2.get(ids[1])).title).toBe('Berita 1');
    expect(again.recoveries).toMatchObject([{ file }]);
    expect(again.recoveries[0].pending).toBeUndefined();
    expect(JSON.parse(readFileSync(file, 'utf8')).article.id).toBe(ids[1]);
    const aside = readdirSync(join(dir, 'articles')).filter((n) => n.includes('.corrupt-'));
    expect(aside.map((n) => readFileSync(join(dir, 'articles', n), 'utf8'))).toEqual(['{"schema":1,"article":5}']);
    await expect(repo2.save(ids[1], { title: 'ubah' })).resolves.toMatchObject({ title: 'ubah' });
    await again.close();
  });

  it('a save on a draft whose repair is pending completes the repair once there is room', async () => {
    const dir = smallDisk();
    const ids = await seed(dir);
    const file = join(dir, articleFile(ids[0]));
    writeFileSync(file, 'garbage');
    const fillers = fill(dir);
    await fsp.unlink(fillers.pop()!);
    const store = await DataStore.open(dir, { snapshotIntervalMs: 0 });
    const repo = new ArticleRepo(store);
    await repo.get(ids[0]);
    expect(store.recoveries[0].pending).toBe(true);
    for (const f of fillers) await fsp.unlink(f);
    await repo.save(ids[0], { title: 'sesudah' });
    expect(JSON.parse(readFileSync(file, 'utf8')).article.title).toBe('sesudah');
    expect(readdirSync(join(dir, 'articles')).filter((n) => n.includes('.corrupt-')).map((n) => readFileSync(join(dir, 'articles', n), 'utf8'))).toEqual(['garbage']);
    await store.close();
  });
});

describe('start-up on a folder that cannot be written', () => {
  it('a completely full disk: opens read-only with a notice, every draft listed', async () => {
    const dir = smallDisk();
    const ids = await seed(dir);
    const fillers = fill(dir);
    const store = await DataStore.open(dir, { snapshotIntervalMs: 0 });
    expect(store.readOnly).toBe(true);
    expect(store.recoveries).toMatchObject([{ kind: 'readOnly', reason: 'ENOSPC' }]);
    expect((await new ArticleRepo(store).list()).map((a) => a.id).sort()).toEqual([...ids].sort());
    await store.close();
    expect(fillers.length).toBeGreaterThan(0);
  });

  it('an immutable (chattr +i) data folder: opens read-only with a notice instead of failing', async () => {
    const dir = tempDir();
    const ids = await seed(dir);
    expect(setImmutable(dir, true), 'chattr +i works here (root, ext4/tmpfs)').toBe(true);
    try {
      const store = await DataStore.open(dir, { snapshotIntervalMs: 0 });
      expect(store.readOnly).toBe(true);
      expect(store.recoveries).toMatchObject([{ kind: 'readOnly', reason: expect.stringMatching(/EPERM|EACCES|EROFS/) }]);
      expect((await new ArticleRepo(store).list()).map((a) => a.id).sort()).toEqual([...ids].sort());
      await store.close();
    } finally {
      setImmutable(dir, false);
    }
  });
});
