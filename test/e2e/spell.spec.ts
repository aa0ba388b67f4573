// Spellcheck in the article editor: misspellings get a wavy underline, inflected words are accepted, the popup
// offers suggestions and "Add to dictionary", and the article's language decides the dictionary.
import { join } from 'node:path';
import { test, expect, SCREENSHOTS } from './fixtures';

test('misspelt words are underlined, -nya forms are not, suggestions and add-to-dictionary work', async ({ app }) => {
  await app.getByTestId('new-draft').click();
  await expect(app.getByTestId('editor')).toBeVisible();
  await expect(app.getByTestId('lang')).toHaveValue('id');
  await app.getByTestId('body').click();
  await app.keyboard.type('Pemerintahannya mengumumkan kebijakn baru untuk warga Semarang. Dibangun jembatn baru.');

  const body = app.getByTestId('body');
  const misspelt = body.locator('.misspelt');
  // A capitalised word inside a sentence is a name (not flagged); affixed words (dibangun) are accepted.
  await expect(misspelt).toHaveText(['kebijakn', 'jembatn']);
  // A correct inflected word is not flagged.
  await expect(body.locator('.misspelt', { hasText: 'Pemerintahannya' })).toHaveCount(0);
  await expect(misspelt.first()).toHaveCSS('text-decoration-style', 'wavy');

  // Right-click: suggestions; picking one replaces the word.
  await misspelt.first().click({ button: 'right' });
  const popup = app.getByTestId('spell-popup');
  await expect(popup).toBeVisible();
  await expect(popup.getByTestId('spell-suggestion').first()).toHaveText('kebijakan');
  await app.screenshot({ path: join(SCREENSHOTS, 'spellcheck.png') });
  await popup.getByTestId('spell-suggestion').first().click();
  await expect(body).toContainText('mengumumkan kebijakan baru');
  await expect(misspelt).toHaveText(['jembatn']);

  // Keyboard: Shift+F10 on the word opens the suggestions with the first one focused; Enter picks it.
  await misspelt.first().click();
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('spell-popup')).toHaveCount(0);
  await app.keyboard.press('Shift+F10');
  await expect(app.getByTestId('spell-popup').getByTestId('spell-suggestion').first()).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('spell-popup')).toHaveCount(0);
  await app.keyboard.press('ContextMenu');
  await expect(app.getByTestId('spell-popup').getByTestId('spell-suggestion').first()).toBeFocused();
  await app.keyboard.press('Escape');

  // Add to dictionary: the squiggle goes, and stays gone after a reload (the word is in the user dictionary).
  await misspelt.first().click();
  await app.getByTestId('spell-popup').getByTestId('spell-add').click();
  await expect(misspelt).toHaveCount(0);
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await app.reload();
  await expect(body).toContainText('jembatn');
  await expect(misspelt).toHaveCount(0);
  await body.click();
  await app.keyboard.press('End');
  await app.keyboard.type(' Hujan derss.');
  await expect(misspelt).toHaveText(['derss']);

  // Switching the article to English checks with the English dictionary.
  await app.getByTestId('lang').selectOption('en');
  await expect(body.locator('.misspelt', { hasText: 'mengumumkan' })).toHaveCount(1);
});

test('translate grid: misspellings of the active target are listed under it, with suggestions', async ({ app }) => {
  const { articleId, projectId } = await app.evaluate(async () => {
    type R<T> = Promise<{ ok: boolean; data: T }>;
    const api = (window as unknown as { api: { articles: { create(r: object): R<{ id: string }> }; translate: { create(r: object): R<{ id: string }> } } }).api;
    const a = await api.articles.create({ title: 'Banjir', lang: 'id', body: '<p>Hujan deras sejak pagi.</p>' });
    const p = await api.translate.create({ articleId: a.data.id, targetLang: 'en', pivotLang: null });
    return { articleId: a.data.id, projectId: p.data.id };
  });
  await app.goto(app.url().replace(/#.*$/, '') + `#/translate/${articleId}/${projectId}`);
  const target = app.getByTestId('target-input');
  await target.fill('Heavy rain since the mornin.');
  const list = app.getByTestId('spell-list');
  await expect(list.getByTestId('spell-item')).toHaveCount(1);
  await expect(list.locator('.misspelt')).toHaveText('mornin');
  await list.getByTestId('spell-item-suggestion').filter({ hasText: /^morning$/ }).click();
  await expect(target).toHaveValue('Heavy rain since the morning.');
  await expect(list).toHaveCount(0);
});

test('Escape pressed before slow suggestions arrive cancels the popup: it never appears afterwards', async ({ app }) => {
  // Hold every suggestion answer for 1.5 s (a loaded machine, a big dictionary): the popup is still on its way.
  let held = 0;
  await app.route('**/api/spell.suggest', async (route) => {
    held++;
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await app.getByTestId('new-draft').click();
  await app.getByTestId('body').click();
  await app.keyboard.type('Pemerintah mengumumkan kebijakn baru.');
  const misspelt = app.getByTestId('body').locator('.misspelt');
  await expect(misspelt).toHaveText(['kebijakn']);
  await misspelt.first().click();
  await expect.poll(() => held).toBe(1);
  await app.keyboard.press('Escape');
  // Past the moment the answer arrives: still no popup.
  await app.waitForTimeout(2500);
  await expect(app.getByTestId('spell-popup')).toHaveCount(0);
  await expect(app.getByTestId('body')).toContainText('mengumumkan kebijakn baru');
});

test("a quote speaker's name is not flagged even where it opens the sentence", async ({ app }) => {
  await app.getByTestId('new-draft').click();
  await expect(app.getByTestId('lang')).toHaveValue('id');
  await app.getByTestId('body').click();
  await app.keyboard.type('Sulistyaningsih, warga Sunter, mengatakan rumahnya masih tergenang. Bantuan belum dtang.');
  const misspelt = app.getByTestId('body').locator('.misspelt');
  await expect(misspelt).toHaveText(['dtang']);
});

test('the word being typed gets its squiggle when the caret moves on; Shift+F10 on it still offers suggestions', async ({ app }) => {
  await app.getByTestId('new-draft').click();
  await expect(app.getByTestId('editor')).toBeVisible();
  await app.getByTestId('body').click();
  await app.keyboard.type('Dibangun jembatn baru. Hujan derss');
  const misspelt = app.getByTestId('body').locator('.misspelt');
  // The paragraph has been checked (jembatn is underlined); derss, with the caret right after it, is not yet.
  await expect(misspelt).toHaveText(['jembatn']);
  await app.waitForTimeout(300);
  await expect(misspelt).toHaveText(['jembatn']);
  // Shift+F10 asks about the word at the caret: its squiggle is drawn and its suggestions offered.
  await app.keyboard.press('Shift+F10');
  await expect(app.getByTestId('spell-popup').getByTestId('spell-suggestion').first()).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(misspelt).toHaveText(['jembatn', 'derss']);

  // Typing on, then moving the caret away: the held-back squiggle of the last word appears.
  await app.keyboard.press('End');
  await app.keyboard.type(' lagi kebijakn');
  await expect(misspelt).toHaveText(['jembatn', 'derss']);
  await app.keyboard.press('ArrowLeft');
  await expect(misspelt).toHaveText(['jembatn', 'derss', 'kebijakn']);
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
});
