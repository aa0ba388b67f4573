// The smoke spec through Playwright's Electron launcher — runs only where the Electron binary is installed.
import { _electron as electron, test, expect } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

function electronBinary(): string | null {
  const pathFile = join(ROOT, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

const binary = electronBinary();

test.describe('Electron app', () => {
  test.skip(!binary, 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): the same flows run in Chromium through the harness.');

  test('starts with a secure window, creates a draft and keeps an edit', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'redaksi-electron-'));
    const app = await electron.launch({ executablePath: binary!, args: [join(ROOT, 'out/main/index.js'), '--data', dataDir] });
    const page = await app.firstWindow();
    // The page sees only window.api: no Node, no Electron internals (contextIsolation + sandbox + no nodeIntegration).
    const exposed = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { require: typeof w.require, process: typeof w.process, api: typeof w.api, ipc: typeof w.ipcRenderer };
    });
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', api: 'object', ipc: 'undefined' });
    await page.getByTestId('new-draft').click();
    await page.getByTestId('title').fill('Electron smoke');
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    await app.close();
  });
});
