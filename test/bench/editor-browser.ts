// Bench helper: the real renderer in Debian Chromium through the in-process harness, driven by playwright-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import config, { CHROMIUM } from '../../playwright.config';
import { startHarness, type Harness } from '../harness/server';

const ROOT = resolve(import.meta.dirname, '../..');

export interface BrowserSession {
  harness: Harness;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

let built = false;
/**
 * Builds the app once per bench run (the bench measures the production bundle). Never reuses an earlier build: one
 * left from an older checkout paired a stale renderer with the current domain (page errors, figures of old code).
 */
export function ensureRendererBuild(): void {
  if (built) return;
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
  built = true;
}

/**
 * A fresh data folder, the harness on it, and a Chromium page on the app, with the flags the e2e specs use.
 * `extraArgs` are added to those (the keystroke bench turns off the frame-rate limit, see editor.bench.ts).
 * `seed` fills the data folder before the harness opens it (its domain then runs in another thread).
 */
export async function openSession(extraArgs: string[] = [], seed?: (dataDir: string) => Promise<void>): Promise<BrowserSession> {
  ensureRendererBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'redaksi-bench-ui-'));
  if (seed) await seed(dataDir);
  const harness = await startHarness({ dataDir, store: { snapshotIntervalMs: 0 }, validateResponses: false });
  const baseArgs = (config.use?.launchOptions?.args as string[] | undefined) ?? [];
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...baseArgs, ...extraArgs] });
  } catch (err) {
    await harness.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  const page = await browser.newPage({ viewport: config.use?.viewport ?? { width: 1366, height: 860 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // tsx (esbuild keepNames) wraps named functions inside page.evaluate callbacks in __name(): give the page one.
  await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f)');
  await page.goto(harness.url);
  await page.locator('.topbar').waitFor();
  return {
    harness,
    browser,
    page,
    async close() {
      await browser.close().catch(() => {});
      await harness.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (errors.length) throw new Error(`page errors during the bench: ${errors.join('; ')}`);
    },
  };
}

/**
 * Navigates to the article and returns ms from the hash change until the body's last paragraph is in the
 * DOM and a frame has been produced after it (the next requestAnimationFrame).
 */
export async function timeOpen(page: Page, id: string, lastText: string): Promise<number> {
  return page.evaluate(
    ({ id, lastText }) =>
      new Promise<number>((resolveOpen, reject) => {
        const t0 = performance.now();
        const timeout = setTimeout(() => reject(new Error('the article did not open within 10 s')), 10_000);
        const done = () => {
          const body = document.querySelector('[data-testid="body"]');
          const last = body?.lastElementChild;
          return !!last && (last.textContent ?? '').includes(lastText);
        };
        const check = () => {
          if (done()) {
            observer.disconnect();
            requestAnimationFrame(() => {
              clearTimeout(timeout);
              resolveOpen(performance.now() - t0);
            });
            return true;
          }
          return false;
        };
        const observer = new MutationObserver(() => void check());
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        window.location.hash = `#/article/${encodeURIComponent(id)}`;
      }),
    { id, lastText },
  );
}

/** Installs keystroke-to-paint probes: performance.mark on keydown, measure at the first frame after the DOM changed. */
export async function installKeystrokeProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __keys: { n: number; open: number[] } };
    w.__keys = { n: 0, open: [] };
    const body = document.querySelector('[data-testid="body"]')!;
    window.addEventListener(
      'keydown',
      () => {
        const i = w.__keys.n++;
        performance.mark(`key-${i}`);
        w.__keys.open.push(i);
      },
      true,
    );
    new MutationObserver(() => {
      const pending = w.__keys.open.splice(0);
      if (!pending.length) return;
      requestAnimationFrame(() => {
        for (const i of pending) performance.measure(`keystroke-${i}`, `key-${i}`);
      });
    }).observe(body, { childList: true, subtree: true, characterData: true });
  });
}

export async function keystrokeSamples(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('keystroke-'))
      .map((m) => m.duration),
  );
}

/**
 * What Chromium alone pays per typed character in a contenteditable of `words` words (no ProseMirror, no app): in a
 * keypress handler, the caret's text node gets the character and the caret is set after it — as ProseMirror does by
 * default. A caret set while an input event is handled makes Chromium rebuild the IME's view of the text (the plain
 * text of the whole editing host) and lay out the host's blocks, so this grows with the document. `inPlace`: the
 * character is written so that the caret moves with the text and no caret is set (what the editor does, see
 * renderer/src/features/editor/EditorTyping.ts). Median handler ms.
 */
export async function bareContentEditableKeystroke(browser: Browser, words: number, inPlace = false): Promise<number> {
  const page = await browser.newPage({ viewport: config.use?.viewport ?? { width: 1366, height: 860 } });
  try {
    await page.setContent('<style>body{font:15px sans-serif;line-height:1.7} p{margin:0 0 .8em}</style><div id="ed" contenteditable="true" spellcheck="false"></div>');
    await page.evaluate(({ words, inPlace }) => {
      const w = 'pemerintah provinsi memperkuat kerja sama ekonomi kreatif dengan industri teknologi tinggi produk usaha kecil mikro'.split(' ');
      const ed = document.getElementById('ed')!;
      const paras: string[] = [];
      for (let p = 0; p < words / 50; p++) paras.push(`<p>${Array.from({ length: 50 }, (_, j) => w[(p * 7 + j * 3) % w.length]).join(' ')}.</p>`);
      ed.innerHTML = paras.join('');
      const text = ed.children[Math.floor(ed.children.length / 2)].firstChild as Text;
      ed.focus();
      getSelection()!.collapse(text, text.length);
      const times: number[] = [];
      (window as unknown as { __times: number[] }).__times = times;
      ed.addEventListener('keypress', (e) => {
        e.preventDefault();
        const t0 = performance.now();
        if (inPlace) {
          const k = getSelection()!.focusOffset;
          text.insertData(k - 1, text.data[k - 1] + e.key);
          text.deleteData(k + 1, 1);
        } else {
          text.data += e.key;
          getSelection()!.collapse(text, text.length);
        }
        times.push(performance.now() - t0);
      });
    }, { words, inPlace });
    await page.keyboard.type(' kerja sama ekonomi kreatif dan teknologi tinggi di provinsi ini', { delay: 25 });
    const times = await page.evaluate(() => (window as unknown as { __times: number[] }).__times);
    const typed = await page.evaluate(() => document.getElementById('ed')!.children[Math.floor(document.getElementById('ed')!.children.length / 2)].textContent);
    if (!typed?.endsWith(' kerja sama ekonomi kreatif dan teknologi tinggi di provinsi ini')) throw new Error(`bare contenteditable: typed text not in place (${typed?.slice(-70)})`);
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  } finally {
    await page.close();
  }
}
