// An XLIFF import applies to the project as it is when it is saved, inside the project lock: an edit the translator
// makes while the file is being read (a pivot text here: the file does not carry it) is kept, not overwritten by the
// copy of the project the import started from.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type OpenedApp } from '../../../main/app';
import { exportXliff } from '../../../main/core/xliff';
import type { ProjectView } from '../../../preload/contract/translate';

const opened: { app: OpenedApp; dir: string }[] = [];
afterAll(async () => {
  for (const o of opened) {
    await o.app.close();
    rmSync(o.dir, { recursive: true, force: true });
  }
});

async function open(importDelayMs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-lock-'));
  const app = await openApp(dir, { harness: true, version: 't', emit: () => {}, openExternal: async () => {}, importDelayMs });
  opened.push({ app, dir });
  return async <T>(channel: string, payload: unknown): Promise<T> => {
    const r = await app.dispatch(channel, payload);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.data as T;
  };
}

describe('imports into a project go through the project lock', () => {
  it('an XLIFF import keeps an edit made while the file was being read', async () => {
    const call = await open(400);
    const a = await call<{ id: string }>('articles.create', { title: 'Judul', lang: 'id', body: '<p>Harga beras naik lagi.</p><p>Petani menunda panen.</p>' });
    const p = await call<{ id: string }>('translate.create', { articleId: a.id, targetLang: 'ko', pivotLang: 'en' });
    const v = await call<ProjectView>('translate.open', { projectId: p.id });
    const [first, second] = v.project.segments.filter((s) => !s.headline);
    // The file translates the first sentence only (as another CAT tool sends our export back: target added, state set).
    const exported = exportXliff(v.project);
    const open1 = exported.indexOf(`<segment id="${first.id}"`);
    const close1 = exported.indexOf('</source>', open1) + '</source>'.length;
    const edited = exported.slice(0, open1) + exported.slice(open1, close1).replace('state="initial"', 'state="translated"') +
      '\n        <target>쌀값이 또 올랐다.</target>' + exported.slice(close1);
    const dataBase64 = Buffer.from(edited, 'utf8').toString('base64');

    const importing = call<{ targets: number }>('export.importXliff', { projectId: p.id, name: 'back.xlf', dataBase64, taskId: 'xliff-1' });
    await new Promise((r) => setTimeout(r, 50)); // the import is "reading" (importDelayMs): the translator types
    await call('translate.setPivot', { projectId: p.id, segId: second.id, text: 'Farmers postponed the harvest.' });
    const r = await importing;
    expect(r.targets).toBe(1);

    const after = await call<ProjectView>('translate.open', { projectId: p.id });
    const byId = new Map(after.project.segments.map((s) => [s.id, s]));
    expect(byId.get(first.id)!.target).toBe('쌀값이 또 올랐다.');
    expect(byId.get(second.id)!.pivot).toBe('Farmers postponed the harvest.');
  });
});
