// Translation-memory figures on 100,000 generated id→ko units: index build, fuzzy lookup p95 vs a naive scan.
import { mkdtempSync, rmSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataStore } from '../../main/core/store/data-store';
import { TranslationMemory, naiveLookup, type LookupStats, type TmUnit } from '../../main/core/tm';
import { generateUnits, perturb, rng } from '../unit/tm/corpus';
import type { BenchFigure } from './types';

const UNITS = 100_000;
const QUERIES = 250;
const NAIVE_QUERIES = 10;
const PAIR = { from: 'id', to: 'ko' } as const;

function p95(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(0.95 * s.length))];
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t = performance.now();
  const v = await fn();
  return [v, performance.now() - t];
}

export async function run(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-tm-bench-'));
  try {
    const corpus = generateUnits(UNITS, 7);
    let store = await DataStore.open(dir, { snapshotsKept: 1, snapshotIntervalMs: 3_600_000 });
    const writer = new TranslationMemory(store);
    const [, addMs] = await timed(async () => {
      for (let i = 0; i < corpus.length; i += 10_000) await writer.add(corpus.slice(i, i + 10_000));
    });
    const shardDir = join(dir, 'tm', 'id-ko');
    const biggest = Math.max(...readdirSync(shardDir).map((f) => statSync(join(shardDir, f)).size));
    await store.close();

    // A fresh instance: the build below is what the first lookup after starting the app pays.
    store = await DataStore.open(dir, { readOnly: true });
    const tm = new TranslationMemory(store);
    const [, buildMs] = await timed(() => tm.warm(PAIR));
    const units: TmUnit[] = await tm.units(PAIR);

    const r = rng(99);
    const queries = Array.from({ length: QUERIES }, () => {
      const u = corpus[Math.floor(r() * corpus.length)];
      return perturb(u.source, r);
    });
    for (const q of queries.slice(0, 20)) await tm.lookup(q, PAIR); // warm-up (JIT)
    // Each query runs 3 times and keeps its fastest run: the machine is shared (other builds, tests), and a
    // scheduler pause is not lookup cost. The p95 is then taken over the 250 queries.
    const times: number[] = [];
    const evaluated: number[] = [];
    for (const q of queries) {
      const stats: LookupStats = { candidates: 0, evaluated: 0 };
      let best = Infinity;
      for (let rep = 0; rep < 3; rep++) best = Math.min(best, (await timed(() => tm.lookup(q, PAIR, stats)))[1]);
      times.push(best);
      evaluated.push(stats.evaluated);
    }

    const naiveTimes: number[] = [];
    let agree = 0;
    let fullListAgree = 0;
    for (const q of queries.slice(0, NAIVE_QUERIES)) {
      const [ref, ms] = await timed(() => naiveLookup(units, q, PAIR));
      naiveTimes.push(ms);
      const fast = await tm.lookup(q, PAIR);
      const same = ref[0]?.unit.id === fast[0]?.unit.id && Math.floor(ref[0]?.score ?? -1) === (fast[0]?.score ?? -1);
      if (!same) throw new Error(`fast and naive lookups disagree on "${q}": ${fast[0]?.unit.source} vs ${ref[0]?.unit.source}`);
      agree++;
      const ids = (xs: { unit: { id: string } }[]) => xs.map((m) => m.unit.id).join();
      if (ids(ref) === ids(fast)) fullListAgree++;
    }

    const concTimes: number[] = [];
    for (const phrase of ['harga beras', 'Joko Widodo', 'mengatakan pemerintah', 'Rp 120']) {
      concTimes.push((await timed(() => tm.concordance(phrase, PAIR)))[1]);
    }
    for (const phrase of ['대통령', '자카르타에서', '쌀 가격']) {
      concTimes.push((await timed(() => tm.concordance(phrase, { ...PAIR, side: 'target' })))[1]);
    }
    await store.close();

    const fuzzyP95 = p95(times);
    return [
      { name: 'tm.units', value: units.length, unit: 'units', target: '= 100000', ok: units.length === UNITS },
      { name: 'tm.add100k', value: addMs, unit: 'ms', target: 'reference', ok: true },
      { name: 'tm.largestShard', value: biggest / 1e6, unit: 'MB', target: '< 5 MB', ok: biggest < 5e6 },
      { name: 'tm.indexBuild', value: buildMs, unit: 'ms', target: '< 5000 ms', ok: buildMs < 5000 },
      { name: 'tm.fuzzyLookup.p95', value: fuzzyP95, unit: 'ms', target: '< 30 ms', ok: fuzzyP95 < 30 },
      { name: 'tm.fuzzyLookup.evaluated.p95', value: p95(evaluated), unit: 'candidates', target: 'reference', ok: true },
      { name: 'tm.naiveScan.p95', value: p95(naiveTimes), unit: 'ms', target: 'reference', ok: true },
      { name: 'tm.naiveAgreement', value: agree, unit: `of ${NAIVE_QUERIES}`, target: `= ${NAIVE_QUERIES}`, ok: agree === NAIVE_QUERIES },
      { name: 'tm.naiveAgreement.top5', value: fullListAgree, unit: `of ${NAIVE_QUERIES}`, target: 'reference', ok: true },
      { name: 'tm.concordance.max', value: Math.max(...concTimes), unit: 'ms', target: '< 100 ms', ok: Math.max(...concTimes) < 100 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
