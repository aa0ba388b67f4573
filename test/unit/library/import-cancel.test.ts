// Cancelling an import while its file is being parsed in the import pool: the call answers "cancelled", no draft.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { openApp, type OpenedApp } from '../../../main/app';

let dir = '';
let app: OpenedApp | undefined;
afterEach(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A .docx of ~400,000 characters: its parse in the worker takes far longer than the 20 ms before the cancel. */
async function docx(): Promise<string> {
  const para = (n: number) => new Paragraph({ children: [new TextRun(`Paragraf ${n} berisi kalimat panjang tentang pelabuhan dan pasar ikan di pesisir utara.`)] });
  const children = Array.from({ length: 5000 }, (_, n) => para(n));
  return (await Packer.toBuffer(new Document({ sections: [{ children }] }))).toString('base64');
}

describe('import cancel', () => {
  it('a cancel during the parse answers import.cancelled and creates no draft', async () => {
    dir = mkdtempSync(join(tmpdir(), 'redaksi-import-cancel-'));
    const stages: string[] = [];
    const opened = await openApp(dir, {
      harness: true,
      version: 't',
      openExternal: async () => {},
      emit: (event, payload) => {
        if (event !== 'task.progress') return;
        const p = payload as { taskId: string; label?: string };
        stages.push(p.label ?? '');
        // The parse has been handed to a worker; cancel it there, as the Cancel button does.
        if (p.label === 'parse') setTimeout(() => void opened.dispatch('tasks.cancel', { taskId: p.taskId }), 20);
      },
    });
    app = opened;
    const r = await opened.dispatch('articles.importFile', { name: 'lang.docx', dataBase64: await docx(), taskId: 'imp-1' });
    expect(r).toMatchObject({ ok: false, error: { code: 'import.cancelled' } });
    expect(stages).toEqual(['parse']);
    expect(await opened.dispatch('articles.list', {})).toMatchObject({ ok: true, data: [] });
  });
});
