// The article channels end to end through dispatch: sanitising saves, status revisions, import, search, trash.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openApp, type OpenedApp } from '../../../main/app';

const SAMPLE = resolve(import.meta.dirname, '../../../resources/samples/semarang-ekraf-korsel.id.txt');
let dir: string;
let app: OpenedApp;
const events: string[] = [];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test shorthand over many response shapes
async function call<T = any>(channel: string, payload: unknown): Promise<T> {
  const r = await app.dispatch(channel, payload);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.data as T;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-lib-'));
  events.length = 0;
  app = await openApp(dir, { harness: true, version: 't', emit: (e) => events.push(e), openExternal: async () => {} });
});
afterEach(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('article handlers', () => {
  it('importFile: base64 bytes → a draft with dateline and detected language', async () => {
    const dataBase64 = readFileSync(SAMPLE).toString('base64');
    const o = await call('articles.importFile', { name: 'sample.txt', dataBase64 });
    expect(o.article.dateline).toMatchObject({ outlet: 'MONITOR', place: 'Semarang' });
    expect(o.detectedLang).toBe('id');
    expect(o.langChosen).toBe(false);
    expect(events).toContain('articles.changed');
    const forced = await call('articles.importFile', { name: 'sample.txt', dataBase64, lang: 'en' });
    expect(forced.article.lang).toBe('en');
    expect(forced.langChosen).toBe(true);
  });

  it('importFile refuses oversized, empty and unsupported files and creates nothing', async () => {
    const big = 'A'.repeat(28_000_000);
    await expect(call('articles.importFile', { name: 'a.txt', dataBase64: big })).rejects.toMatchObject({ code: 'import.tooLarge' });
    await expect(call('articles.importFile', { name: 'a.txt', dataBase64: '' })).rejects.toMatchObject({ code: 'import.empty' });
    await expect(call('articles.importFile', { name: 'a.png', dataBase64: 'AAAA' })).rejects.toMatchObject({ code: 'import.unsupported' });
    await expect(call('articles.importFile', { name: 'a.docx', dataBase64: Buffer.from('nope').toString('base64') })).rejects.toMatchObject({
      code: 'import.docxNotZip',
    });
    expect(await call('articles.list', {})).toEqual([]);
  });

  it('save sanitises the body and a status change is its own revision', async () => {
    const a = await call('articles.create', { title: 'T', body: '<p>satu</p><script>x()</script>' });
    expect(a.body).toBe('<p>satu</p>');
    const saved = await call('articles.save', {
      id: a.id,
      patch: { body: '<p onclick="x()">dua <a href="javascript:x()">tautan</a></p><img src=x onerror=y()>' },
    });
    expect(saved.body).not.toMatch(/onclick|javascript|<img|onerror/);
    expect(saved.body).toContain('dua');
    await call('articles.save', { id: a.id, patch: { status: 'ready' } });
    const revs = await call<{ rev: number; reason: string }[]>('articles.revisions', { id: a.id });
    expect(revs.map((r) => r.reason)).toEqual(['status', 'autosave', 'import']);
    const diff = await call<{ op: string; text: string }[]>('articles.diff', { id: a.id, from: 1, to: 2 });
    expect(diff.some((p) => p.op === 'insert' && p.text.includes('dua'))).toBe(true);
    const restored = await call('articles.restore', { id: a.id, rev: 1 });
    expect(restored.body).toBe('<p>satu</p>');
    expect(restored.status).toBe('ready');
    expect((await call<{ reason: string }[]>('articles.revisions', { id: a.id }))[0].reason).toBe('restore');
  });

  it('search carries datelines and highlights; duplicate, trash and empty trash', async () => {
    const o = await call('articles.importPaste', { text: 'Judul\nJAKARTA (ANTARA) - Harga kopi naik di pasar.\nLagi.' });
    const dup = await call('articles.duplicate', { id: o.article.id, titleSuffix: ' (salinan)' });
    expect(dup.title).toBe('Judul (salinan)');
    const res = await call('articles.search', { q: 'KOPI' });
    expect(res.total).toBe(2);
    expect(res.hits[0].dateline).toMatchObject({ outlet: 'ANTARA', place: 'Jakarta' });
    expect(res.hits[0].snippetHighlights.length).toBeGreaterThan(0);
    await call('articles.trash', { id: dup.id, deleted: true });
    expect((await call('articles.search', { trash: 'only' })).total).toBe(1);
    expect(await call('articles.emptyTrash', {})).toEqual({ purged: 1 });
    expect((await call<unknown[]>('articles.list', {})).length).toBe(1);
  });
});
