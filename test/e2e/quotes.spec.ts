// Quotes in the editor: the sample's 14 quotes highlighted; accept, change speaker, verify with a source note,
// reject by keyboard; another paragraph edited; after a reload every decision is kept and every highlight still
// covers exactly its quote's text. Also the speaker registry and the quote sheet.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SCREENSHOTS } from './fixtures';

interface Q {
  id: string;
  kind: string;
  status: string;
  verification: string;
  sourceNote: string;
  speakerId: string | null;
  needsReview: boolean;
  anchor: { start: number; end: number; exact: string };
}
interface AQ {
  speakers: { id: string; name: string; role: string; spellings: Record<string, string> }[];
  quotes: Q[];
}

async function quotes(app: Page, articleId: string): Promise<AQ> {
  return app.evaluate(async (articleId) => {
    const api = (
      window as unknown as { api: { quotes: { get(r: unknown): Promise<{ ok: boolean; data: unknown }> } } }
    ).api;
    const r = await api.quotes.get({ articleId });
    if (!r.ok) throw new Error(JSON.stringify(r));
    return r.data;
  }, articleId) as Promise<AQ>;
}

/** Highlighted text per quote id, as the editor shows it (a quote split by inline marks joins its pieces). */
async function highlights(app: Page): Promise<Record<string, string>> {
  return app.evaluate(() => {
    const out: Record<string, string> = {};
    for (const el of document.querySelectorAll<HTMLElement>('.body-editor [data-quote-id]')) {
      const id = el.dataset.quoteId!;
      out[id] = (out[id] ?? '') + el.textContent;
    }
    return out;
  });
}

const item = (app: Page, id: string) => app.locator(`[data-testid="quote-item"][data-quote-id="${id}"]`);

