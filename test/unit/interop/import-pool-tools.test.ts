// Real files from real tools through the app's import channels (parsed in the import pool): a .docx LibreOffice
// writes and a TMX translate-toolkit's po2tmx writes import exactly as the in-thread parsers read them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { openApp } from '../../../main/app';
import { importFile } from '../../../main/core/import';
import { escapeHtml } from '../../../main/core/articles/text';
import { SAMPLE_ARTICLE } from '../helpers/paths';
import { readText, run, tempDir, toolIt } from './tools';

const open = (dir: string) => openApp(join(dir, 'data'), { harness: true, version: 't', emit: () => {}, openExternal: async () => {} });
type R<T> = { ok: boolean; data: T; error?: unknown };

describe('imports through the pool, from real tools', () => {
  toolIt(['soffice'], 'a .docx written by LibreOffice imports through articles.importFile like the in-thread importer reads it', async () => {
    const dir = tempDir('soffice-docx');
    const [title, ...paras] = readFileSync(SAMPLE_ARTICLE, 'utf8').split('\n').filter(Boolean);
    const html = `<html><body><h1>${escapeHtml(title)}</h1>${paras.map((p, i) => `<p>${i === 1 ? `<b>${escapeHtml(p)}</b>` : escapeHtml(p)}</p>`).join('')}</body></html>`;
    writeFileSync(join(dir, 'sample.html'), html);
    run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, join(dir, 'sample.html')], { timeout: 170_000 });
    const docx = readFileSync(join(dir, 'sample.docx'));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const app = await open(dir);
    try {
      const r = (await app.dispatch('articles.importFile', { name: 'sample.docx', dataBase64: docx.toString('base64') })) as R<{ article: { title: string; body: string } }>;
      expect(r.ok, JSON.stringify(r.error)).toBe(true);
      const here = await importFile('sample.docx', docx);
      expect(r.data.article.title).toBe(here.title);
      expect(r.data.article.body).toBe(here.body);
      expect(r.data.article.body).toContain('<strong>');
      expect(r.data.article.body).toContain('Ganjar');
    } finally {
      await app.close();
    }
  }, 180_000);

  toolIt(['po2tmx'], 'a TMX written by po2tmx imports through tm.importTmx, every unit', async () => {
    const dir = tempDir('po2tmx-pool');
    const pairs = Array.from({ length: 700 }, (_, i) => [`Kalimat berita nomor ${i} tentang banjir di Semarang.`, `세마랑 홍수에 관한 기사 문장 ${i}.`]);
    writeFileSync(
      join(dir, 'a.po'),
      'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' + pairs.map(([s, t]) => `msgid ${JSON.stringify(s)}\nmsgstr ${JSON.stringify(t)}\n`).join('\n'),
    );
    run('po2tmx', ['-l', 'ko', '--source-language=id', join(dir, 'a.po'), join(dir, 'a.tmx')]);
    const tmx = readText(join(dir, 'a.tmx'));
    const app = await open(dir);
    try {
      const r = (await app.dispatch('tm.importTmx', { name: 'a.tmx', dataBase64: Buffer.from(tmx).toString('base64') })) as R<{ imported: number; skipped: number }>;
      expect(r).toMatchObject({ ok: true, data: { imported: 700, skipped: 0 } }); // > 500: arrived in slices
      const hits = (await app.dispatch('tm.concordance', { phrase: 'nomor 633 tentang', from: 'id', to: 'ko' })) as R<{ unit: { source: string; target: string } }[]>;
      expect(hits.data.map((h) => h.unit)).toMatchObject([{ source: pairs[633][0], target: pairs[633][1] }]);
    } finally {
      await app.close();
    }
  }, 120_000);
});
