// The mt.* handlers over a real data folder: engine settings with the remote opt-in and allowedEndpoints in step,
// and pre-translation that merges by segment id with edits made while it ran (tiny Marian models, real worker).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openApp, type OpenedApp } from '../../../main/app';

const MODELS = resolve(import.meta.dirname, '../../fixtures/tiny-marian');
let dir: string;
let app: OpenedApp;
let onEvent: (e: string, p: unknown) => void = () => {};

async function call<T = unknown>(channel: string, payload: unknown): Promise<T> {
  const r = await app.dispatch(channel, payload);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code, params: r.error.params });
  return r.data as T;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-mt-h-'));
  onEvent = () => {};
  app = await openApp(dir, { harness: true, version: 't', emit: (e, p) => onEvent(e, p), openExternal: async () => {} });
});
afterEach(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const local = (id: string, from: string, to: string) => ({
  engine: { kind: 'marian-local', id, label: id, from, to, path: join(MODELS, `${from}-${to}`) },
});

describe('engine settings', () => {
  it('refuses a non-loopback server without opt-in, and keeps allowedEndpoints in step', async () => {
    const remote = { kind: 'libretranslate', id: 'lt', label: 'LT', baseUrl: 'https://mt.example.org/api' };
    await expect(call('mt.save', { engine: remote })).rejects.toMatchObject({ code: 'mt.remoteNotAllowed', params: { host: 'mt.example.org' } });
    expect((await call<{ mtEngines: unknown[] }>('settings.get', {})).mtEngines).toEqual([]);

    const list = await call<{ endpoint: { sends: boolean; host: string } }[]>('mt.save', { engine: { ...remote, allowRemote: true } });
    expect(list[0].endpoint).toEqual({ host: 'mt.example.org', loopback: false, sends: true });
    expect((await call<{ allowedEndpoints: string[] }>('settings.get', {})).allowedEndpoints).toEqual(['https://mt.example.org']);

    // Withdrawing the opt-in is refused again; removing the engine takes its origin out.
    await expect(call('mt.save', { engine: { ...remote, allowRemote: false } })).rejects.toMatchObject({ code: 'mt.remoteNotAllowed' });
    await call('mt.remove', { id: 'lt' });
    expect((await call<{ allowedEndpoints: string[] }>('settings.get', {})).allowedEndpoints).toEqual([]);
  });

  it('accepts a loopback server without opt-in and adds no endpoint; settings.set cannot write engines', async () => {
    await call('mt.save', { engine: { kind: 'openai', id: 'llama', label: 'llama', baseUrl: 'http://127.0.0.1:8080', model: 'm' } });
    expect(await call('mt.describe', { baseUrl: 'http://[::1]:5000' })).toEqual({ host: '::1', loopback: true, sends: false });
    expect((await call<{ allowedEndpoints: string[] }>('settings.get', {})).allowedEndpoints).toEqual([]);
    const r = await app.dispatch('settings.set', { mtEngines: [] });
    expect(r.ok).toBe(false);
  });

  it('refuses a local engine whose folder is not a model, and reports every problem on check', async () => {
    await expect(call('mt.save', { engine: { ...local('x', 'id', 'en').engine, path: MODELS } })).rejects.toMatchObject({
      code: 'mt.model.missingFile',
    });
    const report = await call<{ ok: boolean; problems: { code: string }[] }>('mt.checkFolder', { path: MODELS });
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThanOrEqual(4);
  });

  it('orders engines and tests a route through the pivot', async () => {
    await call('mt.save', local('en-ko', 'en', 'ko'));
    await call('mt.save', local('id-en', 'id', 'en'));
    const moved = await call<{ config: { id: string } }[]>('mt.move', { id: 'id-en', delta: -1 });
    expect(moved.map((e) => e.config.id)).toEqual(['id-en', 'en-ko']);
    const r = await call<{ route: string[]; engines: string[]; text: string; pivotText: string }>('mt.test', {
      from: 'id',
      to: 'ko',
      text: 'Presiden datang hari ini.',
    });
    expect(r.route).toEqual(['id', 'en', 'ko']);
    expect(r.engines).toEqual(['id-en', 'en-ko']);
    expect(r.pivotText).toMatch(/president/i);
    expect(r.text).toMatch(/\p{Script=Hangul}/u);
  });
});

describe('mt.pretranslate', () => {
  it('merges by segment id: a segment typed into during the run keeps the human text', async () => {
    await call('mt.save', local('id-en', 'id', 'en'));
    const body = Array.from({ length: 30 }, (_, i) => `Presiden datang ke kota ${i + 1}.`).join(' ');
    const a = await call<{ id: string }>('articles.create', { title: 'Presiden datang ke ibu kota.', lang: 'id', body: `<p>${body}</p>` });
    const p = await call<{ id: string }>('translate.create', { articleId: a.id, targetLang: 'en', pivotLang: null });
    const segs = (await call<{ project: { segments: { id: string }[] } }>('translate.open', { projectId: p.id })).project.segments;
    const last = segs[segs.length - 1].id;
    let typed: Promise<unknown> | null = null;
    onEvent = (e) => {
      // While MT runs, the translator types into the last segment (saved before MT reaches it).
      if (e === 'task.progress' && !typed) typed = call('translate.setTarget', { projectId: p.id, segId: last, text: 'Typed by hand' });
    };
    const summary = await call<{ done: number; total: number; cancelled: boolean; route: string[] }>('mt.pretranslate', {
      projectId: p.id,
      taskId: 'pt-1',
    });
    await typed;
    // 30 sentences plus the headline (segment 0).
    expect(summary).toMatchObject({ total: 31, done: 30, cancelled: false, route: ['id', 'en'] });
    const after = (await call<{ project: { segments: { id: string; target: string; origin: string; status: string }[] } }>('translate.open', { projectId: p.id })).project.segments;
    expect(after.find((s) => s.id === last)).toMatchObject({ target: 'Typed by hand', origin: 'human', status: 'draft' });
    expect(after.filter((s) => s.origin === 'mt').every((s) => s.status === 'draft' && s.target.trim())).toBe(true);
    expect(after.filter((s) => s.origin === 'mt')).toHaveLength(30);
  });

  it('without a route it fails with mt.noRoute and changes nothing', async () => {
    const a = await call<{ id: string }>('articles.create', { title: 'x', lang: 'id', body: '<p>Halo.</p>' });
    const p = await call<{ id: string }>('translate.create', { articleId: a.id, targetLang: 'ko', pivotLang: null });
    await expect(call('mt.pretranslate', { projectId: p.id, taskId: 'pt-2' })).rejects.toMatchObject({ code: 'mt.noRoute' });
  });
});
