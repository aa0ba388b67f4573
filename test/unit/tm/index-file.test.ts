// The persisted lookup index: a loaded file gives exactly the lookups of a fresh build; a stale, corrupt,
// truncated, wrong-version or foreign file is ignored and rebuilt; units another process appended are found.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DataStore } from '../../../main/core/store/data-store';
import { TranslationMemory, type TmMatch } from '../../../main/core/tm';
import { INDEX_FILE, decodeIndex, encodeIndex } from '../../../main/core/tm/index-file';
import { PairState } from '../../../main/core/tm/pair-state';
import { generateUnits, perturb, rng, type CorpusUnit } from './corpus';
import { freshStore } from './helpers';

const ID_KO = { from: 'id', to: 'ko' } as const;
const SHARD = 300;
const odd: CorpusUnit[] = [
  { source: 'Café “Kopi Tubruk” — 5.000 orang antre di Blok M!', target: '카페', sourceLang: 'id', targetLang: 'ko' },
  { source: '대통령은 자카르타에서 말했다.', target: '대통령', sourceLang: 'id', targetLang: 'ko' },
  { source: 'Pesta 🎉 rakyat di Monas, kata İbrahim', target: '축제', sourceLang: 'id', targetLang: 'ko' },
];

const indexPath = (dir: string) => join(dir, 'tm', 'id-ko', INDEX_FILE);
const open = (dir: string, readOnly = false) => DataStore.open(dir, { readOnly, snapshotIntervalMs: 3_600_000, snapshotsKept: 1 });

/** A data folder holding `units` (7 shards for 2,000) and a saved index file covering all of them. */
async function savedTm(units: CorpusUnit[]): Promise<string> {
  const { dir, store } = await freshStore();
  const tm = new TranslationMemory(store, { shardSize: SHARD, indexSaveDelayMs: 3_600_000 });
  await tm.add(units);
  await tm.flush();
  await store.close();
  expect(existsSync(indexPath(dir))).toBe(true);
  return dir;
}

/** Near matches, exact sources, in-context lookups and misses over `units`. */
function queries(units: CorpusUnit[]): { text: string; prev?: string }[] {
  const r = rng(5);
  const out: { text: string; prev?: string }[] = [];
  for (let k = 0; k < 60; k++) out.push({ text: perturb(units[Math.floor(r() * units.length)].source, r) });
  for (let k = 0; k < 15; k++) {
    const u = units[Math.floor(r() * units.length)];
    out.push({ text: u.source, prev: k % 2 ? u.prev : 'Kalimat lain.' });
  }
  out.push({ text: 'Sesuatu yang sama sekali berbeda dan tidak ada hubungannya.' }, ...odd.map((u) => ({ text: u.source })));
  return out;
}

/** Every query's matches from a TM over `dir` (read-only: nothing is written while comparing). */
async function lookups(dir: string, opts: { persistIndex: boolean }, qs: { text: string; prev?: string }[]) {
  const store = await open(dir, true);
  try {
    const tm = new TranslationMemory(store, { ...opts, shardSize: SHARD });
    const info = await tm.indexInfo(ID_KO);
    const results: TmMatch[][] = [];
    for (const q of qs) results.push(await tm.lookup(q.text, { ...ID_KO, prev: q.prev, minScore: 60, limit: 7 }));
    const conc = await tm.concordance('harga beras', ID_KO);
    return { info, results, conc };
  } finally {
    await store.close();
  }
}

/** The index file's header and where its payload starts. */
function header(file: Buffer): { json: Record<string, unknown>; payloadAt: number } {
  const len = file.readUInt32LE(8);
  return { json: JSON.parse(file.toString('utf8', 12, 12 + len)), payloadAt: (12 + len + 3) & ~3 };
}

function withHeader(file: Buffer, change: (h: Record<string, unknown>) => void): Buffer {
  const { json, payloadAt } = header(file);
  change(json);
  const text = Buffer.from(JSON.stringify(json));
  const head = Buffer.alloc((12 + text.length + 3) & ~3);
  file.copy(head, 0, 0, 8);
  head.writeUInt32LE(text.length, 8);
  text.copy(head, 12);
  return Buffer.concat([head, file.subarray(payloadAt)]);
}

