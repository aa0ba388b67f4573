/// <reference lib="dom" />
// Drafts library and editor (issue 3): import, dateline, editing that survives a reload, history with diff and
// restore, search/filters/sort, duplicate, trash, find & replace, Korean counts, hostile paste, bad files.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, SCREENSHOTS } from './fixtures';

const SAMPLE = join(import.meta.dirname, '../../resources/samples/semarang-ekraf-korsel.id.txt');

const shot = async (page: Page, name: string) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
};

/** Paste-import a story through the library's paste dialog; ends in the new draft's editor. */
async function pasteStory(app: Page, text: string, lang?: 'id' | 'en' | 'ko') {
  await app.goto(app.url().replace(/#.*$/, '') + '#/library');
  await app.getByTestId('import-paste').click();
  if (lang) await app.getByTestId('import-lang').selectOption(lang);
  await app.getByTestId('paste-input').fill(text);
  await app.getByTestId('paste-import').click();
  await expect(app.getByTestId('editor')).toBeVisible();
}

async function toLibrary(app: Page) {
  await app.getByRole('link', { name: 'Library' }).click();
  await expect(app.getByTestId('drafts')).toBeVisible();
}

const rows = (app: Page) => app.getByTestId('draft-row');

test('import the sample via the file picker, edit, reload, history with diff and restore, Korean UI', async ({ app }) => {
  await app.getByTestId('import-file').click();
  await app.getByTestId('import-file-input').setInputFiles(SAMPLE);
  await expect(app.getByTestId('editor')).toBeVisible();

  // Dateline recognised and split into the editor's fields; language detected and shown with a way to change it.
  await expect(app.getByTestId('outlet')).toHaveValue('MONITOR');
  await expect(app.getByTestId('place')).toHaveValue('Semarang');
  await expect(app.getByTestId('detected-lang')).toHaveAttribute('data-lang', 'id');
  await expect(app.getByTestId('detected-lang')).toContainText('Indonesian');
  await expect(app.getByTestId('lang')).toHaveValue('id');
  const body = app.getByTestId('body');
  await expect(body).toContainText('Ganjar Pranowo memperkuat kerjasama');
  await expect(body).not.toContainText('MONITOR, Semarang –');
  await expect(app.getByTestId('count-words')).toContainText(/\d+ words/);

  // Edit a paragraph (the last one) and change the status: two more revisions.
  await body.locator('p').last().click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type(' Catatan redaksi: diperbarui.');
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await app.getByTestId('status').selectOption('editing');
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  await app.reload();
  await expect(app.getByTestId('body')).toContainText('Catatan redaksi: diperbarui.');
  await expect(app.getByTestId('status')).toHaveValue('editing');
  await expect(app.getByTestId('outlet')).toHaveValue('MONITOR');
  await expect(app.getByTestId('import-notice')).toHaveCount(0); // shown once, right after the import

  await app.getByTestId('open-history').click();
  const revisions = app.getByTestId('revision');
  await expect(revisions.first()).toBeVisible();
  expect(await revisions.count()).toBeGreaterThanOrEqual(2);
  await expect(app.getByTestId('history')).toContainText('Created');
  await expect(app.getByTestId('history')).toContainText('Status changed');

  // Word diff between the first and the newest revision: the added words are marked as inserted.
  const newest = Number(await revisions.first().getAttribute('data-rev'));
  await app.getByTestId('pick-1').check();
  await app.getByTestId(`pick-${newest}`).check();
  await expect(app.getByTestId('diff').locator('.diff-text ins')).toHaveText(' Catatan redaksi: diperbarui.');
  await expect(app.getByTestId('diff').locator('.diff-text del')).toHaveCount(0);
  await app.keyboard.press('Control+f');
  await app.getByTestId('find-input').fill('Ganjar');
  await expect(app.getByTestId('find-count')).toHaveText(/^1 of \d+$/);
  await shot(app, 'drafts-history-diff');
  await app.getByTestId('find-input').press('Escape');

  // Restore the first revision: the editor shows the original text, and the history grows (nothing destroyed).
  await app.getByTestId('restore-1').click();
  await expect(app.getByTestId('body')).not.toContainText('Catatan redaksi');
  await expect(app.getByTestId('body')).toContainText('Ganjar Pranowo memperkuat kerjasama');
  await expect(app.getByTestId('history')).toContainText('Restored from #1');
  expect(await revisions.count()).toBeGreaterThan(newest - 1);
  await app.reload();
  await expect(app.getByTestId('body')).toContainText('Ganjar Pranowo memperkuat kerjasama');
  await expect(app.getByTestId('body')).not.toContainText('Catatan redaksi');

  // Korean interface: the editor's own strings change too.
  await app.getByTestId('open-history').click();
  await expect(app.getByTestId('open-find')).toHaveText('Find & replace');
  await app.getByTestId('ui-language').selectOption('ko');
  await expect(app.getByTestId('open-find')).toHaveText('찾기/바꾸기');
  await expect(app.getByTestId('open-history')).toHaveText('수정 이력');
  await expect(app.getByTestId('status').locator('option:checked')).toHaveText('편집 중');
  await expect(app.getByTestId('history')).toContainText('생성');
  await expect(app.getByTestId('count-words')).toContainText('단어');
  await shot(app, 'drafts-ko');
  await app.getByRole('link', { name: '보관함' }).click();
  await expect(app.getByTestId('search')).toHaveAttribute('placeholder', /제목과 본문 검색/);
  await expect(app.getByTestId('draft-row').locator('.status')).toHaveText('편집 중');
});

test('library: search with highlights, filters, sort, duplicate, trash, restore, empty trash', async ({ app }) => {
  await expect(app.getByTestId('library-empty')).toBeVisible();
  await app.getByTestId('open-sample').click();
  await expect(app.getByTestId('outlet')).toHaveValue('MONITOR');
  await pasteStory(app, 'Coffee growers meet\nJAKARTA (ANTARA) - The café owners said the résumé of the harvest was good.\nPrices rose again.');
  await expect(app.getByTestId('place')).toHaveValue('Jakarta');
  await expect(app.getByTestId('outlet')).toHaveValue('ANTARA');
  await pasteStory(app, '수도 이전 계획\n정부는 오늘 새로운 수도 이전 계획을 발표했다. 국회는 다음 주에 논의한다.');
  await expect(app.getByTestId('lang')).toHaveValue('ko');
  await toLibrary(app);
  await expect(rows(app)).toHaveCount(3);
  await expect(rows(app).first()).toContainText('Korean');
  await expect(app.getByTestId('drafts')).toContainText('MONITOR, Semarang');

  // Search: case- and diacritic-blind, highlighted in a snippet; Hangul by syllables.
  await app.keyboard.press('/');
  await expect(app.getByTestId('search')).toBeFocused();
  await app.keyboard.type('CAFE resume');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).getByTestId('snippet').locator('mark').first()).toHaveText('café');
  await expect(rows(app).getByTestId('snippet').locator('mark').nth(1)).toHaveText('résumé');
  await app.getByTestId('search').fill('이전');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).locator('mark').first()).toHaveText('이전');
  await app.getByTestId('search').fill('kerjasama ganjar');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app)).toContainText('MONITOR');
  await app.getByTestId('search').fill('tidak ada di mana pun');
  await expect(app.getByTestId('no-match')).toBeVisible();
  await app.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(rows(app)).toHaveCount(3);

  // Filters and sorting.
  await app.getByTestId('filter-lang').selectOption('en');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app)).toContainText('Coffee growers meet');
  await app.getByTestId('filter-lang').selectOption('');
  await app.getByTestId('filter-status').selectOption('ready');
  await expect(app.getByTestId('no-match')).toBeVisible();
  await app.getByTestId('filter-status').selectOption('draft');
  await expect(rows(app)).toHaveCount(3);
  await app.getByTestId('filter-status').selectOption('');
  await app.getByTestId('sort').selectOption('title');
  await expect(rows(app).first()).toContainText('Coffee growers meet');
  await app.getByTestId('sort').selectOption('words');
  await expect(rows(app).first().getByTestId('draft-link')).not.toContainText('Coffee');

  // Duplicate.
  const coffee = rows(app).filter({ hasText: 'Coffee growers meet' });
  await coffee.getByTestId('duplicate-draft').click();
  await expect(rows(app)).toHaveCount(4);
  await expect(app.getByTestId('drafts')).toContainText('Coffee growers meet (copy)');
  await expect(app.getByTestId('library-notice')).toContainText('A copy of');

  // Trash, restore, trash again, empty with confirmation (cancel first: nothing happens).
  await rows(app).filter({ hasText: 'Coffee growers meet (copy)' }).getByTestId('trash-draft').click();
  await expect(rows(app)).toHaveCount(3);
  await expect(app.getByTestId('toggle-trash')).toHaveText('Trash (1)');
  await app.getByTestId('toggle-trash').click();
  await expect(rows(app)).toHaveCount(1);
  await rows(app).getByTestId('restore-draft').click();
  await expect(app.getByTestId('trash-empty')).toBeVisible();
  await app.getByTestId('toggle-trash').click();
  await expect(rows(app)).toHaveCount(4);
  await rows(app).filter({ hasText: 'Coffee growers meet (copy)' }).getByTestId('trash-draft').click();
  await rows(app).filter({ hasText: '수도 이전' }).getByTestId('trash-draft').click();
  await expect(rows(app)).toHaveCount(2);
  await app.getByTestId('toggle-trash').click();
  await expect(rows(app)).toHaveCount(2);
  await app.getByTestId('empty-trash').click();
  await expect(app.getByTestId('confirm-dialog')).toContainText('2 draft(s)');
  await app.getByTestId('confirm-cancel').click();
  await expect(rows(app)).toHaveCount(2);
  await app.getByTestId('empty-trash').click();
  await shot(app, 'drafts-empty-trash-confirm');
  await app.getByTestId('confirm-ok').click();
  await expect(app.getByTestId('trash-empty')).toBeVisible();
  await app.getByTestId('toggle-trash').click();
  await expect(rows(app)).toHaveCount(2);
  await app.reload();
  await expect(rows(app)).toHaveCount(2);
  await expect(app.getByTestId('toggle-trash')).toHaveText('Trash (0)');
  await shot(app, 'drafts-library');
});

