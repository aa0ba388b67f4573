// The caret a click puts down is where the next keys act: "click, Ctrl+End, Enter, type" never splits the paragraph
// at its start nor types before the existing text, at user speed, as a burst (a fast typist or a busy renderer:
// the keys arrive before Chromium's `selectionchange` for the click), with a redraw in between, right after opening,
// after quote detection and after autosave. Every case checks the exact paragraphs in order.
import type { CDPSession, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const LEAD = 'Warga berkumpul di balai desa sejak pagi.';
const QUOTE = '“Jalan desa,” kata Rahmat.';
const ROUNDS = 15;

async function openArticle(app: Page, body = `<p>${LEAD}</p>`): Promise<string> {
  const id = await app.evaluate(async (body) => {
    const api = (window as unknown as { api: { articles: { create(r: unknown): Promise<{ ok: boolean; data: { id: string } }> } } }).api;
    const r = await api.articles.create({ title: 'Rapat warga', lang: 'id', body });
    return r.data.id;
  }, body);
  await app.goto(app.url().replace(/#.*$/, '') + `#/article/${id}`);
  await expect(app.getByTestId('body')).toBeVisible();
  return id;
}

/**
 * Counts, in the page, the keys that arrived while ProseMirror's caret still lagged the DOM caret (checked in the
 * capture phase, before the editor sees the key): how often a run really hit the race. Read with `racedKeys`.
 */
async function recordRaces(app: Page): Promise<void> {
  await app.evaluate(() => {
    const w = window as unknown as { __raced?: number; __racing?: boolean };
    w.__raced = 0;
    if (w.__racing) return;
    w.__racing = true;
    window.addEventListener(
      'keydown',
      () => {
        const dom = document.querySelector('[data-testid="body"]') as (HTMLElement & { editor?: { view: { state: { selection: { head: number } }; posAtDOM(n: Node, o: number): number } } }) | null;
        const sel = document.getSelection();
        if (!dom?.editor || !sel?.focusNode || !dom.contains(sel.focusNode)) return;
        const view = dom.editor.view;
        if (view.posAtDOM(sel.focusNode, sel.focusOffset) !== view.state.selection.head) w.__raced! += 1;
      },
      true,
    );
  });
}
const racedKeys = (app: Page) => app.evaluate(() => (window as unknown as { __raced: number }).__raced);

/** Click the body's centre, Ctrl+End, Enter, type — every event sent at once, without waiting in between. */
async function burst(cdp: CDPSession, app: Page, text: string, between?: string): Promise<void> {
  const box = (await app.getByTestId('body').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const key = (type: 'rawKeyDown' | 'keyUp', key: string, code: string, vk: number, modifiers = 0) =>
    cdp.send('Input.dispatchKeyEvent', { type, key, code, windowsVirtualKeyCode: vk, modifiers });
  await Promise.all([
    cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y }),
    cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', buttons: 1, clickCount: 1 }),
    cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', buttons: 0, clickCount: 1 }),
    ...(between ? [cdp.send('Runtime.evaluate', { expression: between })] : []),
    key('rawKeyDown', 'Control', 'ControlLeft', 17, 2),
    key('rawKeyDown', 'End', 'End', 35, 2),
    key('keyUp', 'End', 'End', 35, 2),
    key('keyUp', 'Control', 'ControlLeft', 17),
    key('rawKeyDown', 'Enter', 'Enter', 13),
    cdp.send('Input.dispatchKeyEvent', { type: 'char', key: 'Enter', code: 'Enter', text: '\r', unmodifiedText: '\r', windowsVirtualKeyCode: 13 }),
    key('keyUp', 'Enter', 'Enter', 13),
    cdp.send('Input.insertText', { text }),
  ]);
}

const paragraphs = (app: Page) => app.getByTestId('body').locator('p');

test(`click, Ctrl+End, Enter, type at user speed (${ROUNDS} rounds)`, async ({ app }) => {
  for (let i = 0; i < ROUNDS; i++) {
    await openArticle(app);
    await app.getByTestId('open-quotes').click();
    await expect(app.getByTestId('quote-empty')).toBeVisible();
    await app.getByTestId('body').click();
    await app.keyboard.press('Control+End');
    await app.keyboard.press('Enter');
    await app.keyboard.type(QUOTE);
    await expect(paragraphs(app), `round ${i + 1}`).toHaveText([LEAD, QUOTE]);
    await app.getByTestId('open-quotes').click(); // closed again: the next round opens it like the first
  }
});

test(`the same sequence as one burst of input (${ROUNDS} rounds)`, async ({ app }) => {
  const cdp = await app.context().newCDPSession(app);
  let raced = 0;
  for (let i = 0; i < ROUNDS; i++) {
    await openArticle(app);
    await recordRaces(app);
    await burst(cdp, app, QUOTE);
    await expect(paragraphs(app), `round ${i + 1}`).toHaveText([LEAD, QUOTE]);
    raced += await racedKeys(app);
  }
  test.info().annotations.push({ type: 'keys that arrived before the click reached the state', description: String(raced) });
});

test(`a redraw between the click and the keys keeps the click's caret (${ROUNDS} rounds)`, async ({ app }) => {
  const cdp = await app.context().newCDPSession(app);
  // What quote anchors arriving from main do (setQuoteMarks): a decoration-only transaction that redraws the text.
  const redraw = `(() => {
    const ed = document.querySelector('[data-testid="body"]').editor;
    ed.view.dispatch(ed.state.tr.setMeta('quoteHighlight$', { selected: null, marks: [
      { id: 'q-redraw', start: 0, end: 5, exact: 'Warga', kind: 'direct', color: '#c00', status: 'suggested', needsReview: false },
    ] }));
  })()`;
  for (let i = 0; i < ROUNDS; i++) {
    await openArticle(app);
    await burst(cdp, app, QUOTE, redraw);
    await expect(paragraphs(app), `round ${i + 1}`).toHaveText([LEAD, QUOTE]);
    // The redraw really happened (the highlight is there), so the round tested what it claims.
    await expect(app.locator('[data-quote-id="q-redraw"]')).toHaveText('Warga');
  }
});

test('typing right after opening, after quote detection and after autosave lands where the caret is', async ({ app }) => {
  const cdp = await app.context().newCDPSession(app);
  for (let i = 0; i < 5; i++) {
    // Right after opening: spellcheck and the quote panel are still loading.
    const id = await openArticle(app);
    await app.getByTestId('open-quotes').click();
    await burst(cdp, app, QUOTE);
    await expect(paragraphs(app), `open, round ${i + 1}`).toHaveText([LEAD, QUOTE]);

    // After quote detection: the typed quote is detected after the save and highlighted in the body (a redraw).
    const item = app.getByTestId('quote-item').filter({ hasText: 'Jalan desa' });
    await expect(item).toBeVisible();
    await expect(app.locator('.quote-hl')).toHaveCount(1);
    await burst(cdp, app, 'Rapat dimulai pukul sembilan.');
    await expect(paragraphs(app), `after detection, round ${i + 1}`).toHaveText([LEAD, QUOTE, 'Rapat dimulai pukul sembilan.']);

    // After autosave: the saved body, the revision and the quote reload all came back.
    await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    await burst(cdp, app, 'Warga pulang siang.');
    await expect(paragraphs(app), `after autosave, round ${i + 1}`).toHaveText([LEAD, QUOTE, 'Rapat dimulai pukul sembilan.', 'Warga pulang siang.']);

    // And what was saved is exactly that, in that order.
    await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    const body = await app.evaluate(async (id) => {
      const api = (window as unknown as { api: { articles: { get(r: unknown): Promise<{ ok: boolean; data: { body: string } }> } } }).api;
      return (await api.articles.get({ id })).data.body;
    }, id);
    expect(body).toBe(`<p>${LEAD}</p><p>${QUOTE}</p><p>Rapat dimulai pukul sembilan.</p><p>Warga pulang siang.</p>`);
    await app.getByTestId('open-quotes').click();
  }
});