describe('persisted TM index', () => {
  const units = [...generateUnits(2000, 11), ...odd];

  it('is loaded by the next process and gives exactly the lookups of a fresh build', async () => {
    const dir = await savedTm(units);
    const qs = queries(units);
    const loaded = await lookups(dir, { persistIndex: true }, qs);
    const built = await lookups(dir, { persistIndex: false }, qs);
    expect(loaded.info).toEqual({ units: units.length, fromFile: units.length });
    expect(built.info).toEqual({ units: units.length, fromFile: 0 });
    expect(loaded.results).toEqual(built.results);
    expect(loaded.conc).toEqual(built.conc);
    // The comparison has teeth: fuzzy, exact and in-context matches were all found.
    const kinds = new Set(loaded.results.flat().map((m) => m.kind));
    expect([...kinds].sort()).toEqual(['context', 'exact', 'fuzzy']);

    // Upserts find their unit through the restored key table: a new target, no new unit.
    const store = await open(dir);
    const tm = new TranslationMemory(store, { shardSize: SHARD });
    expect(await tm.add({ ...units[5], target: 'baru' })).toEqual({ added: 0, updated: 1 });
    expect(await tm.count(ID_KO)).toBe(units.length);
    expect((await tm.lookup(units[5].source, { ...ID_KO, prev: units[5].prev }))[0].unit.target).toBe('baru');
    await store.close();
  });

  it('indexes units another process appended, and finds them', async () => {
    const dir = await savedTm(units);
    // Another process that never writes the index file (an older build, or one killed before its save).
    const extra = generateUnits(2400, 12).filter((u) => !units.some((v) => v.source === u.source)).slice(0, 400);
    const store = await open(dir);
    const other = new TranslationMemory(store, { shardSize: SHARD, persistIndex: false });
    expect(await other.add(extra)).toEqual({ added: extra.length, updated: 0 });
    await store.close();

    const all = [...units, ...extra];
    const qs = [...queries(all), ...extra.slice(0, 20).map((u) => ({ text: u.source }))];
    const loaded = await lookups(dir, { persistIndex: true }, qs);
    const built = await lookups(dir, { persistIndex: false }, qs);
    expect(loaded.info).toEqual({ units: all.length, fromFile: units.length });
    expect(loaded.results).toEqual(built.results);
    for (const [k, u] of extra.slice(0, 20).entries()) {
      expect(loaded.results[qs.length - 20 + k][0]).toMatchObject({ score: 100, unit: { source: u.source } });
    }
  });

  it('rebuilds when a shard no longer holds what the index was built from (edited, removed, missing)', async () => {
    const cases: [string, (shardDir: string) => void][] = [
      [
        'a source edited in place (same count)',
        (d) => {
          const file = join(d, '0001.json');
          const doc = JSON.parse(readFileSync(file, 'utf8'));
          doc.units[10].source = 'Kalimat yang diubah dengan tangan oleh pengguna di luar aplikasi.';
          writeFileSync(file, JSON.stringify(doc));
        },
      ],
      [
        'a unit removed from an early shard',
        (d) => {
          const file = join(d, '0001.json');
          const doc = JSON.parse(readFileSync(file, 'utf8'));
          doc.units.splice(10, 1);
          writeFileSync(file, JSON.stringify(doc));
        },
      ],
      [
        'a unit removed from the last shard',
        (d) => {
          const last = readdirSync(d).filter((f) => /^\d+\.json$/.test(f)).sort().pop()!;
          const doc = JSON.parse(readFileSync(join(d, last), 'utf8'));
          doc.units.pop();
          writeFileSync(join(d, last), JSON.stringify(doc));
        },
      ],
      ['the last shard deleted', (d) => rmSync(join(d, readdirSync(d).filter((f) => /^\d+\.json$/.test(f)).sort().pop()!))],
    ];
    for (const [what, change] of cases) {
      const dir = await savedTm(units);
      const shardDir = join(dir, 'tm', 'id-ko');
      const gone = JSON.parse(readFileSync(join(shardDir, '0001.json'), 'utf8')).units[10].source as string;
      change(shardDir);
      const qs = [...queries(units), { text: gone }];
      const loaded = await lookups(dir, { persistIndex: true }, qs);
      const built = await lookups(dir, { persistIndex: false }, qs);
      expect(loaded.info.fromFile, what).toBe(0);
      expect(loaded.results, what).toEqual(built.results);
      // The old text is gone from the memory: nothing may match it at 100 %, nor as the unit that no longer says it.
      if (!what.includes('last')) expect(loaded.results[qs.length - 1].filter((m) => m.score >= 95), what).toEqual([]);
    }
  });

  it('ignores a corrupt, truncated, wrong-version or foreign index file, rebuilds it and saves a good one', async () => {
    const dir = await savedTm(units);
    const good = readFileSync(indexPath(dir));
    const { json, payloadAt } = header(good);
    const normAt = payloadAt + (json.sections as Record<string, [number, number]>).norm[0];
    const flipped = Buffer.from(good);
    // A letter of unit 1's normalised source (not one of the units sampleAgrees looks at): only the checksum sees it.
    flipped[normAt + units[0].source.length + 3] ^= 0x01;
    const variants: [string, Buffer][] = [
      ['one flipped byte in the payload', flipped],
      ['truncated by 100 bytes', good.subarray(0, good.length - 100)],
      ['truncated to half', good.subarray(0, good.length >> 1)],
      ['empty', Buffer.alloc(0)],
      ['not an index file', Buffer.from('{"schema":1,"units":[]}')],
      ['another format version', withHeader(good, (h) => (h.format = 0))],
      ['another normaliser (fingerprint)', withHeader(good, (h) => (h.fingerprint = 'x'.repeat(40)))],
      ['a stale shard hash', withHeader(good, (h) => ((h.shards as { hash: string }[])[2].hash = '0'.repeat(40)))],
      ['a header of the wrong shape (shards: null)', withHeader(good, (h) => (h.shards = null))],
      ['a header without its sections', withHeader(good, (h) => delete h.sections)],
      ['more units than the shards hold', withHeader(good, (h) => ((h.shards as { count: number }[])[6].count += 1))],
    ];
    const qs = queries(units);
    const built = await lookups(dir, { persistIndex: false }, qs);
    for (const [what, bytes] of variants) {
      writeFileSync(indexPath(dir), bytes);
      const loaded = await lookups(dir, { persistIndex: true }, qs);
      expect(loaded.info, what).toEqual({ units: units.length, fromFile: 0 });
      expect(loaded.results, what).toEqual(built.results);
    }
    // A writable open replaces the bad file with a good one.
    const store = await open(dir);
    const tm = new TranslationMemory(store, { shardSize: SHARD, indexSaveDelayMs: 3_600_000 });
    expect((await tm.indexInfo(ID_KO)).fromFile).toBe(0);
    await tm.flush();
    await store.close();
    expect((await lookups(dir, { persistIndex: true }, qs)).info.fromFile).toBe(units.length);
  });

  it('saves after adds once the file is 500 units behind, after a quiet spell; a smaller gap waits for flush()', async () => {
    const dir = await savedTm(units);
    const known = new Set(units.map((u) => u.source));
    const extra = generateUnits(3000, 13).filter((u) => !known.has(u.source)).slice(0, 560);
    const onDisk = () => decodeIndex(readFileSync(indexPath(dir)))?.parts.norm.length;
    const store = await open(dir);
    const tm = new TranslationMemory(store, { shardSize: SHARD, indexSaveDelayMs: 20 });
    await tm.add(extra.slice(0, 100));
    await new Promise((r) => setTimeout(r, 300));
    expect(onDisk()).toBe(units.length);
    await tm.add(extra.slice(100, 550));
    for (let waited = 0; onDisk() !== units.length + 550 && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(onDisk()).toBe(units.length + 550);
    await tm.add(extra.slice(550));
    await tm.flush();
    expect(onDisk()).toBe(units.length + extra.length);
    await store.close();
    const qs = [...queries([...units, ...extra]), ...extra.slice(-10).map((u) => ({ text: u.source }))];
    const loaded = await lookups(dir, { persistIndex: true }, qs);
    expect(loaded.info).toEqual({ units: units.length + extra.length, fromFile: units.length + extra.length });
    expect(loaded.results).toEqual((await lookups(dir, { persistIndex: false }, qs)).results);
  });

  it('never writes the file from a read-only open', async () => {
    const dir = await savedTm(units.slice(0, 500));
    rmSync(indexPath(dir));
    const store = await open(dir, true);
    const tm = new TranslationMemory(store, { indexSaveDelayMs: 0 });
    expect(await tm.indexInfo(ID_KO)).toEqual({ units: 500, fromFile: 0 });
    await tm.flush();
    await new Promise((r) => setTimeout(r, 20));
    await store.close();
    expect(existsSync(indexPath(dir))).toBe(false);
  });

  it('round-trips sources that UTF-8 cannot carry (a lone surrogate)', () => {
    const state = new PairState();
    const sources = ['Berita \ud83d hari ini', 'Harga beras naik lagi', 'Pesta 🎉 rakyat'];
    sources.forEach((source, i) =>
      state.push({ id: `u${i}`, source, target: 't', sourceLang: 'id', targetLang: 'ko', createdAt: 'x', changedAt: 'x' }, 0),
    );
    const decoded = decodeIndex(encodeIndex(state.parts(), [{ no: 0, count: 3, hash: 'h' }]));
    expect(decoded?.parts.norm).toEqual(state.norm);
    expect([...decoded!.parts.trigrams.ids]).toEqual([...state.index.toParts().ids]);
  });
});

// Save, load and build run in steps with turns for the event loop between them (sliceMs: 0 gives a turn at every
// step). Whatever runs in those turns must see a whole index, and the file must describe exactly the units it saved.
describe('TM index work in steps', () => {
  const units = [...generateUnits(2000, 11), ...odd];
  const qs = queries(units);
  const ask = (tm: TranslationMemory, q: { text: string; prev?: string }) => tm.lookup(q.text, { ...ID_KO, prev: q.prev, minScore: 60, limit: 7 });
  /** Turns the event loop took until `p` settled (proof that other work could run meanwhile). */
  async function turnsDuring(p: Promise<unknown>): Promise<number> {
    let done = false;
    let turns = 0;
    void p.finally(() => (done = true)).catch(() => {});
    while (!done) {
      await new Promise((r) => setImmediate(r));
      turns++;
    }
    return turns;
  }

  it('lookups racing a save give the results of a fresh build; units added meanwhile wait and stay out of the file', async () => {
    const { dir, store } = await freshStore();
    const tm = new TranslationMemory(store, { shardSize: SHARD, indexSaveDelayMs: 3_600_000, sliceMs: 0 });
    await tm.add(units);
    // This index was built here, unit by unit, with no file: what every lookup during the save must answer.
    const fresh: TmMatch[][] = [];
    for (const q of qs) fresh.push(await ask(tm, q));
    const known = new Set(units.map((u) => u.source));
    // 150 more: they fill the last shard (200 of 300) and open a new one while the save is under way.
    const extra = generateUnits(3000, 13).filter((u) => !known.has(u.source)).slice(0, 150);
    const saving = tm.flush();
    const adding = tm.add(extra);
    const raced: TmMatch[][] = [];
    let settled = false;
    void saving.finally(() => (settled = true));
    for (const q of qs) {
      if (settled) break;
      raced.push(await ask(tm, q));
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all([saving, adding]);
    await store.close();
    // The race happened: most lookups ran before the save ended (the add waited behind it, so they saw `units`).
    expect(raced.length).toBeGreaterThan(qs.length / 2);
    const built = await lookups(dir, { persistIndex: false }, qs);
    expect(raced).toEqual(fresh.slice(0, raced.length));
    // The file covers exactly the units present when the save began, by its shard records (the last one a prefix).
    expect(decodeIndex(readFileSync(indexPath(dir)))?.parts.norm.length).toBe(units.length);
    const loaded = await lookups(dir, { persistIndex: true }, qs);
    expect(loaded.info).toEqual({ units: units.length + extra.length, fromFile: units.length });
    expect(loaded.results).toEqual(built.results);
  });

  it('lookups and an add racing a load (from the file, or a build without one) wait for the whole index', async () => {
    const dir = await savedTm(units);
    const built = await lookups(dir, { persistIndex: false }, qs);
    for (const withFile of [true, false]) {
      if (!withFile) rmSync(indexPath(dir));
      const store = await open(dir);
      const tm = new TranslationMemory(store, { shardSize: SHARD, indexSaveDelayMs: 3_600_000, sliceMs: 0 });
      // Every lookup is asked before the load has begun; each one's answer must be the whole index's.
      const answers = Promise.all(qs.map((q) => ask(tm, q)));
      const upsert = tm.add({ ...units[7], target: 'baru' });
      const turns = await turnsDuring(answers);
      expect(turns, `withFile ${withFile}`).toBeGreaterThan(20);
      expect(await answers, `withFile ${withFile}`).toEqual(built.results);
      expect(await upsert).toEqual({ added: 0, updated: 1 });
      expect((await tm.indexInfo(ID_KO)).fromFile).toBe(withFile ? units.length : 0);
      await store.close();
    }
  });
});
