// Emptying the trash removes a draft for good together with its quotes and its translation projects.
import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../../main/app';

describe('purging a draft', () => {
  it('takes its quotes, anchors, translations and snapshots with it and leaves other drafts alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redaksi-purge-'));
    const app = await openApp(dir, { harness: true, version: 't', emit: () => {}, openExternal: async () => {}, store: { snapshotIntervalMs: 0 } });
    const call = async <T>(channel: string, payload: unknown): Promise<T> => {
      const r = await app.dispatch(channel, payload);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.data as T;
    };
    const body = '<p>“Kami siap membantu,” kata Gubernur Jawa Tengah Ganjar Pranowo.</p>';
    const gone = await call<{ id: string }>('articles.create', { title: 'Hapus', body });
    const kept = await call<{ id: string }>('articles.create', { title: 'Simpan', body });
    for (const a of [gone, kept]) {
      await call('quotes.get', { articleId: a.id });
      await call('translate.create', { articleId: a.id, targetLang: 'ko', pivotLang: null });
    }
    expect(existsSync(join(dir, 'quotes', `${gone.id}.json`))).toBe(true);

    await call('articles.trash', { id: gone.id, deleted: true });
    expect(await call('articles.emptyTrash', {})).toEqual({ purged: 1 });

    const left = (sub: string) => readdirSync(join(dir, sub)).join(' ');
    for (const sub of ['articles', 'quotes', 'quotes-anchor', 'revisions']) {
      expect(left(sub)).not.toContain(gone.id);
      expect(left(sub)).toContain(kept.id);
    }
    expect(left('.snapshots')).not.toContain(gone.id);
    const projects = await call<{ articleId: string }[]>('translate.list', { articleId: gone.id });
    expect(projects).toEqual([]);
    expect(await call<unknown[]>('translate.list', { articleId: kept.id })).toHaveLength(1);
    await app.close();
  });
});
