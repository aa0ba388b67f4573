// Playwright fixtures: a fresh data folder and a harness per test, and a page already opened on it.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from '../harness/server';

export const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');

interface Fixtures {
  dataDir: string;
  harness: Harness;
  app: Page;
}

export const test = base.extend<Fixtures>({
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'redaksi-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  harness: async ({ dataDir }, use) => {
    const h = await startHarness({ dataDir, store: { snapshotIntervalMs: 0 } });
    await use(h);
    await h.close();
  },
  app: async ({ page, harness }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(harness.url);
    await expect(page.locator('.topbar')).toBeVisible();
    await use(page);
    expect(errors, 'no uncaught errors in the page').toEqual([]);
  },
});

export { expect };
