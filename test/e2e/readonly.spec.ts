// Saving into a read-only data folder fails with a clear message, and the unsaved text stays in the editor.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const immutable = (dir: string, on: boolean) => execFileSync('chattr', [on ? '+i' : '-i', dir]);

test('a failed save keeps the text on screen, says why, and saves once the folder is writable', async ({ app, dataDir }) => {
  await app.getByTestId('new-draft').click();
  await app.getByTestId('body').click();
  await app.keyboard.type('Paragraf pertama.');
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  immutable(join(dataDir, 'articles'), true);
  try {
    await app.keyboard.type(' Kalimat yang belum tersimpan.');
    const state = app.getByTestId('save-state');
    await expect(state).toHaveAttribute('data-state', 'failed');
    await expect(state).toContainText('cannot be written');
    await expect(app.getByTestId('body')).toContainText('Kalimat yang belum tersimpan.');
  } finally {
    immutable(join(dataDir, 'articles'), false);
  }
  await app.getByRole('button', { name: 'Try again' }).click();
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await app.reload();
  await expect(app.getByTestId('body')).toContainText('Paragraf pertama. Kalimat yang belum tersimpan.');
});
