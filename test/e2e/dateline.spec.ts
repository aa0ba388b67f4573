// The dateline as a part of the draft: it survives export → import of our own DOCX, opens the exported lead
// exactly as written, and a credit typed at the start of a new draft fills outlet and place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { test, expect, SCREENSHOTS } from './fixtures';

const SAMPLE = join(import.meta.dirname, '../../resources/samples/semarang-ekraf-korsel.id.txt');

async function download(page: Page, click: () => Promise<void>) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: dl.suggestedFilename(), path: await dl.path() };
}

/** The text of each paragraph of a DOCX body, in order. */
async function docxParagraphs(path: string): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .filter(Boolean);
}

test('import the sample → export DOCX → import that DOCX: MONITOR / Semarang come back; the lead opens with the credit as written', async ({ app }) => {
  await app.getByTestId('import-file').click();
  await app.getByTestId('import-file-input').setInputFiles(SAMPLE);
  await expect(app.getByTestId('outlet')).toHaveValue('MONITOR');
  await expect(app.getByTestId('place')).toHaveValue('Semarang');
  const title = await app.getByTestId('title').inputValue();

  await app.getByTestId('open-export').click();
  await app.getByTestId('export-format').selectOption('docx');
  const file = await download(app, () => app.getByTestId('export-save').click());
  expect(file.name).toMatch(/\.docx$/);
  const paras = await docxParagraphs(file.path);
  const lead = paras.find((p) => p.includes('di sektor ekonomi kreatif'))!;
  expect(lead.startsWith('MONITOR, Semarang – Gubernur Jawa Tengah (Jateng) Ganjar Pranowo')).toBe(true);
  expect(paras.join('\n')).not.toContain('MONITOR, SEMARANG');

  await app.getByRole('link', { name: 'Library' }).click();
  await app.getByTestId('import-file').click();
  await app.getByTestId('import-file-input').setInputFiles({ name: file.name, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: readFileSync(file.path) });
  await expect(app.getByTestId('editor')).toBeVisible();
  await expect(app.getByTestId('outlet')).toHaveValue('MONITOR');
  await expect(app.getByTestId('place')).toHaveValue('Semarang');
  await expect(app.getByTestId('title')).toHaveValue(title);
  await expect(app.getByTestId('body')).not.toContainText('MONITOR, Semarang');
  await expect(app.getByTestId('body').locator('p').first()).toHaveText(/^Gubernur Jawa Tengah/);
});

test('typing "BANDUNG, KOMPAS.com – " at the start of a new draft fills outlet and place', async ({ app }) => {
  await app.getByTestId('new-draft').click();
  const title = app.getByTestId('title');
  // A new draft: empty headline with a placeholder, focused.
  await expect(title).toHaveValue('');
  await expect(title).toHaveAttribute('placeholder', 'Headline');
  await expect(title).toBeFocused();
  await app.keyboard.type('Jalan Layang Dibuka');
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('body')).toBeFocused();
  await app.keyboard.type('BANDUNG, KOMPAS.com – ');
  await expect(app.getByTestId('outlet')).toHaveValue('KOMPAS.com');
  await expect(app.getByTestId('place')).toHaveValue('Bandung');
  await expect(app.getByTestId('dateline-found')).toContainText('BANDUNG, KOMPAS.com –');
  await app.keyboard.type('Jalan layang Pasupati dibuka kembali pada Senin pagi.');
  const body = app.getByTestId('body');
  await expect(body).toHaveText('Jalan layang Pasupati dibuka kembali pada Senin pagi.');
  await app.screenshot({ path: join(SCREENSHOTS, 'dateline-typed.png') });
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await app.reload();
  await expect(app.getByTestId('outlet')).toHaveValue('KOMPAS.com');

  // The export prints it as typed, at the start of the lead.
  await app.getByTestId('open-export').click();
  await app.getByTestId('export-format').selectOption('txt');
  const txt = await download(app, () => app.getByTestId('export-save').click());
  expect(readFileSync(txt.path, 'utf8')).toContain('\nBANDUNG, KOMPAS.com – Jalan layang Pasupati dibuka kembali pada Senin pagi.\n');
});

test('an untouched new draft is not kept', async ({ app }) => {
  await app.getByTestId('new-draft').click();
  await expect(app.getByTestId('title')).toBeFocused();
  await app.getByRole('link', { name: 'Library' }).click();
  await expect(app.getByTestId('library-empty')).toBeVisible();
  await app.reload();
  await expect(app.getByTestId('library-empty')).toBeVisible();
});
