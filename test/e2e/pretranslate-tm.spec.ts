// Pre-translate from the workspace with a TM holding a 100 % match and a loopback LibreTranslate server: the match
// goes in as "TM 100 %", the rest as MT drafts marked with their engine, and the pivot column fills.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, SCREENSHOTS } from './fixtures';
import { startMtServer, type MtServer } from '../unit/mt/mt-server';
import { buildTmx } from '../../main/core/tm/tmx';

const SOURCES = ['Gubernur bertemu duta besar Korea.', 'Kerja sama ekonomi kreatif diperkuat.', 'Program dimulai tahun depan.'];
const TM_TARGET = '창조경제 협력이 강화된다.';

/** What a cell shows: the editor's value in the active row, the text elsewhere. */
function cellText(app: Page, row: number, cell: 'target' | 'pivot'): Promise<string> {
  const sel = cell === 'target' ? '[data-testid="target"], [data-testid="target-input"]' : '[data-testid="pivot"]';
  return app
    .getByTestId('segment')
    .nth(row)
    .locator(sel)
    .first()
    .evaluate((el) => {
      const input = el instanceof HTMLTextAreaElement ? el : el.querySelector('textarea');
      return input ? input.value : (el.textContent ?? '');
    });
}

type R<T> = Promise<{ ok: boolean; data: T; error?: { message: string } }>;

async function setUp(app: Page, baseUrl: string, tmxBase64: string) {
  return app.evaluate(
    async ({ baseUrl, tmxBase64, sources }) => {
      const api = (
        window as unknown as {
          api: {
            mt: { save(r: object): R<unknown> };
            tm: { importTmx(r: object): R<{ imported: number }> };
            articles: { create(r: object): R<{ id: string }> };
            translate: { create(r: object): R<{ id: string }> };
          };
        }
      ).api;
      const must = async <T,>(r: R<T>) => {
        const x = await r;
        if (!x.ok) throw new Error(x.error?.message);
        return x.data;
      };
      await must(api.mt.save({ engine: { id: 'lt-loop', kind: 'libretranslate', label: 'LibreTranslate (loopback)', baseUrl } }));
      const tm = await must(api.tm.importTmx({ name: 'memory.tmx', dataBase64: tmxBase64 }));
      const a = await must(api.articles.create({ title: 'Kerja sama', lang: 'id', body: `<p>${sources.join(' ')}</p>` }));
      const p = await must(api.translate.create({ articleId: a.id, targetLang: 'ko', pivotLang: 'en' }));
      return { articleId: a.id, projectId: p.id, imported: tm.imported };
    },
    { baseUrl, tmxBase64, sources: SOURCES },
  );
}

test.describe('pre-translate: TM first, then MT', () => {
  let server: MtServer;
  test.beforeAll(async () => {
    server = await startMtServer();
  });
  test.afterAll(async () => {
    await server.close();
  });

  test('100 % TM match lands as TM 100 %, the others as MT drafts with their engine; pivot column filled', async ({ app }) => {
    const tmx = buildTmx(
      [{ id: 'u1', source: SOURCES[1], target: TM_TARGET, sourceLang: 'id', targetLang: 'ko', createdAt: '2024-01-01T00:00:00Z', changedAt: '2024-01-01T00:00:00Z' }],
      { sourceLang: 'id' },
    );
    const { articleId, projectId, imported } = await setUp(app, server.baseUrl, Buffer.from(tmx).toString('base64'));
    expect(imported).toBe(1);
    await app.goto(app.url().replace(/#.*$/, '') + `#/translate/${articleId}/${projectId}`);
    await expect(app.getByTestId('translate-workspace')).toBeVisible();
    // Segment 0 is the headline ('Kerja sama'), then the three body sentences.
    await expect(app.getByTestId('segment')).toHaveCount(4);
    const rows = app.getByTestId('segment');

    await app.getByTestId('pretranslate-start').click();
    const summary = app.getByTestId('pretranslate-summary');
    await expect(summary).toHaveAttribute('data-cancelled', 'false', { timeout: 30_000 });
    await expect(summary).toContainText('Filled 4 of 4 segments');
    await expect(app.getByTestId('pretranslate-sources')).toHaveText('1 from the TM (100 %), 0 fuzzy TM drafts, 3 MT drafts.');
    const row = (i: number) => rows.nth(i + 1); // body sentence i

    // Row 2: the TM text, confirmed as translated, badge "TM 100 %".
    const tmBadge = row(1).getByTestId('origin-badge');
    await expect(tmBadge).toHaveAttribute('data-provenance', 'tm:100');
    await expect(tmBadge).toHaveText('TM 100 %');
    await expect(row(1)).toHaveAttribute('data-status', 'translated');
    await expect.poll(() => cellText(app, 2, 'target')).toBe(TM_TARGET);
    // Rows 1 and 3: MT drafts from the loopback engine, the engine named in the badge's title.
    for (const i of [0, 2]) {
      const badge = row(i).getByTestId('origin-badge');
      await expect(badge).toHaveAttribute('data-provenance', 'mt:lt-loop');
      await expect(badge).toHaveAttribute('title', /lt-loop/);
      await expect(row(i)).toHaveAttribute('data-status', 'draft');
      await expect.poll(() => cellText(app, i + 1, 'target')).toBe(`[ko] ${SOURCES[i].toUpperCase()}`);
    }
    // The en pivot column, filled by the same engine entry (id → en), for every segment.
    for (const i of [0, 1, 2]) await expect.poll(() => cellText(app, i + 1, 'pivot')).toBe(`[en] ${SOURCES[i].toUpperCase()}`);
    // The headline went through MT like the body.
    await expect(rows.nth(0).getByTestId('origin-badge')).toHaveAttribute('data-provenance', 'mt:lt-loop');
    // MT never saw the sentence the TM covered (the active row's own MT suggestion asks for row 1 again, hence no toEqual).
    const toKo = server.requests.filter((r) => r.body.target === 'ko').flatMap((r) => r.body.q);
    expect(toKo).toEqual(expect.arrayContaining([SOURCES[0], SOURCES[2]]));
    expect(toKo).not.toContain(SOURCES[1]);
    await app.screenshot({ path: join(SCREENSHOTS, 'pretranslate-tm.png') });
  });
});
