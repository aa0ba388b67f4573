// Typed characters written in place (renderer/src/features/editor/EditorTyping.ts): wherever the caret is — inside
// a word, at the end of a bold run or a link, inside and at the end of a quote highlight, inside a squiggle, at a
// paragraph's start — the body shows exactly the document ProseMirror holds, the caret stays after the typed text,
// undo/redo restore it exactly and the save holds it. Typing inside plain text sets no DOM selection (the point of
// the in-place write); a decoration that takes the character elsewhere is corrected on the spot.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const BODY =
  '<p>Warga <strong>berkumpul</strong> di <a href="https://example.com">balai</a> desa sejak pagi.</p>' +
  '<p>“Jalan desa akan kami perbaiki,” kata Rahmat. Pemerimtah desa hadir.</p>';

type Win = {
  __collapses: number;
  __ed: {
    view: {
      state: { doc: { textContent: string; forEach(f: (n: { textContent: string }) => void): void }; selection: { head: number } };
      dom: HTMLElement;
      posAtDOM(n: Node, o: number): number;
      focus(): void;
      hasFocus(): boolean;
    };
    commands: { setTextSelection(p: number): boolean };
    getHTML(): string;
  };
};

async function openArticle(app: Page): Promise<string> {
  const id = await app.evaluate(async (body) => {
    const api = (window as unknown as { api: { articles: { create(r: unknown): Promise<{ ok: boolean; data: { id: string } }> } } }).api;
    return (await api.articles.create({ title: 'Rapat warga', lang: 'id', body })).data.id;
  }, BODY);
  await app.goto(app.url().replace(/#.*$/, '') + `#/article/${id}`);
  await expect(app.getByTestId('body')).toBeVisible();
  await app.getByTestId('open-quotes').click();
  // The first spellcheck pass has drawn its squiggle and the quote is highlighted (typing runs over a settled body).
  await expect(app.locator('[data-testid="body"] .misspelt')).toHaveText(['Pemerimtah']);
  await expect(app.locator('[data-testid="body"] .quote-hl')).toHaveText(['Jalan desa akan kami perbaiki']);
  await app.evaluate(() => {
    const w = window as unknown as Win;
    w.__ed = (document.querySelector('[data-testid="body"]') as HTMLElement & { editor: Win['__ed'] }).editor;
    // Counts every caret set through the Selection API (what the in-place write avoids).
    w.__collapses = 0;
    const collapse = Selection.prototype.collapse;
    Selection.prototype.collapse = function (this: Selection, ...a: Parameters<Selection['collapse']>) {
      w.__collapses++;
      return collapse.apply(this, a);
    };
  });
  return id;
}

/** Puts the caret just after the n-th occurrence (0-based) of `after` in the document's text, through the editor. */
async function caretAfter(app: Page, after: string, nth = 0): Promise<void> {
  await app.evaluate(
    ({ after, nth }) => {
      const ed = (window as unknown as Win).__ed;
      let found = -1;
      const doc = ed.view.state.doc as unknown as { descendants(f: (n: { isText: boolean; text?: string }, pos: number) => void): void };
      let seen = 0;
      let acc = '';
      let accAt: number[] = [];
      doc.descendants((n, pos) => {
        if (!n.isText) return;
        for (let i = 0; i < n.text!.length; i++) {
          acc += n.text![i];
          accAt.push(pos + i + 1);
        }
      });
      for (let i = acc.indexOf(after); i >= 0; i = acc.indexOf(after, i + 1)) {
        if (seen++ === nth) {
          found = accAt[i + after.length - 1];
          break;
        }
      }
      if (found < 0) throw new Error(`"${after}" not in the document`);
      ed.commands.setTextSelection(found);
      ed.view.focus(); // now (TipTap's focus command waits for the next frame: keys sent before it would go elsewhere)
      accAt = [];
      if (!ed.view.hasFocus() || ed.view.state.selection.head !== found) throw new Error('the caret is not where it was put');
    },
    { after, nth },
  );
}

/** What the body shows against what the document holds, paragraph by paragraph, and the caret on screen vs state. */
async function consistent(app: Page): Promise<{ dom: string[]; doc: string[]; domCaret: number; stateCaret: number }> {
  return app.evaluate(() => {
    const { view } = (window as unknown as Win).__ed;
    const doc: string[] = [];
    view.state.doc.forEach((n) => doc.push(n.textContent));
    const dom = [...view.dom.children].map((p) => p.textContent ?? '');
    const sel = document.getSelection();
    const inBody = !!sel?.focusNode && view.dom.contains(sel.focusNode);
    return { dom, doc, domCaret: inBody ? view.posAtDOM(sel!.focusNode!, sel!.focusOffset) : -1, stateCaret: view.state.selection.head };
  });
}

async function expectConsistent(app: Page, paragraphs: string[], what: string, caret = true): Promise<void> {
  const c = await consistent(app);
  expect(c.doc, `${what}: the document`).toEqual(paragraphs);
  expect(c.dom, `${what}: what the body shows`).toEqual(paragraphs);
  if (caret) expect(c.domCaret, `${what}: the caret on screen is the state's`).toBe(c.stateCaret);
}

const collapses = (app: Page) => app.evaluate(() => (window as unknown as Win).__collapses);

test('typing anywhere shows exactly the document, keeps the caret after the text, undoes and saves exactly', async ({ app }) => {
  const id = await openArticle(app);
  const p1 = 'Warga berkumpul di balai desa sejak pagi.';
  const p2 = '“Jalan desa akan kami perbaiki,” kata Rahmat. Pemerimtah desa hadir.';
  await expectConsistent(app, [p1, p2], 'opened', false); // the caret is not in the body yet

  // Inside a word of plain text: written in place, no caret set through the Selection API.
  await caretAfter(app, 'sej');
  const before = await collapses(app);
  await app.keyboard.type('XYZ');
  expect(await collapses(app), 'no DOM caret set while typing inside plain text').toBe(before);
  const a1 = p1.replace('sejak', 'sejXYZak');
  await expectConsistent(app, [a1, p2], 'inside a word');

  // At the end of a bold run: the characters are bold too (the mark is inclusive).
  await caretAfter(app, 'berkumpul');
  await app.keyboard.type('ah');
  const a2 = a1.replace('berkumpul', 'berkumpulah');
  await expectConsistent(app, [a2, p2], 'end of bold');
  await expect(app.locator('[data-testid="body"] strong')).toHaveText('berkumpulah');

  // At the end of a link: the body's link holds exactly the characters the document's link mark covers.
  await caretAfter(app, 'balai');
  await app.keyboard.type('nya');
  const a3 = a2.replace('balai', 'balainya');
  await expectConsistent(app, [a3, p2], 'end of link');
  const linked = (await app.evaluate(() => (window as unknown as Win).__ed.getHTML())).match(/<a [^>]*>([^<]*)<\/a>/)![1];
  expect(linked).toMatch(/^balai/);
  await expect(app.locator('[data-testid="body"] a')).toHaveText(linked);

  // At a paragraph's start (no character before the caret in its text node).
  await caretAfter(app, 'pagi.');
  // Past the 200 ms after focus in which a caret at the document's start is taken for Chrome's focus reset and put
  // back (ProseMirror's repair, kept by selection-sync-extension.ts).
  await app.waitForTimeout(300);
  await app.keyboard.press('Home');
  await app.keyboard.type('Kemarin ');
  const a4 = `Kemarin ${a3}`;
  await expectConsistent(app, [a4, p2], 'paragraph start');

  // Inside a squiggle (a decoration around the word).
  await caretAfter(app, 'Pemer');
  await app.keyboard.type('q');
  const b1 = p2.replace('Pemerimtah', 'Pemerqimtah');
  await expectConsistent(app, [a4, b1], 'inside a squiggle');

  // Inside and at the end of a quote highlight.
  await caretAfter(app, 'Jalan de');
  await app.keyboard.type('e');
  const b2 = b1.replace('Jalan desa', 'Jalan deesa');
  await expectConsistent(app, [a4, b2], 'inside a quote');
  await expect(app.locator('[data-testid="body"] .quote-hl')).toHaveText(['Jalan deesa akan kami perbaiki']);
  await caretAfter(app, 'perbaiki');
  await app.keyboard.type('lah');
  const b3 = b2.replace('perbaiki', 'perbaikilah');
  await expectConsistent(app, [a4, b3], 'end of a quote');
  await expect(app.locator('[data-testid="body"] .quote-hl')).toHaveText(['Jalan deesa akan kami perbaiki']);

  // Undo everything typed, then redo it (Ctrl+Y: Ctrl+Shift+Z with nothing left to redo falls through to undo in
  // TipTap's keymap): exact both ways.
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
  for (let i = 0; i < 30; i++) await app.keyboard.press(`${mod}+z`);
  await expectConsistent(app, [p1, p2], 'all undone');
  for (let i = 0; i < 30; i++) await app.keyboard.press(`${mod}+y`);
  await expectConsistent(app, [a4, b3], 'all redone');

  // The save holds exactly what the editor holds.
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const html = await app.evaluate(() => (window as unknown as Win).__ed.getHTML());
  const saved = await app.evaluate(async (id) => {
    const api = (window as unknown as { api: { articles: { get(r: unknown): Promise<{ ok: boolean; data: { body: string } }> } } }).api;
    return (await api.articles.get({ id })).data.body;
  }, id);
  // (main's sanitiser drops the link's target/rel the editor adds for display)
  const plain = (h: string) => h.replace(/ (target|rel)="[^"]*"/g, '');
  expect(plain(saved)).toBe(plain(html));
  expect(saved).toContain('<strong>berkumpulah</strong>');
  expect(saved).toContain('Jalan deesa akan kami perbaikilah');
});

test('a decoration that takes the typed character into another node is corrected on the spot', async ({ app }) => {
  await openArticle(app);
  // A decoration starting at the caret that includes what is typed at its start (inclusiveStart): ProseMirror draws
  // the character inside it, not in the text node before the caret where the in-place write put it.
  await caretAfter(app, 'desa ');
  await app.evaluate(() => {
    const ed = (window as unknown as Win).__ed as unknown as {
      state: { selection: { head: number }; plugins: { spec: { state?: unknown }; getState(s: unknown): unknown }[] };
      view: { state: unknown };
      registerPlugin(p: unknown): void;
    };
    const spell = ed.state.plugins.map((p) => p.getState(ed.view.state) as { decos?: { find(): { constructor: unknown }[]; constructor: unknown } } | undefined).find((s) => s?.decos)!;
    const Deco = spell.decos!.find()[0].constructor as { inline(f: number, t: number, a: object, s: object): unknown };
    const Set = spell.decos!.constructor as { create(doc: unknown, d: unknown[]): { map(m: unknown, d: unknown): unknown } };
    const Plugin = ed.state.plugins[0].constructor as new (spec: object) => unknown;
    const at = ed.state.selection.head;
    ed.registerPlugin(
      new Plugin({
        state: {
          init: (_: unknown, s: { doc: unknown }) => Set.create(s.doc, [Deco.inline(at, at + 4, { class: 'grabber' }, { inclusiveStart: true })]),
          apply: (tr: { mapping: unknown; doc: unknown }, old: { map(m: unknown, d: unknown): unknown }) => old.map(tr.mapping, tr.doc),
        },
        props: { decorations(this: { getState(s: unknown): unknown }, s: unknown) { return this.getState(s); } },
      }),
    );
  });
  await caretAfter(app, 'desa ');
  await app.keyboard.type('AB');
  const p1 = 'Warga berkumpul di balai desa ABsejak pagi.';
  await expectConsistent(app, [p1, '“Jalan desa akan kami perbaiki,” kata Rahmat. Pemerimtah desa hadir.'], 'grabbed');
  await expect(app.locator('[data-testid="body"] .grabber')).toHaveText('ABseja');
});

test('redo pressed once too often, or undo with nothing left, never changes the text', async ({ app }) => {
  await app.getByTestId('new-draft').click();
  await app.getByTestId('body').click();
  const body = app.getByTestId('body');
  await app.keyboard.type('Satu dua.');
  await app.waitForTimeout(800); // a pause: the next words are their own undo step
  await app.keyboard.type(' Tiga.');
  await expect(body).toHaveText('Satu dua. Tiga.');
  await app.keyboard.press('Control+z');
  await expect(body).toHaveText('Satu dua.');
  await app.keyboard.press('Control+Shift+z');
  await expect(body).toHaveText('Satu dua. Tiga.');
  // Nothing left to redo: before, the key fell through to the browser, which undid ' Tiga.'.
  for (const key of ['Control+Shift+z', 'Control+Shift+Z', 'Control+y']) {
    await app.keyboard.press(key);
    await expect(body).toHaveText('Satu dua. Tiga.');
  }
  for (let i = 0; i < 4; i++) await app.keyboard.press('Control+z');
  await expect(body).toHaveText('');
  await app.keyboard.press('Control+z');
  await expect(body).toHaveText('');
  await app.keyboard.press('Control+y');
  await expect(body).toHaveText('Satu dua.');
});
