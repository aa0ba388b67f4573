// Playwright fixtures: a fresh data folder and a harness per test, and a page already opened on it.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from '../harness/server';
import type { ChannelName, Req, Res } from '../../preload/contract';

export const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');

interface Fixtures {
  /** Option (test.use): each local-MT batch in the domain waits this long, as a real model would take. */
  mtDelayMs: number;
  /** Option (test.use): each import waits this long while "reading the file", so Cancel can land on any machine. */
  importDelayMs: number;
  dataDir: string;
  harness: Harness;
  app: Page;
}

export const test = base.extend<Fixtures>({
  mtDelayMs: [0, { option: true }],
  importDelayMs: [0, { option: true }],
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'redaksi-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  harness: async ({ dataDir, mtDelayMs, importDelayMs }, use) => {
    const h = await startHarness({ dataDir, store: { snapshotIntervalMs: 0 }, mtDelayMs, importDelayMs });
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

/**
 * A call through the public API, as the page makes it (the domain runs in another thread: no test reaches into its
 * context). Throws with the error envelope when the call fails.
 */
export async function call<K extends ChannelName>(h: Harness, channel: K, payload: Req<K>): Promise<Res<K>> {
  const r = await h.app.dispatch(channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as Res<K>;
}

export { expect };