test('annotate the sample’s quotes, edit elsewhere, reload: decisions kept and anchored', async ({ app }) => {
  const articleId = await app.evaluate(async () => {
    const api = (
      window as unknown as {
        api: {
          articles: { sample(r: unknown): Promise<{ ok: boolean; data: { article: { id: string } } }> };
        };
      }
    ).api;
    const r = await api.articles.sample({});
    return r.data.article.id;
  });
  await app.goto(app.url().replace(/#.*$/, '') + `#/article/${articleId}`);
  await expect(app.getByTestId('editor')).toBeVisible();

  // Open the panel: the 14 quotes of the sample are highlighted, each over exactly its text.
  await app.getByTestId('open-quotes').click();
  await expect(app.getByTestId('quote-panel')).toBeVisible();
  await expect.poll(async () => Object.keys(await highlights(app)).length).toBe(14);
  const q0 = await quotes(app, articleId);
  expect(q0.quotes).toHaveLength(14);
  const hl0 = await highlights(app);
  for (const q of q0.quotes) expect(hl0[q.id]).toBe(q.anchor.exact);
  await expect(app.getByTestId('quote-item')).toHaveCount(14);
  await expect(app.getByTestId('quote-group')).toHaveCount(2); // Ganjar Pranowo, Gandi Sulistiyanto

  const direct = q0.quotes.filter((q) => q.kind === 'direct');
  const [accepted, reassigned, verified] = [direct[0], direct[1], direct[2]];
  const renamed = q0.quotes.find((q) => q.kind === 'indirect')!;
  const rejected = q0.quotes[q0.quotes.length - 1];
  const gandi = q0.speakers.find((s) => s.name === 'Gandi Sulistiyanto')!;
  expect(reassigned.speakerId).not.toBe(gandi.id);

  // Clicking a highlight in the body selects that quote in the panel; Accept confirms it.
  await app.locator(`.body-editor [data-quote-id="${accepted.id}"]`).first().click();
  await expect(item(app, accepted.id)).toHaveAttribute('aria-current', 'true');
  await item(app, accepted.id).getByTestId('quote-accept').click();
  await expect(item(app, accepted.id)).toHaveAttribute('data-status', 'confirmed');

  // Change a speaker: pick another from the registry.
  await item(app, reassigned.id).locator('.quote-summary').click();
  await item(app, reassigned.id).getByTestId('quote-speaker').selectOption(gandi.id);
  await expect(item(app, reassigned.id)).toHaveAttribute('data-status', 'confirmed');
  // …and type a new speaker for another.
  await item(app, renamed.id).locator('.quote-summary').click();
  await item(app, renamed.id).getByTestId('quote-speaker').selectOption('__new__');
  await item(app, renamed.id).getByTestId('quote-new-speaker-name').fill('Hendrar Prihadi');
  await item(app, renamed.id).getByTestId('quote-new-speaker-role').fill('Wali Kota Semarang');
  await item(app, renamed.id).getByTestId('quote-new-speaker-save').click();
  await expect(app.getByTestId('quote-group').filter({ hasText: 'Hendrar Prihadi' })).toBeVisible();

  // Keyboard: select, V verifies and moves to the source field, Enter saves the note.
  await item(app, verified.id).locator('.quote-summary').click();
  await app.keyboard.press('v');
  await expect(item(app, verified.id)).toHaveAttribute('data-verification', 'verified');
  await expect(item(app, verified.id).getByTestId('quote-source-note')).toBeFocused();
  await app.keyboard.type('rekaman 12:30');
  await app.keyboard.press('Enter');
  await expect
    .poll(async () => (await quotes(app, articleId)).quotes.find((q) => q.id === verified.id)?.sourceNote)
    .toBe('rekaman 12:30');
  // Escape back to the list (the quote's summary), K/J move, R rejects: its highlight goes away.
  await app.keyboard.press('Escape');
  await expect(item(app, verified.id).locator('.quote-summary')).toBeFocused();
  await item(app, rejected.id).locator('.quote-summary').click();
  await app.keyboard.press('k');
  await app.keyboard.press('j');
  await expect(item(app, rejected.id)).toHaveAttribute('aria-current', 'true');
  await app.keyboard.press('r');
  await expect.poll(async () => Object.keys(await highlights(app)).length).toBe(13);
  await app.getByTestId('quote-filter-rejected').check();
  await expect(item(app, rejected.id)).toHaveAttribute('data-status', 'rejected');

  // Filter: unverified only hides the verified quote.
  await app.getByTestId('quote-filter-unverified').check();
  await expect(item(app, verified.id)).toHaveCount(0);
  await app.getByTestId('quote-filter-unverified').uncheck();

  // Edit other paragraphs: a dateline typed before the first one (every offset shifts), a sentence after the last.
  const body = app.getByTestId('body');
  await body.locator('p').nth(3).click();
  await app.keyboard.press('Control+Home');
  await app.keyboard.type('SEMARANG — ');
  await app.keyboard.press('Control+End');
  await app.keyboard.type(' Pertemuan berlangsung hangat.');
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  // The panel re-reads the anchors after the save; the highlights still cover the quotes exactly.
  await expect
    .poll(async () => (await quotes(app, articleId)).quotes.find((q) => q.id === accepted.id)?.anchor.start)
    .toBe(accepted.anchor.start + 'SEMARANG — '.length);

  await app.reload();
  await expect(app.getByTestId('quote-panel')).toBeVisible(); // the panel stays open across reloads
  await expect(app.getByTestId('body')).toContainText('SEMARANG — Gubernur');
  await expect.poll(async () => Object.keys(await highlights(app)).length).toBe(13);

  const q1 = await quotes(app, articleId);
  expect(q1.quotes).toHaveLength(14);
  const hl1 = await highlights(app);
  for (const q of q1.quotes) {
    expect(q.needsReview, q.anchor.exact).toBe(false);
    expect(q.anchor.exact).toBe(q0.quotes.find((x) => x.id === q.id)!.anchor.exact);
    if (q.status !== 'rejected') expect(hl1[q.id], q.id).toBe(q.anchor.exact);
  }
  const by = (id: string) => q1.quotes.find((q) => q.id === id)!;
  expect(by(accepted.id).status).toBe('confirmed');
  expect(by(reassigned.id).speakerId).toBe(gandi.id);
  expect(q1.speakers.find((s) => s.id === by(renamed.id).speakerId)).toMatchObject({
    name: 'Hendrar Prihadi',
    role: 'Wali Kota Semarang',
  });
  expect(by(verified.id)).toMatchObject({ verification: 'verified', sourceNote: 'rekaman 12:30' });
  expect(by(rejected.id).status).toBe('rejected');
  expect(hl1[rejected.id]).toBeUndefined();
  // The panel shows the same after the reload.
  await expect(item(app, accepted.id)).toHaveAttribute('data-status', 'confirmed');
  await expect(item(app, verified.id)).toHaveAttribute('data-verification', 'verified');

  // Speakers: give Ganjar Pranowo a Korean spelling (suggested in Hangul) and save.
  await app.getByTestId('quote-tab-speakers').click();
  const ganjar = app
    .locator('[data-testid="quote-speaker-form"]')
    .filter({ has: app.locator('strong', { hasText: 'Ganjar Pranowo' }) });
  await ganjar.getByTestId('translit-suggest-button').click();
  await ganjar.getByTestId('translit-pick').click();
  const ko = await ganjar.getByTestId('speaker-spelling-ko').inputValue();
  expect(ko).toMatch(/[가-힣]/);
  await ganjar.getByTestId('speaker-save').click();
  await expect(ganjar.getByTestId('speaker-save')).toBeDisabled();
  expect((await quotes(app, articleId)).speakers.find((s) => s.name === 'Ganjar Pranowo')?.spellings.ko).toBe(
    ko,
  );
  await app.getByTestId('quote-tab-quotes').click();

  // Quote sheet: one row per non-rejected quote, with speaker and source.
  await app.getByTestId('quote-open-sheet').click();
  await expect(app.getByTestId('quote-sheet-row')).toHaveCount(13);
  await expect(app.getByTestId('quote-sheet-row').filter({ hasText: 'rekaman 12:30' })).toHaveCount(1);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await app.screenshot({ path: join(SCREENSHOTS, 'quotes-sheet.png') });
  await app.getByTestId('quote-sheet-row').filter({ hasText: 'rekaman 12:30' }).click();
  await expect(app.getByTestId('quote-sheet')).toHaveCount(0);
  await expect(item(app, verified.id)).toHaveAttribute('aria-current', 'true');

  await app.screenshot({ path: join(SCREENSHOTS, 'quotes.png') });
});

test('re-detect keeps decisions; failures show a translated error', async ({ app }) => {
  const articleId = await app.evaluate(async () => {
    const api = (
      window as unknown as {
        api: { articles: { create(r: unknown): Promise<{ ok: boolean; data: { id: string } }> } };
      }
    ).api;
    const r = await api.articles.create({
      title: 'Rapat',
      lang: 'id',
      body: '<p>Hujan deras sejak pagi.</p>',
    });
    return r.data.id;
  });
  await app.goto(app.url().replace(/#.*$/, '') + `#/article/${articleId}`);
  await app.getByTestId('open-quotes').click();
  await expect(app.getByTestId('quote-empty')).toBeVisible();
  // A quote typed into the body is found by Re-detect once the text is saved.
  await app.getByTestId('body').click();
  await app.keyboard.press('Control+End');
  await app.keyboard.press('Enter');
  await app.keyboard.type('“Kami siap membantu warga,” kata Wali Kota Semarang Hendrar Prihadi.');
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await app.getByTestId('quote-redetect').click();
  await expect(app.getByTestId('quote-item').first()).toBeVisible();
  const first = app.getByTestId('quote-item').first();
  const id = await first.getAttribute('data-quote-id');
  await first.locator('.quote-summary').click();
  await first.getByTestId('quote-comment-input').fill('Cek rekaman');
  await first.getByTestId('quote-comment-add').click();
  await expect(first.getByTestId('quote-comment')).toHaveText(/Cek rekaman/);
  await app.getByTestId('quote-redetect').click();
  await expect(
    app.locator(`[data-testid="quote-item"][data-quote-id="${id}"]`).getByTestId('quote-comment'),
  ).toHaveCount(1);

  // The article disappears behind the panel's back: the next call fails with a readable, translated message.
  await app.evaluate(async (articleId) => {
    const api = (window as unknown as { api: { articles: { purge(r: unknown): Promise<unknown> } } }).api;
    await api.articles.purge({ id: articleId });
  }, articleId);
  await app.getByTestId('quote-redetect').click();
  await expect(app.getByTestId('quote-error')).toBeVisible();
  await expect(app.getByTestId('quote-error')).toContainText('No draft with id');
});