test('replace all with whole word changes only the name, after a preview of every match', async ({ app }) => {
  await pasteStory(
    app,
    'Gempa di Cianjur\nKetika gempa terjadi, Ika berada di rumah. Petugas memastikan data dari Badan Geofisika. Kata Ika, warga tenang.',
  );
  const body = app.getByTestId('body');
  await body.click();
  await app.keyboard.press('Control+h');
  await app.getByTestId('find-input').fill('Ika');
  await expect(app.getByTestId('find-count')).toHaveText('1 of 5'); // Ketika, Ika, memastikan, Geofisika, Ika
  await app.getByTestId('find-wholeWord').check();
  await expect(app.getByTestId('find-count')).toHaveText('1 of 2');
  await app.getByTestId('replace-input').fill('Ningrum');
  await app.getByTestId('replace-all').click();
  // The preview lists every match with its context before anything changes.
  const items = app.getByTestId('find-preview-item');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('gempa terjadi, IkaNingrum berada');
  await expect(items.nth(1)).toContainText('Kata IkaNingrum, warga');
  await expect(body).toContainText('Ika berada di rumah');
  await shot(app, 'find-preview');
  await app.getByTestId('replace-confirm').click();
  await expect(app.getByTestId('replaced-count')).toHaveText('2 replaced');
  await expect(body).toHaveText(
    'Ketika gempa terjadi, Ningrum berada di rumah. Petugas memastikan data dari Badan Geofisika. Kata Ningrum, warga tenang.',
  );
  // One undo step brings the whole replacement back.
  await body.click();
  await app.keyboard.press('Control+z');
  await expect(body).toContainText('Ketika gempa terjadi, Ika berada di rumah.');
  await expect(body).toContainText('Kata Ika, warga tenang.');
});

