/// <reference lib="dom" />
// Accessibility: axe-core (the npm build, injected into Debian Chromium) finds no critical or serious violation on
// the library, the editor with quotes and history open, the translate grid, export and settings, in en and ko; each
// view has one h1; Tab reaches each view's main controls; dialogs keep the focus, close on Escape and give it back.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, SCREENSHOTS } from './fixtures';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// The app's CSP (script-src 'self') refuses the injected <script>; only this spec's browser context ignores it,
// so axe can be added with addScriptTag. Nothing else about the page changes (the CSP itself is checked elsewhere).
test.use({ bypassCSP: true });

// Moderate rules about the page's structure that fail the test too: one h1, headings in order, landmarks.
const STRUCTURE = new Set(['page-has-heading-one', 'heading-order', 'empty-heading', 'landmark-one-main', 'landmark-unique', 'region', 'empty-table-header']);

interface Found {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe (every rule it runs by default) on the page as it is now. */
async function audit(page: Page): Promise<Found[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
}

/**
 * Audits, prints one line of counts (elements per impact) and every violation with its target selectors, saves a
 * screenshot, and asserts: no critical or serious violation, none of the structure rules, exactly one h1.
 */
async function expectClean(page: Page, label: string): Promise<void> {
  const all = await audit(page);
  const count = (impact: string) => all.filter((f) => f.impact === impact).reduce((s, f) => s + f.targets.length, 0);
  const report = all.map((f) => `  ${f.impact} ${f.id} (${f.help}):\n${f.targets.map((t) => `    ${t}`).join('\n')}`).join('\n');
  console.log(
    `axe ${label}: ${count('critical')} critical, ${count('serious')} serious, ${count('moderate')} moderate, ${count('minor')} minor` +
      (report ? '\n' + report : ''),
  );
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `a11y-${label.replace(/[^\w-]+/g, '-')}.png`) });
  const failing = all.filter((f) => f.impact === 'critical' || f.impact === 'serious' || STRUCTURE.has(f.id));
  expect(failing, `axe violations on ${label}:\n${report}`).toEqual([]);
  // Exactly one level-one heading outside the article text (a story may have its own headings).
  const h1 = await page.evaluate(() => [...document.querySelectorAll('h1')].filter((h) => !h.closest('[contenteditable]')).map((h) => h.textContent));
  expect(h1, `h1 on ${label}`).toHaveLength(1);
}

async function sampleArticle(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const api = (window as unknown as { api: { articles: { sample(r: object): Promise<{ ok: boolean; data: { article: { id: string } } }> } } }).api;
    const r = await api.articles.sample({});
    if (!r.ok) throw new Error('sample failed');
    return r.data.article.id;
  });
}

/** A second draft in each other status, so every status label's contrast is checked. */
async function draftsInEveryStatus(page: Page): Promise<void> {
  await page.evaluate(async () => {
    type R = Promise<{ ok: boolean; data: { id: string } }>;
    const api = (window as unknown as { api: { articles: { create(r: object): R; save(r: object): R } } }).api;
    for (const status of ['editing', 'in-translation', 'ready', 'exported']) {
      const a = await api.articles.create({ title: `Status ${status}`, lang: 'en', body: '<p>Text.</p>' });
      const s = await api.articles.save({ id: a.data.id, patch: { status } });
      if (!s.ok) throw new Error(`status ${status} refused`);
    }
  });
}

