// Quotes follow typing: a “…” quote typed with "kata X" shows in the panel by itself, without pressing Re-detect
// (how fast is a bench figure, quotes.redetectOneParagraph10k: a 2 s timeout here failed once under CI load),
// and a confirmed quote keeps its status when the paragraph around it is edited.
import { test, expect } from './fixtures';
import { SCREENSHOTS } from './fixtures';
import { join } from 'node:path';

test('a typed quote appears by itself; a confirmed quote survives an edit of its paragraph', async ({ app }) => {
  const articleId = await app.evaluate(async () => {
    const api = (window as unknown as { api: { articles: { create(r: unknown): Promise<{ ok: boolean; data: { id: string } }> } } }).api;
    const r = await api.articles.create({ title: 'Rapat warga', lang: 'id', body: '<p>Warga berkumpul di balai desa sejak pagi.</p>' });
    return r.data.id;
  });
  await app.goto(app.url().replace(/#.*$/, '') + `#/article/${articleId}`);
  await app.getByTestId('open-quotes').click();
  await expect(app.getByTestId('quote-empty')).toBeVisible();

  await app.getByTestId('body').click();
  await app.keyboard.press('Control+End');
  await app.keyboard.press('Enter');
  await app.keyboard.type('“Jalan desa akan kami perbaiki tahun ini,” kata Kepala Desa Sukamaju Rahmat Hidayat.');
  // No Re-detect: the save after typing is enough.
  const item = app.getByTestId('quote-item').filter({ hasText: 'Jalan desa akan kami perbaiki' });
  await expect(item).toBeVisible();
  const speakers = await app.evaluate(async (articleId) => {
    const api = (window as unknown as { api: { quotes: { get(r: unknown): Promise<{ ok: boolean; data: { speakers: { name: string }[] } }> } } }).api;
    return (await api.quotes.get({ articleId })).data.speakers.map((s) => s.name);
  }, articleId);
  expect(speakers).toEqual(['Rahmat Hidayat']);
  // The quote text ends at the closing mark's comma, not with it.
  await expect(item.getByTestId('quote-text')).toHaveText('Jalan desa akan kami perbaiki tahun ini');

  // Confirm it, then edit the same paragraph after the quote.
  await item.locator('.quote-summary').click();
  await item.getByTestId('quote-accept').click();
  await expect(item).toHaveAttribute('data-status', 'confirmed');
  await app.getByTestId('body').click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type(' Ia berbicara di balai desa.');
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await app.waitForTimeout(600); // the panel reloads 250 ms after the save settles: the status must survive that
  await expect(item).toHaveAttribute('data-status', 'confirmed');
  const stored = await app.evaluate(async (articleId) => {
    const api = (window as unknown as { api: { quotes: { get(r: unknown): Promise<{ ok: boolean; data: { quotes: { status: string; anchor: { exact: string } }[] } }> } } }).api;
    return (await api.quotes.get({ articleId })).data.quotes.map((q) => [q.anchor.exact, q.status]);
  }, articleId);
  expect(stored).toContainEqual(['Jalan desa akan kami perbaiki tahun ini', 'confirmed']);
  await app.screenshot({ path: join(SCREENSHOTS, 'quotes-live.png') });
});
