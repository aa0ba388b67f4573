// lang.transliterate and spell.* over a data folder: words added to one folder's dictionary stay in that folder.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type OpenedApp } from '../../../main/app';
import { spellPool } from '../../../main/core/pool';

const opened: { app: OpenedApp; dir: string }[] = [];
async function open() {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-lang-h-'));
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

describe('lang.transliterate', () => {
  it('spells names in Hangul and says where the spelling came from', async () => {
    const call = await open();
    expect(await call('lang.transliterate', { names: ['Joko Widodo', 'Kuala Lumpur', ' '] })).toEqual([
      { name: 'Joko Widodo', ko: '조코 위도도', source: 'rule' },
      { name: 'Kuala Lumpur', ko: '쿠알라룸푸르', source: 'exception' },
      { name: ' ', ko: '', source: 'rule' },
    ]);
  });
});

describe('spell.check / spell.suggest / spell.add', () => {
  const text = 'Pemerintahannya mengumumkan kebijakn baru.';
  it('flags the misspelling with offsets, not the -nya form; suggestions come for one word on request', async () => {
    const call = await open();
    const found = await call<{ start: number; end: number; word: string }[]>('spell.check', { lang: 'id', text });
    // No suggestions in the check: they cost ~0.1 s a word, seconds for a text in another language.
    expect(found).toEqual([{ word: 'kebijakn', start: text.indexOf('kebijakn'), end: text.indexOf('kebijakn') + 8 }]);
    expect(await call<string[]>('spell.suggest', { lang: 'id', word: 'kebijakn' })).toContain('kebijakan');
    expect(await call<string[]>('spell.suggest', { lang: 'en', word: 'goverment' })).toContain('government');
    await expect(call('spell.suggest', { lang: 'id', word: ' ' })).rejects.toMatchObject({ code: 'ipc.invalidPayload' });
  });

  it('an added word is accepted in that data folder only, and survives a reopen', async () => {
    const a = await open();
    const b = await open();
    await a('spell.add', { lang: 'id', word: 'kebijakn' });
    expect(await a('spell.check', { lang: 'id', text })).toEqual([]);
    expect(await b<unknown[]>('spell.check', { lang: 'id', text })).toHaveLength(1);

    const { dir } = opened[opened.length - 2];
    await opened[opened.length - 2].app.close();
    const again = await openApp(dir, { harness: true, version: 't', emit: () => {}, openExternal: async () => {} });
    opened[opened.length - 2].app = again;
    const r = await again.dispatch('spell.check', { lang: 'id', text });
    expect(r).toEqual({ ok: true, data: [] });
  });

  it('accepts the newsroom glossary terms of that language, not other misspellings', async () => {
    const call = await open();
    const news = 'Pemprov Jateng dan KBRI membahas ekraf bersama Korsel, tetapi kebijakn belum ada.';
    const found = await call<{ word: string }[]>('spell.check', { lang: 'id', text: news });
    expect(found.map((m) => m.word)).toEqual(['kebijakn']);
  });

  it('does not flag the speakers the quote detector finds in the checked text, wherever they stand', async () => {
    const call = await open();
    // Sentence-initial, so not a name by capitalisation: only the attribution says Sulistyaningsih is a person.
    const said = 'Sulistyaningsih, warga Sunter, mengatakan rumahnya masih tergenang dan kebijakn belum ada.';
    expect((await call<{ word: string }[]>('spell.check', { lang: 'id', text: said })).map((m) => m.word)).toEqual(['kebijakn']);
  });

  it("accepts the names in the article's speaker registry once it has annotations (read only)", async () => {
    const call = await open();
    const body = '<p>"Kami menunggu bantuan," kata Sulistyaningsih, warga Sunter.</p><p>Sulistyaningsih tiba di posko.</p>';
    const a = await call<{ id: string }>('articles.create', { title: 'Banjir', body, lang: 'id' });
    const text = 'Sulistyaningsih tiba di posko.';
    const flagged = async (req: object) => (await call<{ word: string }[]>('spell.check', { lang: 'id', text, ...req })).map((m) => m.word);
    expect(await flagged({})).toEqual(['Sulistyaningsih']);
    // No annotations yet: the check does not create them (nor fail).
    expect(await flagged({ articleId: a.id })).toEqual(['Sulistyaningsih']);
    await call('quotes.get', { articleId: a.id });
    expect(await flagged({ articleId: a.id })).toEqual([]);
    // An unknown article only means no names.
    expect(await flagged({ articleId: 'nope' })).toEqual(['Sulistyaningsih']);
  });

  it('checks on the spellcheck thread; alternating folders never see each other\'s words', async () => {
    const a = await open();
    const b = await open();
    await a('spell.add', { lang: 'id', word: 'kebijakn' });
    // The one shared checker is brought in step with each caller's words: A, B, A, B in turn.
    for (let round = 0; round < 2; round++) {
      expect(await a('spell.check', { lang: 'id', text })).toEqual([]);
      expect(await b<{ word: string }[]>('spell.check', { lang: 'id', text })).toEqual([
        { word: 'kebijakn', start: text.indexOf('kebijakn'), end: text.indexOf('kebijakn') + 8 },
      ]);
    }
    // The dictionaries live in the spellcheck worker thread, not in the thread that answers requests.
    expect(spellPool().started).toBe(1);
  });

  it('rejects a blank word through the contract', async () => {
    const call = await open();
    await expect(call('spell.add', { lang: 'id', word: '   ' })).rejects.toMatchObject({ code: 'ipc.invalidPayload' });
  });
});
