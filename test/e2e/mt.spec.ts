// Machine translation end to end: engines configured in Settings (the committed tiny Marian models), the remote
// opt-in, and pre-translating a project from the translate workspace with progress, cancel and the pivot route.
import { resolve, join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, SCREENSHOTS } from './fixtures';

const MODELS = resolve(import.meta.dirname, '../fixtures/tiny-marian');

async function addLocalEngine(app: Page, label: string, folder: string, from: string, to: string) {
  await app.getByTestId('mt-add').click();
  const form = app.getByTestId('mt-form');
  await form.getByTestId('mt-kind').selectOption('marian-local');
  await form.getByTestId('mt-label').fill(label);
  await form.getByTestId('mt-path').fill(folder);
  await form.getByTestId('mt-check').click();
  await expect(form.getByTestId('mt-folder-report')).toContainText('can be used');
  await form.getByTestId('mt-from').selectOption(from);
  await form.getByTestId('mt-to').selectOption(to);
  await form.getByTestId('mt-save').click();
  await expect(form).toBeHidden();
}

async function setUpEngines(app: Page) {
  await app.goto(app.url().replace(/#.*$/, '') + '#/settings');
  await expect(app.getByTestId('mt-empty')).toBeVisible();
  await addLocalEngine(app, 'Tiny id→en', join(MODELS, 'id-en'), 'id', 'en');
  await addLocalEngine(app, 'Tiny en→ko', join(MODELS, 'en-ko'), 'en', 'ko');
}

test('settings: local model engines, folder check, test and route; a remote host needs an opt-in', async ({
  app,
}) => {
  await app.goto(app.url().replace(/#.*$/, '') + '#/settings');
  await expect(app.getByTestId('mt-empty')).toBeVisible();

  // A folder that is not a model: each problem is listed in words.
  await app.getByTestId('mt-add').click();
  const form = app.getByTestId('mt-form');
  await form.getByTestId('mt-path').fill(MODELS);
  await form.getByTestId('mt-check').click();
  const problems = form.getByTestId('mt-folder-problem');
  await expect(problems.first()).toBeVisible();
  expect(await problems.count()).toBeGreaterThanOrEqual(4);
  await expect(problems.first()).toContainText('has no config.json');
  await form.getByRole('button', { name: 'Cancel' }).click();

  await addLocalEngine(app, 'Tiny id→en', join(MODELS, 'id-en'), 'id', 'en');
  await addLocalEngine(app, 'Tiny en→ko', join(MODELS, 'en-ko'), 'en', 'ko');
  const engines = app.getByTestId('mt-engines').locator('li');
  await expect(engines).toHaveCount(2);
  await expect(engines.first().getByTestId('mt-where')).toHaveText('Runs on this computer');

  // Test one engine: the sample is translated and the route shown.
  await engines.first().getByTestId('mt-test').click();
  await expect(engines.first().getByTestId('mt-route')).toHaveText('id → en via Tiny id→en');
  await expect(engines.first().getByTestId('mt-test-output')).not.toBeEmpty();

  // id → ko has no direct engine: it goes through English.
  await app.getByTestId('mt-try-from').selectOption('id');
  await app.getByTestId('mt-try-to').selectOption('ko');
  await app.getByTestId('mt-try-run').click();
  await expect(app.getByTestId('mt-route-test').getByTestId('mt-route')).toHaveText(
    'id → en → ko via Tiny id→en, Tiny en→ko',
  );
  await expect(app.getByTestId('mt-route-test').getByTestId('mt-test-output')).toHaveText(
    /\p{Script=Hangul}/u,
  );

  // A server outside this computer: the form says where text goes and refuses without the opt-in.
  await app.getByTestId('mt-add').click();
  await form.getByTestId('mt-kind').selectOption('openai');
  await form.getByTestId('mt-label').fill('Newsroom server');
  await form.getByTestId('mt-baseurl').fill('http://mt.example.com:8080');
  await form.getByTestId('mt-model').fill('opus');
  await expect(form.getByTestId('mt-sends')).toHaveText('Sends text to mt.example.com');
  await form.getByTestId('mt-save').click();
  await expect(form.getByTestId('mt-form-error')).toContainText('would send your text to mt.example.com');
  await expect(engines).toHaveCount(2);
  await app.screenshot({ path: join(SCREENSHOTS, 'mt-settings.png'), fullPage: true });

  // With the opt-in it is saved, marked as sending, and its origin becomes an allowed endpoint.
  await form.getByTestId('mt-optin').check();
  await form.getByTestId('mt-save').click();
  await expect(engines).toHaveCount(3);
  await expect(engines.nth(2).getByTestId('mt-where')).toHaveText('Sends text to mt.example.com');
  const allowed = await app.evaluate(async () => {
    const w = window as unknown as {
      api: { settings: { get(r: object): Promise<{ ok: boolean; data: { allowedEndpoints: string[] } }> } };
    };
    return (await w.api.settings.get({})).data.allowedEndpoints;
  });
  expect(allowed).toEqual(['http://mt.example.com:8080']);

  // Removing it takes the origin back out; loopback-only engines stay.
  app.once('dialog', (d) => void d.accept());
  await engines.nth(2).getByTestId('mt-remove').click();
  await expect(engines).toHaveCount(2);
  const after = await app.evaluate(async () => {
    const w = window as unknown as {
      api: { settings: { get(r: object): Promise<{ ok: boolean; data: { allowedEndpoints: string[] } }> } };
    };
    return (await w.api.settings.get({})).data.allowedEndpoints;
  });
  expect(after).toEqual([]);
});

interface SegOut {
  id: string;
  target: string;
  status: string;
  origin: string;
}

/** Creates an Indonesian article of `n` sentences and an id → ko project (pivot en) through window.api. */
async function makeProject(app: Page, n: number): Promise<{ articleId: string; projectId: string }> {
  return app.evaluate(async (count) => {
    type R<T> = Promise<{ ok: boolean; data: T; error?: { message: string } }>;
    const api = (
      window as unknown as {
        api: {
          articles: { create(r: object): R<{ id: string }> };
          translate: { create(r: object): R<{ id: string }> };
        };
      }
    ).api;
    // The first sentence is unlike the rest: once confirmed it sits in the TM, and pre-translate (TM first) would
    // otherwise fill the others as fuzzy TM drafts instead of sending them to MT.
    const sentences = Array.from({ length: count }, (_, i) =>
      i === 0
        ? 'Hujan deras merendam tiga kecamatan sejak pagi.'
        : `Presiden datang ke kota nomor ${i + 1} hari ini.`,
    );
    // The headline is segment 0: the first sentence is the headline, the rest the body.
    const paras = [];
    for (let i = 1; i < sentences.length; i += 5) paras.push(`<p>${sentences.slice(i, i + 5).join(' ')}</p>`);
    const a = await api.articles.create({ title: sentences[0], lang: 'id', body: paras.join('') });
    if (!a.ok) throw new Error(a.error?.message);
    const p = await api.translate.create({ articleId: a.data.id, targetLang: 'ko', pivotLang: 'en' });
    if (!p.ok) throw new Error(p.error?.message);
    return { articleId: a.data.id, projectId: p.data.id };
  }, n);
}

async function segmentsOf(app: Page, projectId: string): Promise<SegOut[]> {
  return app.evaluate(async (id) => {
    const api = (
      window as unknown as {
        api: {
          translate: { open(r: object): Promise<{ ok: boolean; data: { project: { segments: SegOut[] } } }> };
        };
      }
    ).api;
    return (await api.translate.open({ projectId: id })).data.project.segments;
  }, projectId);
}

test.describe('pre-translate', () => {
  // The tiny model translates 60 sentences in a blink; a real model takes seconds. The domain (another thread) slows
  // each MT batch down by 120 ms (the harness's mtDelayMs), so Cancel lands mid-run, as it would with a real model.
  test.use({ mtDelayMs: 120 });
  test('pre-translate a 60-segment project: visible progress, cancel mid-way, then a full run via en', async ({
    app,
  }) => {
    await setUpEngines(app);
    const { articleId, projectId } = await makeProject(app, 60);
    // One segment confirmed by a human beforehand: MT must leave it alone.
    const first = (await segmentsOf(app, projectId))[0];
    await app.evaluate(
      async ({ projectId, segId }) => {
        const api = (
          window as unknown as { api: { translate: { confirm(r: object): Promise<{ ok: boolean }> } } }
        ).api;
        await api.translate.confirm({ projectId, segId, target: '아침부터 폭우가 세 개 구를 덮쳤다.' });
      },
      { projectId, segId: first.id },
    );

    await app.goto(app.url().replace(/#.*$/, '') + `#/translate/${articleId}/${projectId}`);
    await expect(app.getByTestId('translate-workspace')).toBeVisible();
    await expect(app.getByTestId('segment')).toHaveCount(60);

    // Run 1: cancel after the first progress.
    await app.getByTestId('pretranslate-start').click();
    const bar = app.getByTestId('pretranslate-progress');
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute('aria-valuemax', '59');
    await expect
      .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await app.getByTestId('pretranslate-cancel').click();
    const summary = app.getByTestId('pretranslate-summary');
    await expect(summary).toHaveAttribute('data-cancelled', 'true');
    const cancelledDone = Number(await summary.getAttribute('data-done'));
    expect(cancelledDone).toBeGreaterThan(0);
    expect(cancelledDone).toBeLessThan(59);
    await expect(summary).toContainText(`Cancelled: ${cancelledDone} of 59 segments were filled`);

    let segs = await segmentsOf(app, projectId);
    const filled = segs.filter((s) => s.origin === 'mt');
    expect(filled.length).toBe(cancelledDone);
    expect(filled.every((s) => s.status === 'draft' && s.target.trim() !== '')).toBe(true);
    expect(segs.filter((s) => s.target.trim() === '').length).toBe(59 - cancelledDone);
    expect(segs.filter((s) => s.status !== 'draft' && s.status !== 'new').map((s) => s.id)).toEqual([
      first.id,
    ]);

    // Run 2: the rest, with a bar whose value climbs, and the pivot route in the summary.
    await app.getByTestId('pretranslate-start').click();
    await expect(bar).toBeVisible();
    const seen: number[] = [];
    await expect
      .poll(
        async () => {
          const v = await bar.getAttribute('aria-valuenow').catch(() => null);
          if (v !== null) seen.push(Number(v));
          return new Set(seen.filter((x) => x > 0)).size;
        },
        { timeout: 20_000, intervals: [50] },
      )
      .toBeGreaterThan(1);
    await app.screenshot({ path: join(SCREENSHOTS, 'pretranslate-running.png') });
    await expect(summary).toHaveAttribute('data-cancelled', 'false', { timeout: 30_000 });
    expect(Math.max(...seen)).toBeGreaterThan(Math.min(...seen.filter((x) => x > 0)));
    await expect(app.getByTestId('pretranslate-route')).toHaveText('id → en → ko via Tiny id→en, Tiny en→ko');
    await expect(summary).toContainText(`Filled ${59 - cancelledDone} of ${59 - cancelledDone} segments`);

    segs = await segmentsOf(app, projectId);
    expect(segs.filter((s) => s.origin === 'mt').length).toBe(59);
    expect(segs.filter((s) => s.origin === 'mt').every((s) => s.status === 'draft')).toBe(true);
    const kept = segs.find((s) => s.id === first.id)!;
    expect(kept).toMatchObject({ status: 'translated', target: '아침부터 폭우가 세 개 구를 덮쳤다.' });
    // The grid shows the MT drafts after the run.
    await expect(app.getByTestId('segment').nth(5).getByTestId('target')).toHaveText(/\p{Script=Hangul}/u);
    // …each marked "MT" in the grid; the one a translator had confirmed keeps no badge.
    await expect(app.getByTestId('segment').nth(5).getByTestId('origin-badge')).toHaveAttribute(
      'data-origin',
      'mt',
    );
    await expect(
      app.locator(`[data-testid="segment"][data-seg="${first.id}"] [data-testid="origin-badge"]`),
    ).toHaveCount(0);
    await app.screenshot({ path: join(SCREENSHOTS, 'pretranslate.png') });
  });
});

test('names in Hangul: the settings tool lists spellings, and the glossary form offers a suggestion', async ({
  app,
}) => {
  await app.goto(app.url().replace(/#.*$/, '') + '#/settings');
  await app.getByTestId('translit-names').fill('Joko Widodo\nKuala Lumpur\nGanjar Pranowo');
  await app.getByTestId('translit-names').press('Control+Enter');
  const rows = app.getByTestId('translit-results').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(app.getByTestId('translit-ko')).toHaveText(['조코 위도도', '쿠알라룸푸르', '간자르 프라노워']);
  await expect(rows.nth(1)).toContainText('established spelling');
  await expect(rows.nth(0)).toContainText('by the spelling rules');
  // In the Korean interface the section reads in Korean.
  await app.getByTestId('ui-language').selectOption('ko');
  await expect(app.getByTestId('translit-tool').getByRole('heading')).toHaveText('이름의 한글 표기');
  await expect(app.getByTestId('mt-settings').getByRole('heading').first()).toHaveText('기계 번역');
  await app.screenshot({ path: join(SCREENSHOTS, 'settings-ko.png'), fullPage: true });
  await app.getByTestId('ui-language').selectOption('en');

  // In the glossary, the Korean field gets a "Suggest Hangul" button fed by the Indonesian term.
  const { articleId, projectId } = await makeProject(app, 2);
  await app.goto(app.url().replace(/#.*$/, '') + `#/translate/${articleId}/${projectId}`);
  await app.getByTestId('open-glossary').click();
  await app.getByTestId('glossary-id').fill('Ganjar Pranowo');
  await app.getByTestId('translit-suggest-button').click();
  await app.getByTestId('translit-pick').click();
  await expect(app.getByTestId('glossary-ko')).toHaveValue('간자르 프라노워');
});
