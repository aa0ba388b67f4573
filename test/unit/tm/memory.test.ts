// TranslationMemory over a real data folder: exact/in-context/fuzzy lookups, upsert, concordance, sharding.
import { describe, it, expect } from 'vitest';
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataStore } from '../../../main/core/store/data-store';
import { TranslationMemory, naiveLookup } from '../../../main/core/tm';
import { AppError } from '../../../main/core/errors';
import { normalise } from '../../../main/core/tm/normalize';
import { naiveDistance } from '../../../main/core/tm/edit-distance';
import { generateUnits, perturb, rng } from './corpus';
import { freshStore } from './helpers';

const ID_KO = { from: 'id', to: 'ko' } as const;
const unit = (source: string, target: string, prev?: string) => ({
  source,
  target,
  sourceLang: 'id' as const,
  targetLang: 'ko' as const,
  ...(prev !== undefined ? { prev } : {}),
});

describe('lookup', () => {
  it('scores exact 100, in-context 101 and fuzzy with the documented formula, best first', async () => {
    const { store } = await freshStore();
    const tm = new TranslationMemory(store);
    const s1 = 'Presiden Joko Widodo meresmikan jalan tol baru di Semarang.';
    await tm.add([
      unit('Banjir merendam tiga kecamatan.', '홍수가 세 개 구를 덮쳤다.'),
      unit(s1, '조코 위도도 대통령이 스마랑에서 새 고속도로를 개통했다.', 'Banjir merendam tiga kecamatan.'),
      unit('Presiden Joko Widodo meresmikan jalan tol di Semarang.', '조코 위도도 대통령이 스마랑에서 고속도로를 개통했다.'),
    ]);

    const ctx = await tm.lookup(s1, { ...ID_KO, prev: 'Banjir merendam tiga kecamatan.' });
    expect(ctx[0]).toMatchObject({ score: 101, kind: 'context' });
    expect(ctx[0].unit.source).toBe(s1);

    const exact = await tm.lookup(s1, { ...ID_KO, prev: 'Kalimat lain.' });
    expect(exact[0]).toMatchObject({ score: 100, kind: 'exact' });
    expect(exact[0].diff).toEqual([{ op: 'equal', text: s1 }]);

    const q = 'Presiden Joko Widodo meresmikan jalan tol baru di Surabaya.';
    const fuzzy = await tm.lookup(q, ID_KO);
    expect(fuzzy.map((m) => m.kind)).toEqual(['fuzzy', 'fuzzy']);
    const nq = normalise(q);
    const n1 = normalise(s1);
    expect(fuzzy[0].unit.source).toBe(s1);
    expect(fuzzy[0].score).toBe(Math.floor(100 * (1 - naiveDistance(nq, n1) / Math.max(nq.length, n1.length))));
    expect(fuzzy[0].score).toBeLessThan(100);
    expect(fuzzy[0].score).toBeGreaterThanOrEqual(fuzzy[1].score);
    expect(fuzzy[0].diff).toEqual([
      { op: 'equal', text: 'Presiden Joko Widodo meresmikan jalan tol baru di ' },
      { op: 'delete', text: 'Semarang' },
      { op: 'insert', text: 'Surabaya' },
      { op: 'equal', text: '.' },
    ]);

    expect(await tm.lookup('Sesuatu yang sama sekali berbeda dan tidak ada hubungannya.', ID_KO)).toEqual([]);
    expect(await tm.lookup(q, { ...ID_KO, minScore: 95 })).toEqual([]);
    expect(await tm.lookup(q, { ...ID_KO, limit: 1 })).toHaveLength(1);
    expect(await tm.lookup(s1, { from: 'id', to: 'en' })).toEqual([]);
    await store.close();
  });

  it('upserts: the same source after the same previous segment replaces the target', async () => {
    const { store } = await freshStore();
    const tm = new TranslationMemory(store);
    expect(await tm.add(unit('Halo dunia.', '안녕 세상.', ''))).toEqual({ added: 1, updated: 0 });
    expect(await tm.add(unit('Halo dunia.', '안녕하세요, 세상.', ''))).toEqual({ added: 0, updated: 1 });
    expect(await tm.add(unit('Halo dunia.', '다른 문맥.', 'Kalimat sebelumnya.'))).toEqual({ added: 1, updated: 0 });
    expect(await tm.count(ID_KO)).toBe(2);
    const m = await tm.lookup('Halo dunia.', { ...ID_KO, prev: '' });
    expect(m[0]).toMatchObject({ score: 101 });
    expect(m[0].unit.target).toBe('안녕하세요, 세상.');
    expect(m[1]).toMatchObject({ score: 100 });
    await store.close();
  });

  it('rejects unsupported pairs and empty segments with AppErrors', async () => {
    const { store } = await freshStore();
    const tm = new TranslationMemory(store);
    await expect(tm.lookup('x', { from: 'id', to: 'id' })).rejects.toMatchObject({ code: 'tm.badPair' });
    await expect(tm.lookup('x', { from: 'fr' as 'id', to: 'en' })).rejects.toBeInstanceOf(AppError);
    await expect(tm.add(unit('  ', 'x'))).rejects.toMatchObject({ code: 'tm.emptySegment' });
    await expect(tm.add({ ...unit('a', 'b'), targetLang: 'de' as 'ko' })).rejects.toMatchObject({ code: 'tm.badPair' });
    expect(await tm.count(ID_KO)).toBe(0);
    await store.close();
  });

  // 400 template sentences are already full of look-alikes; the reference scan costs ~0.3 ms a unit, so 2,000 units
  // × 60 queries took 17–33 s. Large-memory speed and agreement live in test/bench/tm.bench.ts.
  it('returns the same best match as a naive Levenshtein scan (400 units, 30 near-match queries)', async () => {
    const { store } = await freshStore();
    const tm = new TranslationMemory(store);
    await tm.add(generateUnits(400, 11));
    const units = await tm.units(ID_KO);
    const r = rng(5);
    for (let k = 0; k < 30; k++) {
      const q = perturb(units[Math.floor(r() * units.length)].source, r);
      const fast = await tm.lookup(q, ID_KO);
      const ref = naiveLookup(units, q, ID_KO);
      expect(fast[0]?.unit.id, q).toBe(ref[0]?.unit.id);
      expect(fast[0]?.score).toBe(Math.floor(ref[0].score));
      // Every match the fast path returns carries its exact score.
      for (const m of fast) {
        const same = naiveLookup([m.unit], q, { ...ID_KO, minScore: 0 })[0];
        expect(m.score).toBe(Math.floor(same.score));
      }
    }
    await store.close();
  });
});

