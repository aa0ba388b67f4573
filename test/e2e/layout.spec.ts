// Editor layout at 1024×700 with both side panels open: the body keeps ≥ 480 px, no control covers another,
// the panels become tabs, Korean never breaks inside a word, the headline wraps, the counts stay in view.
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, SCREENSHOTS } from './fixtures';

const KO_BODY = '<p>' + '정부는 청년층이었으며 지역 균형 발전을 위한 새로운 정책을 발표했다. '.repeat(40) + '</p>';

async function seedKo(app: Page): Promise<string> {
  return app.evaluate(async (body) => {
    type R<T> = Promise<{ ok: boolean; data: T }>;
    const api = (window as unknown as { api: { articles: { create(r: object): R<{ id: string }> } } }).api;
    const a = await api.articles.create({
      title: '수도권 청년층 주거 지원 확대 방안 발표… 정부, 지역 균형 발전과 함께 추진하기로 결정했다고 밝혀',
      lang: 'ko',
      body,
    });
    return a.data.id;
  }, KO_BODY);
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

async function boxes(loc: Locator): Promise<{ name: string; box: Box }[]> {
  const out: { name: string; box: Box }[] = [];
  for (const el of await loc.all()) {
    if (!(await el.isVisible())) continue;
    const box = await el.boundingBox();
    if (box && box.width > 0 && box.height > 0) out.push({ name: (await el.getAttribute('data-testid')) ?? (await el.innerText()).slice(0, 20), box });
  }
  return out;
}

for (const ui of ['en', 'ko'] as const) {
  test(`1024×700, history and quotes open (${ui}): body ≥ 480 px, no covered control, tabs, keep-all`, async ({ app }) => {
    await app.setViewportSize({ width: 1024, height: 700 });
    if (ui === 'ko') await app.getByTestId('ui-language').selectOption('ko');
    const id = await seedKo(app);
    await app.goto(app.url().replace(/#.*$/, '') + `#/article/${id}`);
    await expect(app.getByTestId('editor')).toBeVisible();
    await app.getByTestId('open-history').click();
    await app.getByTestId('open-quotes').click();
    await expect(app.getByTestId('side-tabs')).toBeVisible();

    const body = (await app.getByTestId('body').boundingBox())!;
    expect(body.width).toBeGreaterThanOrEqual(480);
    // Every visible control in the editor: none overlaps another, none runs off the window.
    const controls = await boxes(app.getByTestId('editor').locator('button, input, select, textarea, a'));
    expect(controls.length).toBeGreaterThan(10);
    for (let i = 0; i < controls.length; i++) {
      expect(controls[i].box.x + controls[i].box.width, controls[i].name).toBeLessThanOrEqual(1024);
      for (let j = i + 1; j < controls.length; j++) {
        expect(overlap(controls[i].box, controls[j].box), `${controls[i].name} / ${controls[j].name}`).toBe(false);
      }
    }
    // The side panels are tabs: one shows at a time.
    await app.getByTestId('side-tab-history').click();
    await expect(app.getByTestId('history')).toBeVisible();
    await expect(app.getByTestId('quote-panel')).toBeHidden();
    await app.getByTestId('side-tab-quotes').click();
    await expect(app.getByTestId('quote-panel')).toBeVisible();

    // Korean text never breaks inside a word.
    expect(await app.getByTestId('body').evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
    expect(await app.getByTestId('title').evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
    // The headline wraps instead of clipping: taller than one line, its whole text in view.
    const title = (await app.getByTestId('title').boundingBox())!;
    expect(title.height).toBeGreaterThan(40);
    expect(await app.getByTestId('title').evaluate((el: HTMLTextAreaElement) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    // The counts stay on screen although the story is longer than the window.
    const counts = (await app.getByTestId('counts').boundingBox())!;
    expect(counts.y + counts.height).toBeLessThanOrEqual(700);
    await expect(app.getByTestId('count-reading')).toBeVisible();
    await app.screenshot({ path: join(SCREENSHOTS, `layout-1024-${ui}.png`) });

    // The library shows the Korean headline without breaking inside words too.
    await app.setViewportSize({ width: 1280, height: 800 });
    await app.screenshot({ path: join(SCREENSHOTS, `layout-1280-${ui}.png`) });
    await app.goto(app.url().replace(/#.*$/, '') + '#/library');
    expect(await app.getByTestId('draft-row').first().locator('.title-cell').evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
  });
}
