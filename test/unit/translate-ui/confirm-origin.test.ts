// translate.confirm with the text itself: the target keeps the origin the renderer says it came from (a TM insert
// confirmed before autosave stays "TM"), and defaults to a human edit.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type OpenedApp } from '../../../main/app';

let dir: string;
let app: OpenedApp;

async function call<T = unknown>(channel: string, payload: unknown): Promise<T> {
  const r = await app.dispatch(channel, payload);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.data as T;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-confirm-'));
  app = await openApp(dir, { harness: true, version: 't', emit: () => {}, openExternal: async () => {} });
});
afterEach(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

type Seg = { id: string; target: string; origin: string; status: string };

it('confirm keeps a given origin for new text, defaults to human, and leaves an unchanged target alone', async () => {
  const a = await call<{ id: string }>('articles.create', { title: 'A', lang: 'id', body: '<p>Satu kalimat.</p><p>Dua kalimat.</p>' });
  const p = await call<{ id: string }>('translate.create', { articleId: a.id, targetLang: 'en', pivotLang: null });
  const segs = (await call<{ project: { segments: Seg[] } }>('translate.open', { projectId: p.id })).project.segments;
  const [s1, s2] = segs;

  const tm = await call<{ segment: Seg }>('translate.confirm', { projectId: p.id, segId: s1.id, target: 'One sentence.', origin: 'tm' });
  expect(tm.segment).toMatchObject({ target: 'One sentence.', origin: 'tm', status: 'translated' });
  // Confirming the same text again (origin unsaid) does not turn it into a human edit.
  expect((await call<{ segment: Seg }>('translate.confirm', { projectId: p.id, segId: s1.id, target: 'One sentence.' })).segment.origin).toBe('tm');

  const human = await call<{ segment: Seg }>('translate.confirm', { projectId: p.id, segId: s2.id, target: 'Two sentences.' });
  expect(human.segment).toMatchObject({ origin: 'human', status: 'translated' });
});
