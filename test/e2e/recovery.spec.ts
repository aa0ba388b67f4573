// Damaged files seen from the UI: the banner names the file every time (even when the first call recovers it),
// the other drafts stay listed, and opening a draft whose data is gone shows a clear error, not a blank page.
import { mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { startHarness } from '../harness/server';
import { DataStore } from '../../main/core/store/data-store';
import { ArticleRepo, articleFile } from '../../main/core/articles/repo';

async function seeded(): Promise<{ dir: string; ids: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-e2e-recovery-'));
  const store = await DataStore.open(dir, { snapshotIntervalMs: 0 });
  const repo = new ArticleRepo(store);
  const ids: string[] = [];
  for (const title of ['Banjir Semarang', 'Gempa Cianjur', 'Pemilu Jakarta']) ids.push((await repo.create({ title, body: '<p>isi</p>' })).id);
  await repo.flush();
  await store.close();
  return { dir, ids };
}

test('the recovery banner appears on every start-up whose first call recovers a wrong-shape article (10 runs)', async ({ page }) => {
  for (let run = 0; run < 10; run++) {
    const { dir, ids } = await seeded();
    writeFileSync(join(dir, articleFile(ids[1])), JSON.stringify({ schema: 1, article: 5 }));
    unlinkSync(join(dir, 'library.json')); // the first articles.list reads every article, so it is what recovers
    const h = await startHarness({ dataDir: dir, store: { snapshotIntervalMs: 0 } });
    try {
      await page.goto(h.url);
      await expect(page.getByTestId('recovery-banner'), `run ${run}`).toContainText(`articles/${ids[1]}.json`);
      for (const t of ['Banjir Semarang', 'Gempa Cianjur', 'Pemilu Jakarta']) await expect(page.getByText(t)).toBeVisible();
    } finally {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('opening a draft whose file is unreadable and has no snapshot shows a clear error', async ({ page }) => {
  const { dir, ids } = await seeded();
  writeFileSync(join(dir, articleFile(ids[0])), JSON.stringify({ schema: 1, article: 5 }));
  rmSync(join(dir, '.snapshots', `articles__${ids[0]}.json`), { recursive: true });
  const h = await startHarness({ dataDir: dir, store: { snapshotIntervalMs: 0 } });
  try {
    // The library drops it (banner says why); a link to it, kept from before, opens a clear error.
    await page.goto(h.url);
    await expect(page.getByText('Gempa Cianjur')).toBeVisible();
    await expect(page.getByText('Banjir Semarang')).toHaveCount(0);
    await page.goto(`${h.url}#/article/${ids[0]}`);
    await expect(page.locator('.banner.error')).toContainText(`No draft with id ${ids[0]}`);
    await expect(page.getByTestId('recovery-banner')).toContainText(`articles/${ids[0]}.json`);
    await expect(page.locator('body')).not.toContainText('{{');
  } finally {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
