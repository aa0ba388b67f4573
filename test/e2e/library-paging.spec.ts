/// <reference lib="dom" />
// The library with a few hundred drafts (issue 16): one page at a time with the total shown, paging by keyboard
// reaches every draft, and search still finds a draft by a word that only its body holds.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, SCREENSHOTS } from './fixtures';

const COUNT = 300;
const RARE = 'trenggiling';

test('300 drafts: paging by keyboard reaches the last draft, the total is shown, search finds a body word', async ({ app, harness }) => {
  test.setTimeout(120_000);
  for (let i = 1; i <= COUNT; i++) {
    const body = `<p>Pemerintah kota membahas anggaran nomor ${i}.</p>${i === 137 ? `<p>Warga melihat seekor ${RARE} di taman.</p>` : ''}`;
    const r = (await harness.app.dispatch('articles.create', { title: `Berita ${String(i).padStart(3, '0')}`, body })) as { ok: boolean };
    expect(r.ok).toBe(true);
  }
  await app.reload();
  const range = app.getByTestId('page-range').first();
  await expect(range).toHaveText(`1–100 of ${COUNT}`);
  await expect(app.getByTestId('draft-row')).toHaveCount(100);

  const seen = new Set<string>();
  const collect = async () => {
    for (const id of await app.getByTestId('draft-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''))) seen.add(id);
  };
  await collect();

  // Next with the keyboard: focus the button, Enter; then the shortcut.
  await app.getByTestId('page-next').first().focus();
  await app.keyboard.press('Enter');
  await expect(range).toHaveText(`101–200 of ${COUNT}`);
  await collect();
  await app.locator('body').click({ position: { x: 5, y: 5 } });
  await app.keyboard.press('Alt+PageDown');
  await expect(range).toHaveText(`201–300 of ${COUNT}`);
  await expect(app.getByTestId('draft-row')).toHaveCount(100);
  await collect();
  await expect(app.getByTestId('page-next').first()).toBeDisabled();
  // The oldest draft (created first) is on the last page, and every draft was on exactly one page.
  await expect(app.getByTestId('draft-row').filter({ hasText: 'Berita 001' })).toHaveCount(1);
  expect(seen.size).toBe(COUNT);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await app.screenshot({ path: join(SCREENSHOTS, 'library-paging-last.png') });

  await app.keyboard.press('Alt+Home');
  await expect(range).toHaveText(`1–100 of ${COUNT}`);
  await app.keyboard.press('Alt+End');
  await expect(range).toHaveText(`201–300 of ${COUNT}`);

  // Search from the last page: one hit, found by the word only its body holds, and back on page 1.
  await app.getByTestId('search').fill(RARE);
  await expect(app.getByTestId('draft-row')).toHaveCount(1);
  await expect(app.getByTestId('draft-row')).toContainText('Berita 137');
  await expect(app.getByTestId('snippet').locator('mark')).toHaveText(RARE);
  await expect(app.getByTestId('result-count')).toHaveText('1 found');
  await expect(range).toHaveText('1–1 of 1');
  await app.screenshot({ path: join(SCREENSHOTS, 'library-paging-search.png') });

  // A word every draft holds: 300 hits, paged the same way.
  await app.getByTestId('search').fill('anggaran');
  await expect(range).toHaveText(`1–100 of ${COUNT}`);
  await app.getByTestId('page-last').first().click();
  await expect(range).toHaveText(`201–300 of ${COUNT}`);
});
