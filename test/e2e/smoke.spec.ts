// Smoke: the app loads in Chromium through the harness, a draft can be created, edited and survives a reload.
import { test, expect } from './fixtures';

test('create a draft, edit it, reload: the edit is there', async ({ app }) => {
  await expect(app.getByText('No drafts yet', { exact: false })).toBeVisible();
  await app.getByTestId('new-draft').click();
  await expect(app.getByTestId('editor')).toBeVisible();
  await app.getByTestId('title').fill('Banjir di Semarang');
  await app.getByTestId('body').click();
  await app.keyboard.type('Hujan deras sejak pagi.');
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await app.reload();
  await expect(app.getByTestId('title')).toHaveValue('Banjir di Semarang');
  await expect(app.getByTestId('body')).toContainText('Hujan deras sejak pagi.');
});

test('the harness refuses requests without the token', async ({ harness }) => {
  const base = new URL(harness.url).origin;
  const res = await fetch(`${base}/api/articles.list`, { method: 'POST', body: '{}' });
  expect(res.status).toBe(403);
});

test('switching the UI to Korean changes visible strings and is remembered', async ({ app }) => {
  await expect(app.getByTestId('new-draft')).toHaveText('New draft');
  await app.getByTestId('ui-language').selectOption('ko');
  await expect(app.getByTestId('new-draft')).toHaveText('새 초안');
  await app.reload();
  await expect(app.getByTestId('new-draft')).toHaveText('새 초안');
});

test('loading the app asks for nothing the harness lacks (the icon is linked, no /favicon.ico 404)', async ({ page, harness }) => {
  // A late /favicon.ico 404 once failed an unrelated spec's "no console errors" check on a loaded machine.
  const consoleErrors: string[] = [];
  const missing: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && missing.push(`${r.status()} ${new URL(r.url()).pathname}`));
  await page.goto(harness.url);
  await expect(page.locator('.topbar')).toBeVisible();
  // Chromium fetches the icon after load (the event stream keeps the network busy, so no 'networkidle'): give it
  // time, then nothing may have failed.
  await page.waitForTimeout(2500);
  expect(missing).toEqual([]);
  expect(consoleErrors).toEqual([]);
  const icon = await page.locator('link[rel="icon"]').getAttribute('href', { timeout: 1000 });
  expect(icon).toMatch(/icon-[\w-]+\.svg$/);
  const res = await page.request.get(new URL(icon!, page.url()).href);
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain('<svg');
});
