// The whole translation in the UI: every segment confirmed with Ctrl+Enter (headline first), then the Korean
// DOCX holds only Korean (headline included) and the bilingual HTML shows both headlines.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { test, expect, SCREENSHOTS } from './fixtures';

const SAMPLE = readFileSync(join(import.meta.dirname, '../../resources/samples/semarang-ekraf-korsel.id.txt'), 'utf8');
const TITLE = 'Ganjar Perkuat Kerja Sama Ekraf dengan Korea Selatan';
const TITLE_KO = '간자르 주지사, 한국과 창조경제 협력 강화';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function download(page: Page, click: () => Promise<void>) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await dl.path());
}

test('confirm every segment with Ctrl+Enter → DOCX (ko) is all Korean with the Korean headline; bilingual HTML has both', async ({ app }) => {
  test.setTimeout(180_000);
  const body = SAMPLE.split('\n').filter((l) => l.trim()).map((l) => `<p>${esc(l.trim())}</p>`).join('');
  const ids = await app.evaluate(
    async ({ title, body }) => {
      type R = Promise<{ ok: boolean; data: { id: string }; error?: unknown }>;
      const api = (window as unknown as { api: { articles: { create(r: unknown): R }; translate: { create(r: unknown): R } } }).api;
      const a = await api.articles.create({ title, lang: 'id', body });
      const p = await api.translate.create({ articleId: a.data.id, targetLang: 'ko', pivotLang: null });
      if (!a.ok || !p.ok) throw new Error('setup failed');
      return { article: a.data.id, project: p.data.id };
    },
    { title: TITLE, body },
  );
  await app.evaluate((h) => (window.location.hash = h), `#/translate/${ids.article}/${ids.project}`);
  const rows = app.getByTestId('segment');
  await expect(rows.first().getByTestId('headline-badge')).toBeVisible();
  const n = await rows.count();
  expect(n).toBeGreaterThan(10);

  // Keyboard only: type, Ctrl+Enter (confirm and go on) for every segment, the headline first.
  for (let i = 0; i < n; i++) {
    await expect(rows.nth(i)).toHaveAttribute('data-active', 'true');
    await app.getByTestId('target-input').fill(i === 0 ? TITLE_KO : `한국어 번역 ${i}번 문장입니다.`);
    await app.keyboard.press('Control+Enter');
    await expect(rows.nth(i)).toHaveAttribute('data-status', 'translated');
  }
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
  await expect(app.getByTestId('progress-text')).toContainText('100 %');
  // Review keys: Ctrl+Alt+R marks reviewed, Ctrl+Alt+A approved, each moving on.
  await rows.nth(0).click();
  await app.keyboard.press('Control+Alt+A');
  await expect(rows.nth(0)).toHaveAttribute('data-status', 'approved');
  await expect(rows.nth(1)).toHaveAttribute('data-active', 'true');
  await app.keyboard.press('Control+Alt+R');
  await expect(rows.nth(1)).toHaveAttribute('data-status', 'reviewed');
  await expect(rows.nth(2)).toHaveAttribute('data-active', 'true');
  await expect(app.locator('.tr-keys')).toContainText('Ctrl+Alt+A');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await app.screenshot({ path: join(SCREENSHOTS, 'translate-all-confirmed.png') });

  // Export DOCX (ko): confirmed (not yet approved) segments export by default.
  await app.evaluate((h) => (window.location.hash = h), `#/export/${ids.article}`);
  await app.getByTestId('export-format').selectOption('docx');
  await app.getByTestId('export-lang').selectOption('ko');
  await expect(app.frameLocator('[data-testid=export-preview]').locator('h1')).toHaveText(TITLE_KO);
  await app.screenshot({ path: join(SCREENSHOTS, 'export-ko-translation.png') });
  const docx = await download(app, () => app.getByTestId('export-save').click());
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .filter((t) => t.trim());
  expect(paragraphs[0]).toBe(TITLE_KO);
  // The headline, then one paragraph per source paragraph holding its sentences' translations, all of them.
  expect(paragraphs).toHaveLength(1 + SAMPLE.split('\n').filter((l) => l.trim()).length);
  for (let i = 1; i < n; i++) expect(paragraphs.join('\n')).toContain(`한국어 번역 ${i}번 문장입니다.`);
  for (const p of paragraphs) {
    expect(p, `paragraph "${p}"`).toMatch(/\p{Script=Hangul}/u);
    expect(p, `no Indonesian left in "${p}"`).not.toMatch(/[A-Za-z]{2,}/);
  }

  // Bilingual HTML: both headlines head the review copy.
  await app.getByTestId('export-format').selectOption('bilingual-html');
  const html = (await download(app, () => app.getByTestId('export-save').click())).toString('utf8');
  expect(html).toContain(`<h1 lang="id">${TITLE}</h1>`);
  expect(html).toContain(`<h1 class="target-title" lang="ko">${TITLE_KO}</h1>`);
});
