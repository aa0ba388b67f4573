// `export` CLI over a real data folder: picks the project by --lang, writes the file, marks the draft exported.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../main/cli/args';
import { exportCommand } from '../../../main/cli/export';
import { ArticleRepo } from '../../../main/core/articles/repo';
import { DataStore } from '../../../main/core/store/data-store';
import { ProjectRepo } from '../../../main/core/translate/repo';
import { htmlToPlainText } from '../../../main/core/articles/text';
import { QuoteRepo, annotate } from '../../../main/core/quotes';
import { pdfText } from './tools';

let dir: string;
let id: string;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await exportCommand.run(parseArgs([...argv, '--data', join(dir, 'data')]), { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-export-cli-'));
  const store = await DataStore.open(join(dir, 'data'));
  const articles = new ArticleRepo(store);
  const a = await articles.create({
    title: 'Kerja Sama Ekraf',
    lang: 'id',
    dateline: { place: 'Semarang', outlet: 'Redaksi' },
    body: '<p>Ganjar bertemu duta besar. Mereka membahas kerja sama.</p><p>Desain dimulai dari otomotif.</p>',
  });
  id = a.id;
  const projects = new ProjectRepo(store);
  const p = await projects.create({ articleId: a.id, text: htmlToPlainText(a.body), sourceLang: 'id', targetLang: 'ko', pivotLang: null });
  const targets = ['간자르가 대사를 만났다.', '그들은 협력을 논의했다.', '디자인은 자동차에서 시작된다.'];
  await projects.save({
    ...p,
    segments: p.segments.map((s, i) => ({ ...s, target: targets[i] ?? '', status: i === 1 ? 'translated' : 'approved' })),
  });
  await articles.flush();
  await store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('export CLI', () => {
  it('exports the Korean translation as PDF (--approved-only: the source stands in) and marks the draft exported only when asked', async () => {
    const plain = await run(id, '--format', 'txt', '--out', join(dir, 'plain') + '/');
    expect(plain.code).toBe(0);
    const before = await DataStore.open(join(dir, 'data'), { readOnly: true });
    expect((await new ArticleRepo(before).get(id)).status).not.toBe('exported');
    await before.close();
    const r = await run(id, '--format', 'pdf', '--lang', 'ko', '--approved-only', '--title', '창조경제 협력', '--mark-exported', '--out', join(dir, 'out') + '/');
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/out\/\d{4}-\d{2}-\d{2}-창조경제-협력-ko\.pdf$/);
    const text = pdfText(readFileSync(r.out[0]));
    expect(text).toContain('창조경제 협력');
    expect(text).toContain('간자르가 대사를 만났다.');
    expect(text).toContain('Mereka membahas kerja sama.'); // unapproved: the source stands in
    expect(text).toContain('디자인은 자동차에서 시작된다.');
    expect(r.err.some((l) => /^warning: segment\.unapproved: s/.test(l))).toBe(true);

    const store = await DataStore.open(join(dir, 'data'), { readOnly: true });
    const a = await new ArticleRepo(store).get(id);
    await store.close();
    expect(a.status).toBe('exported');
  });

  it('--include-unapproved prints every target; --json reports file, mime and warnings', async () => {
    const file = join(dir, 'ko.txt');
    const r = await run(id, '--format', 'txt', '--lang', 'ko', '--include-unapproved', '--out', file, '--json');
    expect(r.code).toBe(0);
    const info = JSON.parse(r.out[0]);
    expect(info).toMatchObject({ file, mime: 'text/plain; charset=utf-8' });
    expect(info.warnings.map((w: { code: string }) => w.code)).toContain('title.untranslated');
    expect(readFileSync(file, 'utf8')).toContain('간자르가 대사를 만났다. 그들은 협력을 논의했다.');
  });

  it('bilingual and xliff exports pick the project; a missing translation is a clear error', async () => {
    const bi = await run(id, '--format', 'bilingual-html', '--out', join(dir, 'bi.html'));
    expect(bi.code).toBe(0);
    expect(readFileSync(join(dir, 'bi.html'), 'utf8')).toContain('그들은 협력을 논의했다.'); // review copies show all
    const x = await run(id, '--format', 'xliff', '--lang', 'ko', '--out', join(dir, 'a.xlf'));
    expect(x.code).toBe(0);
    expect(readFileSync(join(dir, 'a.xlf'), 'utf8')).toContain('trgLang="ko"');
    await expect(run(id, '--format', 'docx', '--lang', 'en', '--out', join(dir, 'en.docx'))).rejects.toMatchObject({ code: 'export.noTranslation' });
  });

  it('rejects bad usage', async () => {
    await expect(run('--format', 'docx')).rejects.toThrow(/needs an article ID/);
    await expect(run(id, '--format', 'rtf')).rejects.toThrow(/--format must be one of/);
    await expect(run(id, '--format', 'docx', '--lang', 'fr')).rejects.toThrow(/--lang must be one of/);
  });
});

describe('export CLI with the quote store', () => {
  it("a quote sheet reads the article's annotations; without any it says the quotes are missing", async () => {
    const none = run(id, '--format', 'quotes-csv', '--out', join(dir, 'sheet-none') + '/');
    await expect(none).rejects.toMatchObject({ code: 'export.noQuotes' });
    const store = await DataStore.open(join(dir, 'data'));
    const article = await new ArticleRepo(store).get(id);
    await new QuoteRepo(store).save(annotate(htmlToPlainText(article.body) + ' "Kami siap," kata Ganjar.', 'id', id));
    await store.close();
    const r = await run(id, '--format', 'quotes-csv', '--out', join(dir, 'sheet') + '/');
    expect(r.code).toBe(0);
    expect(readFileSync(r.out[0], 'utf8')).toContain('Kami siap');
  });
});