async function go(page: Page, hash: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

async function setUi(page: Page, lng: 'en' | 'ko') {
  await page.getByTestId('ui-language').selectOption(lng);
  await expect(page.locator('html')).toHaveAttribute('lang', lng);
}

for (const lng of ['en', 'ko'] as const) {
  test.describe(`axe (${lng})`, () => {
    test(`library (${lng})`, async ({ app }) => {
      await setUi(app, lng);
      await expectClean(app, `library-empty-${lng}`);
      await sampleArticle(app);
      await draftsInEveryStatus(app);
      await go(app, '#/library');
      await expect(app.getByTestId('draft-row')).toHaveCount(5);
      await expectClean(app, `library-${lng}`);
      // Rows selected: the batch export bar.
      await app.getByTestId('select-all').check();
      await expect(app.getByTestId('batch-export')).toBeVisible();
      await expectClean(app, `library-batch-${lng}`);
      await app.getByTestId('select-all').uncheck();
      await app.getByTestId('import-paste').click();
      await expect(app.getByTestId('paste-dialog')).toBeVisible();
      await expectClean(app, `library-paste-dialog-${lng}`);
      await app.keyboard.press('Escape');
      await app.getByTestId('trash-draft').first().click();
      await app.getByTestId('toggle-trash').click();
      await expect(app.getByTestId('restore-draft')).toHaveCount(1);
      await expectClean(app, `library-trash-${lng}`);
    });

    test(`editor with quotes and history open (${lng})`, async ({ app }) => {
      await setUi(app, lng);
      // Wide enough for both side panels beside the body.
      await app.setViewportSize({ width: 1700, height: 950 });
      // Opened from the library's sample button, as a user would: the import notice shows too.
      await app.getByTestId('open-sample').click();
      await expect(app.getByTestId('editor')).toBeVisible();
      await expect(app.getByTestId('import-notice')).toBeVisible();
      await app.getByTestId('open-history').click();
      await app.getByTestId('open-quotes').click();
      await expect(app.getByTestId('quote-item').first()).toBeVisible();
      await expect(app.getByTestId('revision').first()).toBeVisible();
      await expectClean(app, `editor-${lng}`);
      // A status change records a revision: two revisions compared show the diff.
      await app.getByTestId('status').selectOption('editing');
      await expect(app.getByTestId('revision')).toHaveCount(2);
      await app.getByTestId('pick-1').check();
      await app.getByTestId('pick-2').check();
      await expect(app.getByTestId('diff')).toBeVisible();
      await expectClean(app, `editor-history-diff-${lng}`);
      // Replace all with its preview.
      await app.getByTestId('body').click();
      await app.keyboard.press('Control+h');
      await app.getByTestId('find-input').fill('Ganjar');
      await app.getByTestId('replace-input').fill('Ganjar P.');
      await app.getByTestId('replace-all').click();
      await expect(app.getByTestId('find-preview-item').first()).toBeVisible();
      await expectClean(app, `editor-replace-preview-${lng}`);
      await app.getByTestId('replace-cancel').click();
      await app.getByTestId('find-close').click();
      // A quote opened (its decisions), the find bar, the speakers tab, the quote sheet.
      await app.getByTestId('quote-item').nth(1).locator('.quote-summary').click();
      await expect(app.getByTestId('quote-accept')).toBeVisible();
      await app.getByTestId('open-find').click();
      await expect(app.getByTestId('find-input')).toBeVisible();
      await expectClean(app, `editor-quote-open-${lng}`);
      await app.getByTestId('open-find').click();
      await app.getByTestId('quote-tab-speakers').click();
      await expectClean(app, `editor-speakers-${lng}`);
      await app.getByTestId('quote-open-sheet').click();
      await expect(app.getByTestId('quote-sheet-row').first()).toBeVisible();
      await expectClean(app, `editor-quote-sheet-${lng}`);
      await app.keyboard.press('Escape');
      await expect(app.getByTestId('quote-sheet')).toHaveCount(0);
      // Narrower, the two panels become tabs: each tab's content is checked too.
      await app.getByTestId('quote-tab-quotes').click();
      await app.setViewportSize({ width: 1280, height: 800 });
      await expect(app.getByTestId('side-tabs')).toBeVisible();
      await app.getByTestId('side-tab-history').click();
      await expectClean(app, `editor-tab-history-${lng}`);
      // The arrows move between the two tabs.
      await app.getByTestId('side-tab-history').focus();
      await app.keyboard.press('ArrowRight');
      await expect(app.getByTestId('side-tab-quotes')).toBeFocused();
      await expect(app.getByTestId('side-tab-quotes')).toHaveAttribute('aria-selected', 'true');
      await expect(app.getByTestId('quote-panel')).toBeVisible();
      await expectClean(app, `editor-tab-quotes-${lng}`);
    });

    test(`translate grid (${lng})`, async ({ app }) => {
      await setUi(app, lng);
      const id = await sampleArticle(app);
      await go(app, `#/translate/${id}`);
      await expect(app.getByTestId('translate-start')).toBeVisible();
      await expectClean(app, `translate-start-${lng}`);
      await app.getByTestId('target-lang').selectOption('ko');
      await app.getByTestId('pivot-lang').selectOption('en');
      await app.getByTestId('create-project').click();
      await expect(app.getByTestId('translate-workspace')).toBeVisible();
      await expect(app.getByTestId('target-input')).toBeFocused();
      await expect(app.getByTestId('segment').nth(3)).toBeVisible();
      await expectClean(app, `translate-${lng}`);
      // A confirmed headline whose number and names went missing: statuses in colour, QA findings listed.
      await app.getByTestId('target-input').fill('주지사 2명');
      await app.keyboard.press('Control+Enter');
      await expect(app.getByTestId('segment').first()).toHaveAttribute('data-status', 'translated');
      await app.getByTestId('tab-qa').click();
      await app.getByTestId('qa-run').click();
      await expect(app.getByTestId('qa-finding').first()).toBeVisible();
      await expectClean(app, `translate-qa-${lng}`);
      await app.getByTestId('tab-analysis').click();
      await expectClean(app, `translate-analysis-${lng}`);
      await app.getByTestId('open-glossary').click();
      await expect(app.getByTestId('glossary-manager')).toBeVisible();
      await expectClean(app, `translate-glossary-${lng}`);
    });

    test(`export (${lng})`, async ({ app }) => {
      await setUi(app, lng);
      const id = await sampleArticle(app);
      // A translation project and the quotes, so the formats that need them are offered with their options.
      await app.evaluate(async (articleId) => {
        type R = Promise<{ ok: boolean }>;
        const api = (window as unknown as { api: { translate: { create(r: object): R }; quotes: { get(r: object): R } } }).api;
        if (!(await api.translate.create({ articleId, targetLang: 'ko', pivotLang: null })).ok) throw new Error('project');
        if (!(await api.quotes.get({ articleId })).ok) throw new Error('quotes');
      }, id);
      await go(app, `#/export/${id}`);
      await expect(app.getByTestId('export-view')).toBeVisible();
      await expect(app.getByTestId('export-preview')).toBeVisible();
      await expectClean(app, `export-${lng}`);
      // Formats that need the translation or the quotes, and ninjs.
      for (const format of ['bilingual-html', 'xliff', 'quotes-csv', 'ninjs']) {
        await app.getByTestId('export-format').selectOption(format);
        await expectClean(app, `export-${format}-${lng}`);
      }
      await app.getByTestId('export-format').selectOption('html');
      const [dl] = await Promise.all([app.waitForEvent('download'), app.getByTestId('export-save').click()]);
      await dl.path();
      await expect(app.getByTestId('export-saved')).toBeVisible();
      await expectClean(app, `export-saved-${lng}`);
    });

    test(`settings (${lng})`, async ({ app }) => {
      await setUi(app, lng);
      await go(app, '#/settings');
      await expect(app.getByTestId('data-dir')).not.toBeEmpty();
      await expectClean(app, `settings-${lng}`);
      await app.getByTestId('mt-add').click();
      await expectClean(app, `settings-mt-form-${lng}`);
    });
  });
}

// ---------- keyboard ----------

/** What has the focus: its test id, else its tag and accessible-ish name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    return el.dataset.testid ?? el.closest('[data-testid]')?.getAttribute('data-testid') + ' > ' + el.tagName.toLowerCase();
  });

/** Presses Tab up to `max` times from where the focus is; returns every test id reached (each stop visible). */
async function tabThrough(page: Page, max: number): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      return { id: el.dataset.testid ?? '', visible: r.width > 0 && r.height > 0 };
    });
    if (!stop) continue;
    expect(stop.visible, `Tab stop ${stop.id || i} is visible`).toBe(true);
    if (stop.id) seen.add(stop.id);
  }
  return seen;
}

