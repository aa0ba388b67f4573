// Pasting into the editor: DOMPurify with the import allow-list cleans the clipboard's HTML before ProseMirror reads
// it. Hostile markup runs nothing and leaves no trace (not in the page, not in the saved draft); the formatting an
// import keeps (bold, italic, headings, lists, links to web or mail addresses) survives under its article name.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const HOSTILE = [
  '<style>body{display:none}</style><p style="color:red;background:url(javascript:x)">Gaya dibuang.</p>',
  '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">',
  '<svg/onload="window.__pwned = 3"><circle r=1 /></svg><iframe srcdoc="<script>parent.__pwned = 4</script>"></iframe>',
  '<p onclick="window.__pwned = 5">Tautan: <a href="javascript:window.__pwned = 6">jahat</a>, ',
  '<a href=" jav&#x61;script:window.__pwned = 7">tersamar</a>, <a href="data:text/html,<script>alert(8)</script>">data</a>, ',
  '<a href="/relatif">relatif</a> dan <a href="https://example.org/" target=_blank onmouseover="window.__pwned = 9">baik</a>.</p>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=10>">mxss</p></noscript>',
  '<form action="https://evil.example/"><input value="bocor"><button>Kirim</button></form>',
  '<div><b>Tebal</b> dan <i>miring</i> di div.</div><h5>Judul kecil</h5>',
  '<ul><li>satu</li><li><span style="font-weight:bold">dua</span></li></ul>',
  '<p>Surat: <a href="mailto:redaksi@example.org">redaksi</a></p>',
].join('');


async function paste(app: Page, html: string, plain: string) {
  await app.getByTestId('body').evaluate(
    (el, [html, plain]) => {
      const dt = new DataTransfer();
      dt.setData('text/html', html);
      dt.setData('text/plain', plain);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    [html, plain],
  );
}

test('hostile paste runs nothing and leaves no trace; allowed formatting survives', async ({ app }) => {
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
  await paste(app, HOSTILE, 'Gaya dibuang.');
  await expect(body).toContainText('Surat: redaksi');

  const html = await body.evaluate((el) => el.innerHTML);
  // Nothing active, nothing styled, no hidden text from script/style/noscript/form.
  expect(html).not.toMatch(/<(script|style|img|svg|iframe|form|input|button|noscript|span)\b/i);
  expect(html).not.toMatch(/\son\w+=|style=|javascript:|data:text|srcdoc|evil\.example|__pwned|bocor|Kirim|mxss/i);
  await expect(body.locator('a')).toHaveCount(2);
  await expect(body.locator('a[href="https://example.org/"]')).toHaveText('baik');
  await expect(body.locator('a[href="mailto:redaksi@example.org"]')).toHaveText('redaksi');
  // The words of dropped links stay; relative, javascript: (even entity-encoded) and data: targets go.
  await expect(body).toContainText('Tautan: jahat, tersamar, data, relatif dan baik.');
  // Formatting under its article names: b → strong, i → em, h5 → h3, div → paragraph, the list kept.
  await expect(body.locator('strong')).toHaveText('Tebal');
  await expect(body.locator('em')).toHaveText('miring');
  await expect(body.locator('h3')).toHaveText('Judul kecil');
  await expect(body.locator('li')).toHaveText(['satu', 'dua']);

  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const id = decodeURIComponent(app.url().split('#/article/')[1]);
  const stored = await app.evaluate(async (articleId) => {
    const api = (window as unknown as { api: { articles: { get: (r: unknown) => Promise<{ data: { body: string } }> } } }).api;
    return (await api.articles.get({ id: articleId })).data.body;
  }, id);
  expect(stored).toContain('<strong>Tebal</strong> dan <em>miring</em> di div.');
  expect(stored).not.toMatch(/<script|<style|<img|<svg|<iframe|onerror|onclick|onload|javascript:|data:text|__pwned|bocor/i);

  expect(await app.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
