/// <reference lib="dom" />
// A long import shows its progress and can be cancelled (issue 17): a big .docx is read in the import pool, the
// library dialog shows the bar and a Cancel button, cancelling says nothing was changed and creates no draft.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { test, expect, SCREENSHOTS } from './fixtures';

/** ~1.5 million characters of varied text in a .docx: several seconds of parsing. */
async function bigDocx(): Promise<Buffer> {
  let x = 7;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8;
  const syl = ['ba', 'ka', 'ma', 'ra', 'sa', 'ta', 'ng', 'ku', 'di', 'ne', 'po', 'lu', 'ja', 'wi'];
  const word = () => Array.from({ length: 2 + (next() % 3) }, () => syl[next() % syl.length]).join('');
  const children: Paragraph[] = [];
  for (let n = 0; n < 1_500_000; ) {
    const text = `${Array.from({ length: 12 + (next() % 10) }, word).join(' ')}.`;
    n += text.length;
    children.push(new Paragraph({ children: [new TextRun(text)] }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

// The file's reading stage is held for 20 s inside the domain (harness-only importDelayMs): on a fast machine the real
// parse ends before the test can look at the bar. The cancel during the parse itself is covered in test/unit/pool.
test.use({ importDelayMs: 20_000 });

test('a long .docx import shows progress and Cancel; cancelling creates nothing', async ({ app, harness }) => {
  test.setTimeout(180_000);
  const buffer = await bigDocx();
  await app.getByTestId('import-file').click();
  await app.getByTestId('import-file-input').setInputFiles({ name: 'panjang.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer });
  const progress = app.getByTestId('import-progress');
  await expect(progress).toBeVisible({ timeout: 30_000 });
  await expect(progress).toContainText('Reading the file');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await app.screenshot({ path: join(SCREENSHOTS, 'import-progress-cancel.png') });
  await app.getByTestId('import-cancel').click();
  await expect(app.getByTestId('import-error')).toContainText('The import was cancelled; nothing was changed.');
  await expect(progress).toBeHidden();
  const list = (await harness.app.dispatch('articles.list', {})) as { ok: boolean; data: unknown[] };
  expect(list).toMatchObject({ ok: true, data: [] });
});