async function expectReached(page: Page, start: Locator, ids: string[], max: number) {
  await start.focus();
  const seen = await tabThrough(page, max);
  expect(ids.filter((id) => !seen.has(id)), `not reached by Tab (reached: ${[...seen].join(', ')})`).toEqual([]);
}

/** Tab and Shift+Tab many times: the focus never leaves the dialog; Escape closes it and the focus returns. */
async function expectTrapped(page: Page, dialog: Locator, opener: Locator) {
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(key);
      expect(await dialog.evaluate((d) => d.contains(document.activeElement)), `${key} #${i + 1} stays in the dialog (at ${await focused(page)})`).toBe(true);
    }
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
}

test('keyboard: Tab reaches the library’s controls; the paste and import dialogs trap the focus', async ({ app }) => {
  await sampleArticle(app);
  await go(app, '#/library');
  await expect(app.getByTestId('draft-row')).toHaveCount(1);
  await expectReached(
    app,
    app.getByRole('link', { name: 'Redaksi' }),
    ['ui-language', 'new-draft', 'import-file', 'import-paste', 'toggle-trash', 'search', 'filter-status', 'filter-lang', 'sort', 'draft-link', 'duplicate-draft', 'trash-draft'],
    25,
  );
  // Opened from the keyboard, the dialog holds the focus, Escape closes it (even after many Tabs) and the focus
  // returns to the button that opened it.
  await app.getByTestId('import-paste').focus();
  await app.keyboard.press('Enter');
  await expectTrapped(app, app.getByTestId('paste-dialog'), app.getByTestId('import-paste'));
  await app.getByTestId('import-file').focus();
  await app.keyboard.press('Enter');
  await expectTrapped(app, app.getByTestId('import-dialog'), app.getByTestId('import-file'));
  // The paste dialog works from the keyboard alone: type, Tab to Import, Enter opens the new draft.
  await app.getByTestId('import-paste').focus();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('paste-input')).toBeFocused();
  await app.keyboard.type('Judul dari papan ketik\n\nIsi berita pertama.');
  await app.getByTestId('paste-import').focus();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('editor')).toBeVisible();
});

