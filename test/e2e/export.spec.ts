/// <reference lib="dom" />
// Export view end to end: preview, save (download) and "exported" status; DOCX/PDF bytes; Hangul in PDF;
// XLIFF round trip through the UI; batch export of selected drafts from the library into one zip.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { test, expect, call, SCREENSHOTS } from './fixtures';
import type { Harness } from '../harness/server';
import type { Req } from '../../preload/contract';

const ID_TITLE = 'Banjir Rob Rendam Pesisir Semarang';
const ID_BODY =
  '<p>Hujan deras sejak pagi. Air laut naik.</p><p>Warga mengungsi.</p><script>alert("x")</script><p onclick="alert(1)">Jalan pantura ditutup.</p>';

// Everything a test sets up or reads back goes through the public API (the domain runs in another thread).
async function seed(h: Harness, title: string, body: string, lang: 'id' | 'en' | 'ko' = 'id') {
  return call(h, 'articles.create', { title, body, lang, dateline: { outlet: 'Redaksi', place: 'Semarang' } });
}
const getArticle = (h: Harness, id: string) => call(h, 'articles.get', { id });
const revisionsOf = (h: Harness, id: string) => call(h, 'articles.revisions', { id });
const openProject = async (h: Harness, projectId: string) => (await call(h, 'translate.open', { projectId })).project;

async function go(page: Page, hash: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

async function download(page: Page, click: () => Promise<void>) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), path, bytes: readFileSync(path) };
}

test('open an article → Export: preview shows the headline, HTML saves without scripts, only a tick marks it "exported"', async ({ app, harness }) => {
  const a = await seed(harness, ID_TITLE, ID_BODY);
  await go(app, `#/article/${a.id}`);
  await expect(app.getByTestId('editor')).toBeVisible();
  await app.getByTestId('open-export').click();
  await expect(app.getByTestId('export-view')).toBeVisible();
  await expect(app).toHaveURL(new RegExp(`#/export/${a.id}$`));

  await app.getByTestId('export-format').selectOption('html');
  const frame = app.frameLocator('[data-testid=export-preview]');
  await expect(frame.locator('h1')).toHaveText(ID_TITLE);
  await expect(frame.locator('body')).toContainText('Jalan pantura ditutup.');
  // The preview iframe is fully sandboxed (no scripts, opaque origin).
  await expect(app.getByTestId('export-preview')).toHaveAttribute('sandbox', '');

  // Live file name from the template; a bad placeholder is explained and blocks saving.
  await expect(app.getByTestId('export-filename')).toHaveText(/^\d{4}-\d{2}-\d{2}-banjir-rob-rendam-pesisir-semarang-id\.html$/);
  await app.getByTestId('export-template').fill('{slug}-{nope}.{ext}');
  await expect(app.getByTestId('export-name-error')).toContainText('{nope}');
  await expect(app.getByTestId('export-save')).toBeDisabled();
  await app.getByTestId('export-template').fill('{slug}_{lang}.{ext}');
  await expect(app.getByTestId('export-filename')).toHaveText('banjir-rob-rendam-pesisir-semarang_id.html');

  await expect(app.getByTestId('export-status')).toHaveText('Draft');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await app.screenshot({ path: join(SCREENSHOTS, 'export.png') });

  const file = await download(app, () => app.getByTestId('export-save').click());
  expect(file.name).toBe('banjir-rob-rendam-pesisir-semarang_id.html');
  const html = file.bytes.toString('utf8');
  expect(html).toContain(ID_TITLE);
  expect(html).toContain('Jalan pantura ditutup.');
  expect(html.toLowerCase()).not.toContain('<script');
  expect(html.toLowerCase()).not.toContain('onclick');

  // The confirmation names the full path the app wrote, and "Show in folder" reveals exactly that file.
  const written = join(harness.exportDir, 'banjir-rob-rendam-pesisir-semarang_id.html');
  await expect(app.getByTestId('export-saved-path')).toHaveText(written);
  expect(readFileSync(written, 'utf8')).toBe(html);
  await app.getByTestId('export-reveal').click();
  await expect.poll(() => harness.revealed).toEqual([written]);
  await app.screenshot({ path: join(SCREENSHOTS, 'export-saved.png') });

  // Exporting is not publishing: three exports leave status and history as they were.
  const revsBefore = (await revisionsOf(harness, a.id)).length;
  const revBefore = (await getArticle(harness, a.id)).rev;
  for (let i = 2; i <= 3; i++) {
    await download(app, () => app.getByTestId('export-save').click());
    await expect(app.getByTestId('export-saved-path')).toHaveText(join(harness.exportDir, `banjir-rob-rendam-pesisir-semarang_id (${i}).html`));
  }
  await expect(app.getByTestId('export-status')).toHaveText('Draft');
  expect((await getArticle(harness, a.id)).status).toBe('draft');
  expect((await getArticle(harness, a.id)).rev).toBe(revBefore);
  expect(await revisionsOf(harness, a.id)).toHaveLength(revsBefore);

  // Only the "mark as exported" tick changes the draft: status and one export revision.
  await app.getByTestId('export-mark').check();
  await download(app, () => app.getByTestId('export-save').click());
  await expect(app.getByTestId('export-status')).toHaveText('Exported');
  await expect(app.getByTestId('export-mark')).not.toBeChecked();
  const stored = await getArticle(harness, a.id);
  expect(stored.status).toBe('exported');
  const revisions = await revisionsOf(harness, a.id);
  expect(revisions[0].reason).toBe('export');
  expect(revisions).toHaveLength(revsBefore + 1);

  // The template typed is remembered for the next export.
  await app.reload();
  await expect(app.getByTestId('export-template')).toHaveValue('{slug}_{lang}.{ext}');
});

