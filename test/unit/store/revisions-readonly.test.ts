// A read-only revisions/ folder (chattr +i: root ignores chmod): saving still works and says so, history trouble is
// reported once naming the file, nothing is lost, and history resumes once the folder is writable again.
import { describe, it, expect, afterEach } from 'vitest';
import { join } from 'node:path';
import { openApp } from '../../../main/app';
import { setImmutable, tempDir } from './helpers';

let locked: string | null = null;
afterEach(() => {
  if (locked) setImmutable(locked, false);
  locked = null;
});

type R<T> = { ok: boolean; data: T; error?: { code: string } };

describe('revisions/ read-only', () => {
  it('the save succeeds, one clear notice names the history file, the text is on disk, history resumes after', async () => {
    const dir = tempDir('redaksi-rev-ro-');
    const events: { event: string; payload: { kind?: string; file?: string; reason?: string } }[] = [];
    const app = await openApp(dir, { harness: true, version: 't', emit: (event, payload) => events.push({ event, payload: payload as never }), openExternal: async () => {} });
    try {
      const created = (await app.dispatch('articles.create', { title: 'Banjir', body: '<p>Versi satu.</p>' })) as R<{ id: string }>;
      const id = created.data.id;
      locked = join(dir, 'revisions');
      expect(setImmutable(locked, true), 'chattr +i works here (root, ext4/tmpfs)').toBe(true);

      const saved = (await app.dispatch('articles.save', { id, patch: { body: '<p>Versi dua.</p>' } })) as R<{ body: string }>;
      expect(saved.ok).toBe(true);
      const again = (await app.dispatch('articles.save', { id, patch: { body: '<p>Versi tiga.</p>' } })) as R<{ body: string }>;
      expect(again.ok).toBe(true);
      const notices = events.filter((e) => e.event === 'store.recovered' && e.payload.kind === 'history');
      expect(notices).toHaveLength(1); // once, not on every autosave
      expect(notices[0].payload.file).toBe(join(dir, 'revisions', `${id}.json`));
      expect(notices[0].payload.reason).toMatch(/EPERM|EACCES|EROFS/);

      // Nothing lost: the article file holds the newest text, also for a fresh process.
      await app.close();
      const reopened = await openApp(dir, { harness: true, version: 't', emit: () => {}, openExternal: async () => {} });
      try {
        expect(((await reopened.dispatch('articles.get', { id })) as R<{ body: string }>).data.body).toBe('<p>Versi tiga.</p>');
        setImmutable(locked, false);
        locked = null;
        await reopened.dispatch('articles.save', { id, patch: { body: '<p>Versi empat.</p>' } });
        const revs = (await reopened.dispatch('articles.revisions', { id })) as R<{ rev: number }[]>;
        expect(revs.ok).toBe(true);
        expect(revs.data.length).toBeGreaterThanOrEqual(2); // revision 1 and the new one: history resumed
        const newest = (await reopened.dispatch('articles.revision', { id, rev: revs.data[0].rev })) as R<{ body: string }>;
        expect(newest.data.body).toBe('<p>Versi empat.</p>');
      } finally {
        await reopened.close();
      }
    } finally {
      await app.close().catch(() => {});
    }
  }, 60_000);
});
