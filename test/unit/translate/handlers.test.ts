// translate.* handlers over a real data folder: suggestions bound to their segment (id + source hash).
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type OpenedApp } from '../../../main/app';
import type { ProjectView, SegmentMatches } from '../../../preload/contract/translate';

const opened: { app: OpenedApp; dir: string }[] = [];
async function open() {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-tr-h-'));
  const app = await openApp(dir, { harness: true, version: 't', emit: () => {}, openExternal: async () => {} });
  opened.push({ app, dir });
  return async <T>(channel: string, payload: unknown): Promise<T> => {
    const r = await app.dispatch(channel, payload);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.data as T;
  };
}
afterAll(async () => {
  for (const o of opened) {
    await o.app.close();
    rmSync(o.dir, { recursive: true, force: true });
  }
});

type Call = Awaited<ReturnType<typeof open>>;
async function project(call: Call, body: string) {
  const a = await call<{ id: string }>('articles.create', { title: 'Judul berita', lang: 'id', body });
  const p = await call<{ id: string }>('translate.create', { articleId: a.id, targetLang: 'ko', pivotLang: null });
  return call<ProjectView>('translate.open', { projectId: p.id });
}

describe('suggestions bound to their segment', () => {
  it('matches come back with the segment id and its source hash', async () => {
    const call = await open();
    const v = await project(call, '<p>Harga beras naik lagi.</p><p>Petani menunda panen.</p>');
    const seg = v.project.segments.find((s) => s.source === 'Harga beras naik lagi.')!;
    const m = await call<SegmentMatches>('translate.matches', { projectId: v.project.id, segId: seg.id });
    expect(m.segId).toBe(seg.id);
    expect(m.sourceHash).toMatch(/^[0-9a-z]+$/);
  });

  it('refuses a TM insert bound to another source (after a split the id holds another sentence)', async () => {
    const call = await open();
    const v = await project(call, '<p>Harga beras naik lagi di pasar. Petani menunda panen.</p>');
    const seg = v.project.segments.find((s) => s.source.startsWith('Harga'))!;
    const { sourceHash } = await call<SegmentMatches>('translate.matches', { projectId: v.project.id, segId: seg.id });
    // Right source: accepted.
    await call('translate.setTarget', { projectId: v.project.id, segId: seg.id, text: '쌀값', origin: 'tm', sourceHash });
    await call('translate.split', { projectId: v.project.id, segId: seg.id, offset: 'Harga beras'.length });
    // Same id, shorter source: the old list's hash no longer fits, for setTarget and for confirm alike.
    await expect(
      call('translate.setTarget', { projectId: v.project.id, segId: seg.id, text: '다른 문장', origin: 'tm', sourceHash }),
    ).rejects.toMatchObject({ code: 'translate.staleSuggestion' });
    await expect(
      call('translate.confirm', { projectId: v.project.id, segId: seg.id, target: '다른 문장', origin: 'tm', sourceHash }),
    ).rejects.toMatchObject({ code: 'translate.staleSuggestion' });
    const after = await call<ProjectView>('translate.open', { projectId: v.project.id });
    expect(after.project.segments.find((s) => s.id === seg.id)!.target).toBe('쌀값');
  });
});

describe('TM receives confirmed human (or TM) work only', () => {
  it('confirming an unedited MT draft does not add it to the TM; an edited one does', async () => {
    const call = await open();
    const v = await project(call, '<p>Harga beras naik lagi.</p><p>Petani menunda panen.</p>');
    const [a, b] = v.project.segments.filter((s) => !s.headline);
    await call('translate.setTarget', { projectId: v.project.id, segId: a.id, text: '[MT] 쌀값', origin: 'mt' });
    await call('translate.confirm', { projectId: v.project.id, segId: a.id });
    await call('translate.setTarget', { projectId: v.project.id, segId: b.id, text: '농민들은 수확을 미뤘다.', origin: 'mt' });
    await call('translate.confirm', { projectId: v.project.id, segId: b.id, target: '농민들이 수확을 미뤘다.', origin: 'human' });
    const hits = await call<{ unit: { target: string } }[]>('tm.concordance', { phrase: 'a', from: 'id', to: 'ko' });
    expect(hits.map((h) => h.unit.target)).toEqual(['농민들이 수확을 미뤘다.']);
  });
});
