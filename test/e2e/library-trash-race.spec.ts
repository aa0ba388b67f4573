// Library: switching to the trash while a "move to trash" is still on its way shows the trash, not the live drafts.
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';

async function create(page: Page, title: string) {
  await page.evaluate(async (title) => {
    const api = (window as unknown as { api: { articles: { create(r: object): Promise<{ ok: boolean }> } } }).api;
    if (!(await api.articles.create({ title, lang: 'id', body: '<p>Isi.</p>' })).ok) throw new Error('create');
  }, title);
}

test('a trash move answered after the switch to the trash: the trash lists only the trashed draft', async ({ app }) => {
  for (const t of ['Banjir Semarang', 'Gempa Cianjur', 'Harga beras naik']) await create(app, t);
  await app.reload();
  await expect(app.getByTestId('draft-row')).toHaveCount(3);

  // The harness answers the trash call 1 s late, as when the main process is busy (the product code is untouched).
  await app.route('**/api/articles.trash', async (route: Route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
  const title = await app.getByTestId('draft-row').first().getByTestId('draft-link').innerText();
  await app.getByTestId('trash-draft').first().click();
  await app.getByTestId('toggle-trash').click();
  await expect(app.getByTestId('library-notice')).toBeVisible(); // the move has answered
  await expect(app.getByTestId('restore-draft')).toHaveCount(1);
  await expect(app.getByTestId('draft-row')).toHaveCount(1);
  await expect(app.getByTestId('draft-row')).toContainText(title);
  // And back: the two live drafts.
  await app.getByTestId('toggle-trash').click();
  await expect(app.getByTestId('draft-row')).toHaveCount(2);
});
