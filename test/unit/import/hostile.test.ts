// Hostile imports are refused before the work, quickly, with a message naming the limit — and the app stays
// responsive meanwhile. These are the attack tests; bounds are generous for a loaded 2-core machine.
import { describe, it, expect, beforeAll } from 'vitest';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../../../main/core/import';
import { importPaste } from '../../../main/core/import/paste';
import { openApp } from '../../../main/app';
import { importPool } from '../../../main/core/pool';
import { zipBombDocx } from './zip-bomb';
import { makeDocx } from './docx-fixture';

let bomb: Buffer;
let liar: Buffer;
beforeAll(async () => {
  bomb = await zipBombDocx(200);
  liar = await zipBombDocx(200, { lie: true });
  // The import pool's threads start once per app; from source that includes compiling TypeScript (seconds here).
  await importPool().warm();
}, 120_000);

describe('zip bomb .docx', () => {
  it('is small on disk and declares 200 MB inside', () => {
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(bomb.length).toBeGreaterThan(100 * 1024);
  });

  it('is refused in < 2 s with < 200 MB extra memory, naming the limit, while another request is answered', async () => {
    const app = await openApp(mkdtempSync(join(tmpdir(), 'redaksi-bomb-')), { harness: true, version: 't', emit: () => {}, openExternal: async () => {} });
    try {
      const loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      const before = process.memoryUsage();
      const t0 = performance.now();
      const importing = app.dispatch('articles.importFile', { name: 'bom.docx', dataBase64: bomb.toString('base64') });
      const other = (async () => {
        const s = performance.now();
        const r = await app.dispatch('articles.list', {});
        return { ok: r.ok, ms: performance.now() - s };
      })();
      const [res, list] = await Promise.all([importing, other]);
      const ms = performance.now() - t0;
      loop.disable();
      const after = process.memoryUsage();
      expect(res).toMatchObject({ ok: false, error: { code: 'import.limitExpanded' } });
      expect((res as { error: { message: string } }).error.message).toMatch(/limit is 60\.0 MB/);
      expect(ms).toBeLessThan(2000);
      expect((after.rss - before.rss) / 2 ** 20).toBeLessThan(200);
      expect(list.ok).toBe(true);
      expect(list.ms).toBeLessThan(100 + ms); // answered alongside, not after minutes of inflating
      expect(loop.max / 1e6).toBeLessThan(100); // the event loop never stalled 100 ms
      expect((await app.dispatch('articles.list', {})) as { data: unknown[] }).toMatchObject({ data: [] });
    } finally {
      await app.close();
    }
  });

  it('a bomb that lies about its size is stopped by the inflate cap, not after inflating everything', async () => {
    const t0 = performance.now();
    await expect(importFile('liar.docx', liar)).rejects.toMatchObject({ code: 'import.limitExpanded' });
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('too many paragraphs is refused by the paragraph limit', async () => {
    const many = await zipBombDocx(3); // ~90,000 tiny paragraphs in 3 MB: under the size limits
    await expect(importFile('many.docx', many)).rejects.toMatchObject({ code: 'import.limitParagraphs', params: { limit: 50_000 } });
  });

  it('a real .docx still imports', async () => {
    const r = await importFile('ok.docx', await makeDocx());
    expect(r.title + r.body).toContain('Ganjar');
  });
});

describe('nesting and element floods', () => {
  for (const tag of ['div', 'blockquote', 'strong', 'ul']) {
    it(`50,000-deep nested <${tag}> HTML is refused in < 2 s, naming the depth limit`, async () => {
      const html = `<${tag}>`.repeat(50_000) + 'isi' + `</${tag}>`.repeat(50_000);
      const t0 = performance.now();
      await expect(importFile('deep.html', Buffer.from(html))).rejects.toMatchObject({ code: 'import.limitDepth', params: { limit: 512 } });
      expect(() => importPaste({ html })).toThrow(/limit is 512/);
      expect(performance.now() - t0).toBeLessThan(2000);
    });
  }

  it('ordinary nesting (a list inside a quote inside a list) still imports', async () => {
    const r = await importFile('ok.html', Buffer.from('<ul><li>a<blockquote><p>kutipan <strong>tebal</strong></p><ul><li>b</li></ul></blockquote></li></ul>'));
    expect(r.body).toContain('<strong>tebal</strong>');
  });
});

describe('a 4.75 MB body', () => {
  it('is saved and reloaded (bounded, linear work; the figure is in the import bench)', async () => {
    const app = await openApp(mkdtempSync(join(tmpdir(), 'redaksi-big-')), { harness: true, version: 't', emit: () => {}, openExternal: async () => {} });
    try {
      const para = (i: number) => `<p>Paragraf ${i}: <strong>Jakarta</strong> dan <em>Semarang</em> diguyur hujan deras sejak pagi.</p>`;
      let body = '';
      for (let i = 0; body.length < 4.75 * 1024 * 1024; i++) body += para(i);
      const created = (await app.dispatch('articles.create', { title: 'besar' })) as { data: { id: string } };
      const t0 = performance.now();
      const saved = await app.dispatch('articles.save', { id: created.data.id, patch: { body } });
      const got = (await app.dispatch('articles.get', { id: created.data.id })) as { ok: boolean; data: { body: string } };
      const ms = performance.now() - t0;
      expect(saved.ok).toBe(true);
      expect(got.data.body.length).toBeGreaterThan(4.5 * 1024 * 1024);
      // Was 15+ minutes (quadratic repair). 2 s on an idle machine; 15 s here leaves room for a loaded CI box.
      expect(ms).toBeLessThan(15_000);
    } finally {
      await app.close();
    }
  });
});