describe('concordance', () => {
  it('finds phrases case- and diacritic-insensitively, on either side, with Hangul, and highlights them', async () => {
    const { store } = await freshStore();
    const tm = new TranslationMemory(store);
    await tm.add([
      unit('Kafe “Kopi Kenangan” dibuka di Jakarta.', '자카르타에 카페 “코피 케낭안”이 문을 열었다.'),
      unit('Harga KOPI naik lagi.', '커피 가격이 다시 올랐다.'),
      unit('Café baru di Bandung.', '반둥에 새 카페.'),
      unit('Presiden bertemu warga.', '대통령은 주민들을 만났다.'),
    ]);
    const kopi = await tm.concordance('kopi', ID_KO);
    expect(kopi.map((h) => h.unit.source).sort()).toEqual(['Harga KOPI naik lagi.', 'Kafe “Kopi Kenangan” dibuka di Jakarta.']);
    const hit = kopi.find((h) => h.unit.source.startsWith('Kafe'))!;
    expect(hit.ranges.map(([a, b]) => hit.unit.source.slice(a, b))).toEqual(['Kopi']);

    const phrase = await tm.concordance('kopi kenangan dibuka', ID_KO);
    expect(phrase).toHaveLength(1);

    const cafe = await tm.concordance('CAFE', ID_KO);
    expect(cafe.map((h) => h.unit.source)).toEqual(['Café baru di Bandung.']);
    expect(cafe[0].ranges.map(([a, b]) => cafe[0].unit.source.slice(a, b))).toEqual(['Café']);

    const ko = await tm.concordance('카페', { ...ID_KO, side: 'target' });
    expect(ko.map((h) => h.unit.target).sort()).toEqual(['반둥에 새 카페.', '자카르타에 카페 “코피 케낭안”이 문을 열었다.']);
    // A Korean stem matches inside a word with its particle attached ("대통령은").
    const pres = await tm.concordance('대통령', { ...ID_KO, side: 'target' });
    expect(pres).toHaveLength(1);
    expect(pres[0].ranges).toEqual([[0, 3]]);
    // Decomposed Hangul (jamo) in the query still matches precomposed text.
    expect(await tm.concordance('카페'.normalize('NFD'), { ...ID_KO, side: 'target' })).toHaveLength(2);
    expect(await tm.concordance('tidak ada', ID_KO)).toEqual([]);
    expect(await tm.concordance('  ', ID_KO)).toEqual([]);
    await store.close();
  });
});

describe('storage', () => {
  it('splits each pair into shards of at most shardSize units, appends to the newest, and reloads them', async () => {
    const { dir, store } = await freshStore();
    const tm = new TranslationMemory(store, { shardSize: 100 });
    const units = generateUnits(250, 3);
    await tm.add(units.slice(0, 120));
    for (const u of units.slice(120, 130)) await tm.add(u);
    await tm.add(units.slice(130));
    await tm.add({ ...unit('Halo.', 'Hello.'), targetLang: 'en' });
    const folder = join(dir, 'tm', 'id-ko');
    const files = readdirSync(folder).sort();
    expect(files).toEqual(['0000.json', '0001.json', '0002.json']);
    const counts = files.map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')).units.length);
    expect(counts).toEqual([100, 100, 50]);
    for (const f of files) expect(statSync(join(folder, f)).size).toBeLessThan(100 * 1024);
    expect(readdirSync(join(dir, 'tm', 'id-en'))).toEqual(['0000.json']);
    await store.close();

    // A fresh process sees everything, and an upsert rewrites only the shard holding that unit.
    const store2 = await DataStore.open(dir);
    const tm2 = new TranslationMemory(store2, { shardSize: 100 });
    expect(await tm2.count(ID_KO)).toBe(250);
    expect(await tm2.pairs()).toEqual([
      { from: 'id', to: 'en', count: 1 },
      { from: 'id', to: 'ko', count: 250 },
    ]);
    const before = files.map((f) => statSync(join(folder, f)).mtimeMs);
    await new Promise((r) => setTimeout(r, 20));
    await tm2.add({ ...units[5], target: '새 번역' });
    const after = files.map((f) => statSync(join(folder, f)).mtimeMs);
    expect(after[0]).toBeGreaterThan(before[0]);
    expect(after.slice(1)).toEqual(before.slice(1));
    const m = await tm2.lookup(units[5].source, { ...ID_KO, prev: units[5].prev });
    expect(m[0]).toMatchObject({ score: 101 });
    expect(m[0].unit.target).toBe('새 번역');
    await store2.close();
  });
});