test('find & replace, undo/redo shortcuts, Korean counts', async ({ app }) => {
  await pasteStory(app, 'Banjir di Semarang\nBanjir melanda kota. Warga menyebut banjir datang cepat. BANJIR surut sore hari.');
  const body = app.getByTestId('body');
  await body.click();

  await app.keyboard.press('Control+f');
  await expect(app.getByTestId('find-input')).toBeFocused();
  await app.keyboard.type('banjir');
  await expect(app.getByTestId('find-count')).toHaveText('1 of 3');
  await expect(body.locator('.find-match')).toHaveCount(3);
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('find-count')).toHaveText('2 of 3');
  await app.keyboard.press('Shift+Enter');
  await expect(app.getByTestId('find-count')).toHaveText('1 of 3');

  await app.keyboard.press('Control+h');
  await expect(app.getByTestId('replace-input')).toBeFocused();
  await app.keyboard.type('genangan');
  await app.getByTestId('replace-one').click();
  await expect(body).toContainText('genangan melanda kota.');
  await expect(app.getByTestId('find-count')).toHaveText('1 of 2');
  await app.getByTestId('replace-all').click();
  await expect(app.getByTestId('find-preview-item')).toHaveCount(2);
  await expect(body).toContainText('BANJIR surut'); // nothing changes before the preview is confirmed
  await app.getByTestId('replace-confirm').click();
  await expect(app.getByTestId('replaced-count')).toHaveText('2 replaced');
  await expect(app.getByTestId('find-count')).toHaveText('No matches');
  await expect(body).toContainText('Warga menyebut genangan datang cepat. genangan surut sore hari.');
  await app.getByTestId('find-input').press('Escape');
  await expect(app.getByTestId('find-panel')).toHaveCount(0);
  await expect(body.locator('.find-match')).toHaveCount(0);

  // Replace all is one undo step; redo brings it back.
  await body.click();
  await app.keyboard.press('Control+z');
  await expect(body).toContainText('Warga menyebut banjir datang cepat. BANJIR surut sore hari.');
  await app.keyboard.press('Control+Shift+z');
  await expect(body).toContainText('Warga menyebut genangan datang cepat.');
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await app.reload();
  await expect(app.getByTestId('body')).toContainText('genangan surut sore hari.');

  // Korean counts: characters with and without spaces, 200-character manuscript pages.
  await app.getByRole('link', { name: 'Library' }).click();
  await app.getByTestId('new-draft').click();
  await app.getByTestId('lang').selectOption('ko');
  await expect(app.getByTestId('count-words')).toHaveText('0 words');
  await app.getByTestId('body').click();
  await app.keyboard.type('정부는 오늘 발표했다');
  await expect(app.getByTestId('count-chars')).toHaveText('11 characters');
  await expect(app.getByTestId('count-chars-nospace')).toHaveText('9 without spaces');
  await expect(app.getByTestId('count-pages')).toHaveText(/^1 manuscript page/);
  await app.keyboard.press('Enter');
  await app.keyboard.insertText('가'.repeat(195));
  await expect(app.getByTestId('count-chars')).toHaveText('206 characters');
  await expect(app.getByTestId('count-pages')).toHaveText(/^2 manuscript pages/);
  await app.getByTestId('ui-language').selectOption('ko');
  await expect(app.getByTestId('count-chars')).toHaveText('공백 포함 206자');
  await expect(app.getByTestId('count-chars-nospace')).toHaveText('공백 제외 204자');
  await expect(app.getByTestId('count-pages')).toHaveText('원고지 2매 (200자 기준)');
});