test('keyboard: Tab reaches the editor’s controls, the body, the history and the quotes; J/K and Enter work the list; the quote sheet traps the focus', async ({ app }) => {
  const id = await sampleArticle(app);
  await app.setViewportSize({ width: 1700, height: 950 });
  await go(app, `#/article/${id}`);
  await expect(app.getByTestId('editor')).toBeVisible();
  await app.getByTestId('open-history').click();
  await app.getByTestId('open-quotes').click();
  await expect(app.getByTestId('quote-item').first()).toBeVisible();
  await expect(app.getByTestId('revision').first()).toBeVisible();
  await expectReached(
    app,
    app.getByTestId('title'),
    ['open-translate', 'open-export', 'outlet', 'place', 'byline', 'lang', 'status', 'open-find', 'open-history', 'open-quotes', 'fmt-b', 'body', 'quote-tab-quotes', 'quote-open-sheet', 'quote-redetect', 'quote-filter-unverified'],
    40,
  );
  // The history's controls are reachable (what the panel shows first: its buttons).
  const history = await app.getByTestId('history').evaluate((h) => h.querySelectorAll('button, input, select').length);
  expect(history).toBeGreaterThan(0);
  await app.getByTestId('history').locator('button').first().focus();
  await expect(app.getByTestId('history').locator('button').first()).toBeFocused();

  // The quote list has one Tab stop; J and K move it, Enter opens the quote, Escape from a field comes back.
  const summaries = app.getByTestId('quote-item').locator('.quote-summary');
  await app.getByTestId('quote-filter-rejected').focus();
  await app.keyboard.press('Tab');
  await expect(summaries.nth(0)).toBeFocused();
  await app.keyboard.press('j');
  await expect(summaries.nth(0)).toBeFocused(); // the first J selects the first quote
  await expect(app.getByTestId('quote-item').nth(0)).toHaveAttribute('aria-current', 'true');
  await app.keyboard.press('j');
  await expect(summaries.nth(1)).toBeFocused();
  await expect(summaries.nth(1)).toHaveAttribute('aria-expanded', 'true');
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('quote-item').nth(1).getByTestId('quote-accept')).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('quote-item').nth(1)).toHaveAttribute('data-status', 'confirmed');
  await app.getByTestId('quote-item').nth(1).getByTestId('quote-source-note').focus();
  await app.keyboard.press('Escape');
  await expect(summaries.nth(1)).toBeFocused();
  await app.keyboard.press('k');
  await expect(summaries.nth(0)).toBeFocused();

  // The quote panel's tabs: arrows move between them.
  await app.getByTestId('quote-tab-quotes').focus();
  await app.keyboard.press('ArrowRight');
  await expect(app.getByTestId('quote-tab-speakers')).toBeFocused();
  await expect(app.getByTestId('quote-tab-speakers')).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('ArrowLeft');
  await expect(app.getByTestId('quote-tab-quotes')).toHaveAttribute('aria-selected', 'true');

  // The quote sheet: a dialog that keeps the focus; a row picked with Enter selects its quote.
  await app.getByTestId('quote-open-sheet').focus();
  await app.keyboard.press('Enter');
  await expectTrapped(app, app.getByTestId('quote-sheet'), app.getByTestId('quote-open-sheet'));
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('quote-sheet-row').first()).toBeVisible();
  const row = app.getByTestId('quote-sheet-row').nth(2);
  await row.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('quote-sheet')).toHaveCount(0);
  await expect(app.locator('[data-testid="quote-item"][aria-current="true"]')).toHaveCount(1);
});

