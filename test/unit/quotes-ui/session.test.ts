// QuoteSession: detection on first use, anchors that follow article saves, editor ops, speakers, the sheet.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataStore } from '../../../main/core/store/data-store';
import { ArticleRepo } from '../../../main/core/articles/repo';
import { htmlToPlainText, plainTextToHtml } from '../../../main/core/articles/text';
import { QuoteSession, patchSpeaker } from '../../../main/core/quotes-ui/session';
import { QuoteRepo } from '../../../main/core/quotes';

const BODY = [
  'Gubernur Jawa Tengah Ganjar Pranowo bertemu duta besar di Semarang.',
  '“Ekonominya kita masuk pada industri yang berteknologi tinggi,” kata Ganjar.',
  'Rapat berlangsung dua jam di rumah dinas.',
  '“Kami sudah sepakat untuk beberapa program,” kata Ganjar.',
].join('\n');

const open: { store: DataStore; dir: string }[] = [];
async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-qui-'));
  const store = await DataStore.open(dir, { snapshotIntervalMs: 0 });
  open.push({ store, dir });
  const articles = new ArticleRepo(store, 0);
  const a = await articles.create({ title: 'T', lang: 'id', body: plainTextToHtml(BODY) });
  return { dir, store, articles, session: new QuoteSession(store, articles), id: a.id };
}
afterEach(async () => {
  for (const { store, dir } of open.splice(0)) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

const textAt = (text: string, q: { anchor: { start: number; end: number } }) =>
  text.slice(q.anchor.start, q.anchor.end);

describe('QuoteSession', () => {
  it('detects on first use, saves, and returns the same annotations afterwards', async () => {
    const { session, store, id } = await setup();
    const q = await session.get(id);
    expect(q.quotes.filter((x) => x.kind === 'direct')).toHaveLength(2);
    expect(q.quotes.every((x) => x.status === 'suggested')).toBe(true);
    expect(await new QuoteRepo(store).get(id)).toEqual(q);
    expect(await session.get(id)).toEqual(q);
  });

  it('keeps decisions and re-anchors them when the article is saved with another paragraph edited', async () => {
    const { session, articles, id } = await setup();
    const q0 = await session.get(id);
    const [first, second] = q0.quotes.filter((x) => x.kind === 'direct');
    await session.update(id, first.id, { op: 'status', status: 'confirmed' });
    await session.update(id, second.id, {
      op: 'verification',
      verification: 'verified',
      sourceNote: 'rekaman 12:30',
    });
    await session.update(id, second.id, { op: 'speaker', name: 'Gandi Sulistiyanto', role: 'Dubes' });
    await session.update(id, second.id, { op: 'comment', text: '  cek lagi  ' });

    const edited = BODY.replace('Rapat berlangsung', 'Menurut panitia, rapat resmi berlangsung').replace(
      'Gubernur',
      'SEMARANG. Gubernur',
    );
    await articles.saveWithRevision(id, { body: plainTextToHtml(edited) });
    const q = await session.get(id);
    const text = htmlToPlainText(plainTextToHtml(edited));
    // The edit itself holds reported speech ("Menurut panitia, …"): it is detected on save, nothing else changes.
    expect(q.quotes).toHaveLength(q0.quotes.length + 1);
    const added = q.quotes.filter((x) => !q0.quotes.some((o) => o.id === x.id));
    expect(added.map((x) => [x.kind, x.anchor.exact.slice(0, 11), x.status])).toEqual([['indirect', 'rapat resmi', 'suggested']]);
    for (const a of q.quotes) expect(textAt(text, a)).toBe(a.anchor.exact);
    const f = q.quotes.find((x) => x.id === first.id)!;
    const s = q.quotes.find((x) => x.id === second.id)!;
    expect(f.status).toBe('confirmed');
    expect(f.anchor.start).toBeGreaterThan(first.anchor.start);
    expect(s).toMatchObject({
      verification: 'verified',
      sourceNote: 'rekaman 12:30',
      status: 'confirmed',
      needsReview: false,
    });
    expect(s.comments.map((c) => c.text)).toEqual(['cek lagi']);
    expect(q.speakers.find((x) => x.id === s.speakerId)).toMatchObject({
      name: 'Gandi Sulistiyanto',
      role: 'Dubes',
    });
  });

  it('re-detection keeps the editor’s decisions', async () => {
    const { session, id } = await setup();
    const q0 = await session.get(id);
    const target = q0.quotes[0];
    await session.update(id, target.id, { op: 'status', status: 'rejected' });
    const q = await session.detect(id);
    expect(q.quotes.find((x) => x.id === target.id)?.status).toBe('rejected');
    expect(q.quotes).toHaveLength(q0.quotes.length);
  });

  it('runs concurrent edits one after the other, none lost', async () => {
    const { session, id } = await setup();
    const q0 = await session.get(id);
    await Promise.all(q0.quotes.map((x) => session.update(id, x.id, { op: 'status', status: 'confirmed' })));
    expect((await session.get(id)).quotes.every((x) => x.status === 'confirmed')).toBe(true);
  });

  it('rejects unknown quotes and speakers and empty comments with their codes', async () => {
    const { session, id } = await setup();
    await session.get(id);
    await expect(session.update(id, 'nope', { op: 'status', status: 'confirmed' })).rejects.toMatchObject({
      code: 'quotes.notFound',
    });
    const q = await session.get(id);
    await expect(session.update(id, q.quotes[0].id, { op: 'comment', text: '   ' })).rejects.toMatchObject({
      code: 'quotes.emptyComment',
    });
    await expect(
      session.update(id, q.quotes[0].id, { op: 'speaker', speakerId: 'zz' }),
    ).rejects.toMatchObject({ code: 'quotes.speakerNotFound' });
    await expect(session.get('missing')).rejects.toMatchObject({ code: 'articles.notFound' });
  });

  it('gives sheet rows with quote ids in reading order, rejected ones only on request', async () => {
    const { session, id } = await setup();
    const q = await session.get(id);
    await session.update(id, q.quotes[0].id, { op: 'status', status: 'rejected' });
    const rows = await session.sheet(id);
    expect(rows.map((r) => r.id)).toEqual(q.quotes.slice(1).map((x) => x.id));
    expect(rows[0]).toMatchObject({
      quote: q.quotes[1].anchor.exact,
      speaker: 'Ganjar Pranowo',
      status: 'suggested',
      source: '',
    });
    expect(await session.sheet(id, true)).toHaveLength(q.quotes.length);
  });
});

describe('patchSpeaker', () => {
  const base = {
    articleId: 'a1',
    lang: 'id' as const,
    quotes: [],
    speakers: [{ id: 's1', name: 'Ganjar', role: '', aliases: [], spellings: { id: 'Ganjar' } }],
  };
  it('renames (old name becomes an alias), sets role, aliases and spellings', () => {
    const q = patchSpeaker(base, 's1', {
      name: ' Ganjar  Pranowo ',
      role: 'Gubernur',
      spellings: { ko: '간자르 프라노워', en: 'Ganjar Pranowo' },
    });
    expect(q.speakers[0]).toEqual({
      id: 's1',
      name: 'Ganjar Pranowo',
      role: 'Gubernur',
      aliases: ['Ganjar'],
      spellings: { id: 'Ganjar Pranowo', ko: '간자르 프라노워', en: 'Ganjar Pranowo' },
    });
    const r = patchSpeaker(q, 's1', {
      aliases: ['Pak Ganjar', 'pak ganjar', '', 'Ganjar Pranowo'],
      spellings: { en: '' },
    });
    expect(r.speakers[0].aliases).toEqual(['Pak Ganjar']);
    expect(r.speakers[0].spellings).toEqual({ id: 'Ganjar Pranowo', ko: '간자르 프라노워' });
    expect(base.speakers[0].name).toBe('Ganjar');
  });
  it('refuses an empty name and an unknown speaker', () => {
    expect(() => patchSpeaker(base, 's1', { name: '  ' })).toThrow(
      expect.objectContaining({ code: 'quotes.emptySpeaker' }),
    );
    expect(() => patchSpeaker(base, 's9', {})).toThrow(
      expect.objectContaining({ code: 'quotes.speakerNotFound' }),
    );
  });
});