const HOSTILE =
  '<p>Teks aman tetap ada.</p><script>window.__pwned = 1; alert(1)</script>' +
  '<img src="x" onerror="window.__pwned = 2; alert(2)"><p onclick="window.__pwned = 4">Paragraf kedua ' +
  '<a href="javascript:window.__pwned = 3; alert(3)">tautan jahat</a> dan ' +
  '<a href="https://example.org/">tautan baik</a>.</p>';

test('hostile HTML pasted into the editor or the paste dialog runs nothing and the text stays', async ({ app }) => {
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  app.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  app.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));

  await app.getByTestId('new-draft').click();
  const body = app.getByTestId('body');
  await body.click();
  await body.evaluate((el, html) => {
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    dt.setData('text/plain', 'Teks aman tetap ada.');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, HOSTILE);
  await expect(body).toContainText('Teks aman tetap ada.');
  await expect(body).toContainText('tautan jahat');
  await expect(body.locator('script, img, [onerror], [onclick]')).toHaveCount(0);
  await expect(body.locator('a[href^="javascript"]')).toHaveCount(0);
  await body.getByText('tautan jahat').click();
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const id = decodeURIComponent(app.url().split('#/article/')[1]);
  const stored = await app.evaluate(async (articleId) => {
    const api = (window as unknown as { api: { articles: { get: (r: unknown) => Promise<{ data: { body: string } }> } } }).api;
    return (await api.articles.get({ id: articleId })).data.body;
  }, id);
  expect(stored).toContain('Teks aman tetap ada.');
  expect(stored).not.toMatch(/<script|onerror|onclick|javascript:|<img/i);

  // Through the paste dialog: the clipboard's HTML goes to main, which sanitises it.
  await app.getByRole('link', { name: 'Library' }).click();
  await app.getByTestId('import-paste').click();
  await app.getByTestId('paste-input').evaluate((el, html) => {
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    dt.setData('text/plain', 'Teks aman tetap ada.');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, `<h1>Judul tempelan</h1>${HOSTILE}`);
  await expect(app.getByTestId('paste-dialog')).toContainText('Formatting from the clipboard is kept');
  await app.getByTestId('paste-import').click();
  await expect(app.getByTestId('title')).toHaveValue('Judul tempelan');
  await expect(app.getByTestId('body')).toContainText('Teks aman tetap ada.');
  await expect(app.getByTestId('body').locator('a[href="https://example.org/"]')).toHaveText('tautan baik');
  await expect(app.getByTestId('body').locator('script, img, a[href^="javascript"]')).toHaveCount(0);

  expect(await app.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('oversized and malformed files: a clear error and nothing is created; language chosen before and after', async ({ app }) => {
  await app.getByTestId('import-file').click();
  await app.getByTestId('import-file-input').setInputFiles({
    name: 'huge.txt',
    mimeType: 'text/plain',
    buffer: Buffer.alloc(21 * 1024 * 1024, 'a'),
  });
  await expect(app.getByTestId('import-error')).toHaveText('The file is 21.0 MB; the limit is 20.0 MB.');
  await app.getByTestId('import-file-input').setInputFiles({
    name: 'laporan.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from('this is not a zip archive at all'),
  });
  await expect(app.getByTestId('import-error')).toContainText('not a Word document');
  await app.getByTestId('import-file-input').setInputFiles({ name: 'gambar.png', mimeType: 'image/png', buffer: Buffer.from('png') });
  await expect(app.getByTestId('import-error')).toContainText('Cannot import ".png" files');
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('import-dialog')).toHaveCount(0);
  await expect(app.getByTestId('library-empty')).toBeVisible();
  const count = await app.evaluate(async () => {
    const api = (window as unknown as { api: { articles: { list: (r: unknown) => Promise<{ data: unknown[] }> } } }).api;
    return (await api.articles.list({})).data.length;
  });
  expect(count).toBe(0);

  // Language chosen before the import wins over detection; the notice lets it be changed afterwards too.
  await app.getByTestId('import-file').click();
  await app.getByTestId('import-lang').selectOption('en');
  await app.getByTestId('import-file-input').setInputFiles(SAMPLE);
  await expect(app.getByTestId('lang')).toHaveValue('en');
  await app.getByTestId('import-notice-lang').selectOption('id');
  await expect(app.getByTestId('lang')).toHaveValue('id');
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await app.reload();
  await expect(app.getByTestId('lang')).toHaveValue('id');
});