test('DOCX and PDF downloads have the right magic bytes; a Korean PDF holds Hangul text', async ({ app, harness }) => {
  const ko = await seed(harness, '서울 도심 집회에 수만 명 참가', '<p>주최 측은 "끝까지 싸우겠다"고 말했다.</p><p>경찰은 교통을 통제했다.</p>', 'ko');
  await go(app, `#/export/${ko.id}`);
  await expect(app.getByTestId('export-view')).toBeVisible();

  await app.getByTestId('export-format').selectOption('docx');
  await expect(app.frameLocator('[data-testid=export-preview]').locator('h1')).toHaveText('서울 도심 집회에 수만 명 참가');
  const docx = await download(app, () => app.getByTestId('export-save').click());
  expect(docx.name).toMatch(/\.docx$/);
  expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  await app.getByTestId('export-format').selectOption('pdf');
  await expect(app.getByTestId('export-filename')).toHaveText(/\.pdf$/);
  const pdf = await download(app, () => app.getByTestId('export-save').click());
  expect(pdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.path, '-'], { encoding: 'utf8' });
  expect(text).toContain('서울 도심 집회에 수만 명 참가');
  expect(text).toContain('경찰은 교통을 통제했다.');
  expect(/\p{Script=Hangul}/u.test(text)).toBe(true);

  // The view speaks the editor's language.
  await app.getByTestId('ui-language').selectOption('ko');
  await expect(app.getByTestId('export-save')).toHaveText('저장');
  await expect(app.getByTestId('export-status')).toHaveText('초안'); // exports without the tick leave the draft as it was
  mkdirSync(SCREENSHOTS, { recursive: true });
  await app.screenshot({ path: join(SCREENSHOTS, 'export-ko.png') });
});