test('keyboard: Tab reaches the translate grid’s controls; the glossary manager traps the focus', async ({ app }) => {
  const id = await sampleArticle(app);
  await go(app, `#/translate/${id}`);
  await expectReached(app, app.getByRole('link', { name: 'Redaksi' }), ['target-lang', 'pivot-lang', 'create-project'], 15);
  await app.getByTestId('target-lang').selectOption('ko');
  await app.getByTestId('create-project').focus();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('target-input')).toBeFocused();
  await expectReached(app, app.getByRole('link', { name: 'Redaksi' }), ['status-filter', 'open-glossary', 'target-input', 'confirm', 'split', 'join', 'status-select', 'tab-tm'], 40);
  // The side tabs move with the arrows.
  await app.getByTestId('tab-tm').focus();
  await app.keyboard.press('ArrowRight');
  await expect(app.getByTestId('tab-qa')).toBeFocused();
  await expect(app.getByTestId('tab-qa')).toHaveAttribute('aria-selected', 'true');
  // A segment is translated and confirmed from the keyboard; Ctrl+Enter goes on to the next.
  await app.getByTestId('target-input').focus();
  await app.keyboard.type('간자르, 한국과 창조경제 협력 강화');
  await app.keyboard.press('Control+Enter');
  await expect(app.getByTestId('segment').first()).toHaveAttribute('data-status', 'translated');
  await expect(app.getByTestId('segment').nth(1)).toHaveAttribute('data-active', 'true');
  await app.getByTestId('open-glossary').focus();
  await app.keyboard.press('Enter');
  await expectTrapped(app, app.getByTestId('glossary-manager'), app.getByTestId('open-glossary'));
});

test('keyboard: Tab reaches the export and settings controls; export saves from the keyboard', async ({ app }) => {
  const id = await sampleArticle(app);
  await go(app, `#/export/${id}`);
  await expect(app.getByTestId('export-preview')).toBeVisible();
  await expectReached(app, app.getByRole('link', { name: 'Redaksi' }), ['export-format', 'export-template', 'export-save', 'export-mark'], 30);
  await app.getByTestId('export-format').focus();
  await app.getByTestId('export-format').selectOption('md');
  await app.getByTestId('export-save').focus();
  const [dl] = await Promise.all([app.waitForEvent('download'), app.keyboard.press('Enter')]);
  expect(dl.suggestedFilename()).toMatch(/\.md$/);

  await go(app, '#/settings');
  await expect(app.getByTestId('data-dir')).not.toBeEmpty();
  await expectReached(app, app.getByRole('link', { name: 'Redaksi' }), ['mt-add', 'translit-names', 'translit-variety', 'translit-run'], 30);
  // The engine form opens on its first field; Escape closes it and the focus is back on "Add".
  await app.getByTestId('mt-add').focus();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('mt-label')).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('mt-form')).toHaveCount(0);
  await expect(app.getByTestId('mt-add')).toBeFocused();
});
