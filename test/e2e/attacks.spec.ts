// A hostile page on another local port, in a real Chromium, cannot write through the harness.
import { createServer } from 'node:http';
import { test, expect } from './fixtures';

test('a page served on another 127.0.0.1 port cannot create drafts through the harness', async ({ app, harness, browser }) => {
  const target = new URL(harness.url).origin;
  // The attacker page tries the classic cross-site writes: a form POST, a no-cors text/plain fetch, a JSON fetch.
  const html = `<!doctype html><body><form id=f method=post action="${target}/api/articles.create" enctype="text/plain">
    <input name='{"title":"pwned-form","lang":"id","x":"' value='"}'></form>
    <script>
      fetch('${target}/api/articles.create', { method: 'POST', mode: 'no-cors', credentials: 'include',
        headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ title: 'pwned-fetch', lang: 'id' }) }).catch(() => {});
      fetch('${target}/api/articles.create', { method: 'POST', credentials: 'include',
        headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'pwned-json', lang: 'id' }) })
        .catch(() => {}).finally(() => document.getElementById('f').submit());
    </script></body>`;
  const evil = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((r) => evil.listen(0, '127.0.0.1', r));
  const port = (evil.address() as { port: number }).port;
  try {
    // Same browser context as the app page: any cookie the harness had set would ride along.
    const page = await app.context().newPage();
    const statuses: number[] = [];
    page.on('response', (r) => {
      if (r.url().startsWith(`${target}/api/`)) statuses.push(r.status());
    });
    const posted = page.waitForResponse((r) => r.url().startsWith(`${target}/api/`) && r.request().method() === 'POST' && r.request().postData()?.includes('pwned-form') === true);
    await page.goto(`http://127.0.0.1:${port}/`);
    const formRes = await posted;
    expect(formRes.status()).toBe(403);
    // The response resolves before the form's navigation commits; closing a page mid-navigation hangs Chromium
    // (the CI timeout), so wait until the 403 page has loaded and shows the refusal.
    await page.waitForURL(`${target}/api/articles.create`);
    await expect(page.locator('body')).toHaveText('Forbidden: cross-site request.');
    // Every request the attacker page got through to the harness was refused.
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 403)).toEqual([]);
    await page.close();
  } finally {
    evil.close();
  }
  const list = (await harness.app.dispatch('articles.list', {})) as { ok: boolean; data: { title: string }[] };
  expect(list.ok).toBe(true);
  expect(list.data.map((a) => a.title).filter((t) => t.startsWith('pwned'))).toEqual([]);
  void browser;
});