test('XLIFF round trip through the UI changes a target and lists a rejected segment; an invalid file says why', async ({ app, harness }) => {
  const a = await seed(harness, ID_TITLE, '<p>Hujan deras sejak pagi. Air laut naik.</p><p>Warga mengungsi.</p>');
  // Segment 0 is the headline; the headline and the first sentence are translated, the other two are not.
  const summary = await call(harness, 'translate.create', { articleId: a.id, targetLang: 'en', pivotLang: null });
  const [head, first] = (await openProject(harness, summary.id)).segments;
  for (const [seg, text] of [[head, 'Tidal flood swamps the Semarang coast'], [first, 'Heavy rain since morning.']] as const) {
    await call(harness, 'translate.setTarget', { projectId: summary.id, segId: seg.id, text });
    await call(harness, 'translate.setStatus', { projectId: summary.id, segId: seg.id, status: 'translated' });
  }
  const project = await openProject(harness, summary.id);
  expect(project.segments.map((s) => [s.source, s.target, s.status])).toEqual([
    [ID_TITLE, 'Tidal flood swamps the Semarang coast', 'translated'],
    ['Hujan deras sejak pagi.', 'Heavy rain since morning.', 'translated'],
    ['Air laut naik.', '', 'new'],
    ['Warga mengungsi.', '', 'new'],
  ]);

  await go(app, `#/export/${a.id}`);
  // An English copy of the translation: the warning lists what is untranslated / unapproved, with segment numbers.
  await app.getByTestId('export-format').selectOption('html');
  await app.getByTestId('export-lang').selectOption('en');
  const warnings = app.getByTestId('export-warnings');
  await expect(warnings.locator('[data-code="segment.untranslated"]')).toContainText('Segments not translated or not confirmed: 2');
  await expect(warnings.locator('[data-code="segment.untranslated"]')).toContainText('Segment numbers: 3, 4');
  // Confirmed (translated) targets export by default; "approved only" leaves them out.
  await expect(warnings.locator('[data-code="segment.unapproved"]')).toContainText('Segments not yet approved: 2 (included');
  await expect(app.frameLocator('[data-testid=export-preview]').locator('body')).toContainText('Heavy rain since morning.');
  await app.getByTestId('export-approved-only').check();
  await expect(app.getByTestId('export-preview-error')).toContainText('Nothing to export: no segment of the en translation is approved yet.');
  await app.getByTestId('export-approved-only').uncheck();
  await expect(app.frameLocator('[data-testid=export-preview]').locator('body')).toContainText('Heavy rain since morning.');

  await app.getByTestId('export-format').selectOption('xliff');
  await expect(app.getByTestId('export-filename')).toHaveText(/-id-en\.xlf$/);
  const xlf = await download(app, () => app.getByTestId('export-save').click());
  const original = xlf.bytes.toString('utf8');
  expect(original).toContain('trgLang="en"');
  // Another CAT tool translated segment 2 and (wrongly) edited the source of segment 3.
  const edited = original
    .replace('<source>Air laut naik.</source>', '<source>Air laut naik.</source>\n        <target>The sea rose.</target>')
    .replace('<source>Warga mengungsi.</source>', '<source>Warga bertahan.</source>\n        <target>Residents stayed.</target>');
  expect(edited).not.toBe(original);

  await app.getByTestId('xliff-file').setInputFiles({ name: 'back.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(edited) });
  const result = app.getByTestId('xliff-result');
  await expect(result).toContainText('back.xlf: targets changed: 1, statuses changed: 1');
  await expect(app.getByTestId('xliff-rejected')).toContainText('The source sentence was changed since the export');
  await expect(app.getByTestId('xliff-rejected').locator('tbody tr')).toHaveCount(1);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await app.screenshot({ path: join(SCREENSHOTS, 'export-xliff.png') });
  const after = await openProject(harness, project.id);
  expect(after.segments[2].target).toBe('The sea rose.');
  expect(after.segments[3].target).toBe('');

  // The preview follows the imported target.
  await app.getByTestId('export-format').selectOption('bilingual-html');
  await expect(app.frameLocator('[data-testid=export-preview]').locator('body')).toContainText('The sea rose.');

  // The translator rewrites segment 2 here; the same file coming back again must not undo that (it left it alone).
  await call(harness, 'translate.setTarget', { projectId: project.id, segId: first.id, text: 'Heavy rain all morning.' });
  await app.getByTestId('xliff-file').setInputFiles({ name: 'again.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(edited) });
  const kept = app.getByTestId('xliff-rejected').locator('tbody tr', { hasText: 'Translated again here after the export' });
  await expect(kept).toContainText('Heavy rain since morning.'); // the file's text, beside the reason
  await expect(app.getByTestId('xliff-rejected').locator('tbody tr')).toHaveCount(2);
  expect((await openProject(harness, project.id)).segments[1].target).toBe('Heavy rain all morning.');

  // Not XLIFF at all: the validator's reason is shown and nothing changes.
  await app.getByTestId('xliff-file').setInputFiles({ name: 'bad.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from('<xliff version="2.1"><file/></xliff>') });
  await expect(app.getByTestId('xliff-error')).toContainText('The XLIFF file is not valid');
  expect((await openProject(harness, project.id)).segments[2].target).toBe('The sea rose.');
});

test('batch export of two selected drafts shows progress and downloads one zip with two files', async ({ app, harness }) => {
  const one = await seed(harness, 'Harga Cabai Naik Menjelang Lebaran', '<p>Harga cabai rawit naik dua kali lipat.</p>');
  const two = await seed(harness, 'Kereta Cepat Tambah Jadwal', '<p>Jadwal perjalanan ditambah mulai pekan depan.</p>');
  await seed(harness, 'Tidak Dipilih', '<p>Draf ini tidak ikut diekspor.</p>');
  await go(app, '#/library');
  await app.reload();
  await expect(app.getByTestId('drafts')).toBeVisible();
  await app.getByTestId(`select-${one.id}`).check();
  await app.getByTestId(`select-${two.id}`).check();
  await expect(app.getByTestId('batch-bar')).toContainText('Selected: 2');
  await app.getByTestId('batch-format').selectOption('pdf');
  await app.getByTestId('batch-mark').check();

  // Progress may be quick: record every state the progress bar shows.
  await app.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const p = document.querySelector('[data-testid=batch-progress]') as HTMLProgressElement | null;
      if (p) seen.push(`${p.value}/${p.max}`);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const zipFile = await download(app, () => app.getByTestId('batch-export').click());
  expect(zipFile.name).toMatch(/^redaksi-\d{4}-\d{2}-\d{2}-pdf\.zip$/);
  await expect(app.getByTestId('batch-result')).toContainText('Exported drafts: 2');
  const seen = await app.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen).toContain('0/2');

  const zip = await JSZip.loadAsync(zipFile.bytes);
  const names = Object.keys(zip.files).sort();
  expect(names).toHaveLength(2);
  expect(names.some((n) => n.includes('harga-cabai-naik-menjelang-lebaran'))).toBe(true);
  expect(names.some((n) => n.includes('kereta-cepat-tambah-jadwal'))).toBe(true);
  for (const n of names) expect((await zip.file(n)!.async('nodebuffer')).subarray(0, 4).toString('latin1')).toBe('%PDF');

  expect((await getArticle(harness, one.id)).status).toBe('exported');
  expect((await getArticle(harness, two.id)).status).toBe('exported');
  const rows = app.getByTestId('draft-row');
  await expect(rows.filter({ hasText: 'Tidak Dipilih' })).toContainText('Draft');
  await expect(rows.filter({ hasText: 'Kereta Cepat Tambah Jadwal' })).toContainText('Exported');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await app.screenshot({ path: join(SCREENSHOTS, 'export-batch.png') });
});

test('quote formats and DOCX annotations use the article’s quote store', async ({ app, harness }) => {
  const body = '<p>"Kami akan bertahan di sini," kata Wali Kota Hendrar Prihadi.</p>';
  const a = await seed(harness, 'Warga Tolak Relokasi', body);
  // The editor's decisions, as the quote panel makes them: confirm the detected quote, name the speaker, verify it.
  const detected = await call(harness, 'quotes.get', { articleId: a.id });
  const q = detected.quotes.find((x) => x.anchor.exact.includes('Kami akan bertahan di sini'));
  expect(q, JSON.stringify(detected.quotes)).toBeTruthy();
  const update = (op: Req<'quotes.update'>['op']) => call(harness, 'quotes.update', { articleId: a.id, quoteId: q!.id, op });
  await update({ op: 'status', status: 'confirmed' });
  await update({ op: 'speaker', name: 'Hendrar Prihadi', role: 'Wali Kota' });
  const stored = await update({ op: 'verification', verification: 'verified', sourceNote: 'Rekaman wawancara' });
  const sp = stored.speakers.find((s) => s.id === stored.quotes.find((x) => x.id === q!.id)!.speakerId);
  expect(sp?.name).toBe('Hendrar Prihadi');
  await go(app, `#/export/${a.id}`);
  await app.getByTestId('export-format').selectOption('quotes-csv');
  await expect(app.frameLocator('[data-testid=export-preview]').locator('table')).toContainText('Hendrar Prihadi');
  const csv = await download(app, () => app.getByTestId('export-save').click());
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.bytes.toString('utf8')).toContain('Kami akan bertahan di sini,');
  // A quote sheet is not a publication: the draft stays a draft.
  await expect(app.getByTestId('export-saved')).toBeVisible();
  await expect(app.getByTestId('export-status')).toHaveText('Draft');

  await app.getByTestId('export-format').selectOption('docx');
  await app.getByTestId('export-annotations').check();
  const docx = await download(app, () => app.getByTestId('export-save').click());
  const comments = await (await JSZip.loadAsync(docx.bytes)).file('word/comments.xml')?.async('string');
  expect(comments).toContain('Hendrar Prihadi');
});
