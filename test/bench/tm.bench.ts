// Translation-memory figures on 100,000 generated id→ko units: TMX import growth (20k vs 100k), index save, build
// and load from its file (their ratio, and each one's longest CPU block of the thread: < 50 ms), fuzzy lookup p95,
// lookup recall against an exhaustive scan on 200 near matches, a textbook naive scan (in a worker, beside the recall
// check), and the CLI's `tm lookup` with and without the saved index (time and peak RSS of the process).
// Build and lookup targets leave headroom over what issue 16 measured on a busy 2-core machine (build 2.4–3.1 s,
// lookup p95 29–53 ms): the machine is shared, and a loaded scheduler is not a regression.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startWorker } from '../../main/core/pool/start';
import { INDEX_FILE } from '../../main/core/tm/index-file';
import type { NaiveJob, NaiveResult } from './tm-naive-worker';
import { DataStore } from '../../main/core/store/data-store';
import { TranslationMemory, buildTmx, type LookupStats, type TmMatch, type TmUnit } from '../../main/core/tm';
import { exactKey, normalise } from '../../main/core/tm/normalize';
import { compilePattern, distance, naiveDistance, releasePattern } from '../../main/core/tm/edit-distance';
import { fuzzyScore } from '../../main/core/tm/score';
import { generateUnits, perturb, rng, type CorpusUnit } from '../unit/tm/corpus';
import type { BenchFigure } from './types';
import { measureBlocks } from './block-monitor';

const ROOT = resolve(import.meta.dirname, '../..');
const UNITS = 100_000;
const SMALL_IMPORT = 20_000;
const QUERIES = 250;
const RECALL_QUERIES = 200;
/** The textbook O(n·m) scan costs seconds per query on 100k units: a few queries show its cost and agreement. */
const NAIVE_QUERIES = 3;
const MIN_SCORE = 70;
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

function asTmx(corpus: CorpusUnit[]): string {
  const at = '2026-01-01T00:00:00.000Z';
  const units: TmUnit[] = corpus.map((u, i) => ({
    id: `b${i}`,
    source: u.source,
    target: u.target,
    sourceLang: 'id',
    targetLang: 'ko',
    ...(u.prev ? { prev: u.prev } : {}),
    createdAt: at,
    changedAt: at,
  }));
  return buildTmx(units, { sourceLang: 'id' });
}

/** The fastest of `runs` runs of the built CLI (a load spike is not its cost): wall-clock ms and that process's peak RSS (MB, getrusage). */
function cliRun(args: string[], runs: number): { ms: number; rssMb: number; stdout: string } {
  const probe = join(tmpdir(), `redaksi-maxrss-${process.pid}.cjs`);
  writeFileSync(probe, "process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'));\n");
  const samples: { ms: number; rssMb: number; stdout: string }[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--require', probe, join(ROOT, 'out/cli/redaksi.js'), ...args], { encoding: 'utf8' });
    const ms = performance.now() - t;
    if (r.status !== 0) throw new Error(`redaksi ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    samples.push({ ms, rssMb: Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024, stdout: r.stdout });
  }
  rmSync(probe, { force: true });
  return samples.sort((a, b) => a.ms - b.ms)[0];
}

/** One import into a fresh folder: wall-clock ms and this process's CPU ms (the parse and the store run here). */
async function importMs(xml: string): Promise<{ wall: number; cpu: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-tm-import-'));
  try {
    const store = await DataStore.open(dir, { snapshotsKept: 1, snapshotIntervalMs: 3_600_000 });
    const c0 = process.cpuUsage();
    // No index file: this folder is deleted next, and a save on a timer would land in the next figure's time.
    const [, wall] = await timed(() => new TranslationMemory(store, { persistIndex: false }).importTmx(xml));
    const c = process.cpuUsage(c0);
    const ms = { wall, cpu: (c.user + c.system) / 1000 };
    await store.close();
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Exhaustive check of one lookup: scores EVERY unit (no index, no candidate budget) and returns a unit that
 * beats `best` (the lookup's best score, or just below the minimum when it found nothing), if any. Pruning
 * here is exact only: a length gap or an edit distance above what `best` allows cannot reach it. `norms` and
 * `keys` are normalise() and exactKey() of each unit's source.
 */
function beatenBy(units: TmUnit[], norms: string[], keys: string[], text: string, best: number): TmUnit | undefined {
  const q = normalise(text);
  const key = exactKey(text);
  const pattern = compilePattern(q);
  try {
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (keys[i] === key) {
        if (best < 100) return u;
        continue;
      }
      const n = norms[i];
      const longest = Math.max(q.length, n.length);
      const maxK = Math.floor(longest * (1 - best / 100) + 1e-9);
      if (Math.abs(q.length - n.length) > maxK) continue;
      const d = distance(pattern, n, maxK);
      if (d > maxK) continue;
      if (fuzzyScore(d, q.length, n.length, text, u.source) > best) return u;
    }
  } finally {
    releasePattern(pattern);
  }
  return undefined;
}

export async function run(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-tm-bench-'));
  try {
    const corpus = generateUnits(UNITS, 7);
    // Linear import: 100k units should cost about 5× 20k (the old per-unit list copy made it ~16×). The ratio is taken
    // on CPU time: the wall clock of a run on this shared machine moves with the load (the fastest of two wall-clock
    // rounds still moved it from 3.2 to 6.2), the CPU the import itself burns does not.
    const smallXml = asTmx(corpus.slice(0, SMALL_IMPORT));
    const bigXml = asTmx(corpus);
    const small = await importMs(smallXml);
    const big = await importMs(bigXml);

    let store = await DataStore.open(dir, { snapshotsKept: 1, snapshotIntervalMs: 3_600_000 });
    // The index file is written by the flush below, measured on its own, not by a timer firing between batches.
    const writer = new TranslationMemory(store, { indexSaveDelayMs: 3_600_000 });
    const [, addMs] = await timed(async () => {
      for (let i = 0; i < corpus.length; i += 10_000) await writer.add(corpus.slice(i, i + 10_000));
    });
    // What the app does after a big import (on a timer) and at exit: write the lookup index beside the shards.
    // Measured with the domain thread's longest CPU block: the save runs in steps (target < 50 ms, issue 17).
    const save = await measureBlocks(() => writer.flush());
    const saveMs = save.ms;
    const shardDir = join(dir, 'tm', 'id-ko');
    const indexFile = join(shardDir, INDEX_FILE);
    const biggest = Math.max(...readdirSync(shardDir).filter((f) => f.endsWith('.json')).map((f) => statSync(join(shardDir, f)).size));
    const indexMb = statSync(indexFile).size / 1e6;
    await store.close();

    // Fresh instances: the build is what the first lookup after starting the app pays without an index file,
    // the load what it pays with one (both read and parse the shards first).
    store = await DataStore.open(dir, { readOnly: true });
    let built: TranslationMemory | null = new TranslationMemory(store, { persistIndex: false });
    const build = await measureBlocks(() => built!.warm(PAIR));
    const buildMs = build.ms;
    const tm = new TranslationMemory(store);
    const load = await measureBlocks(() => tm.warm(PAIR));
    const loadMs = load.ms;
    const { fromFile } = await tm.indexInfo(PAIR);
    const units: TmUnit[] = await tm.units(PAIR);

    const r = rng(99);
    const queries = Array.from({ length: QUERIES }, () => {
      const u = corpus[Math.floor(r() * corpus.length)];
      return perturb(u.source, r);
    });
    // The loaded index answers every query exactly as the freshly built one (ids, scores, order); then the built
    // one is let go, so its memory does not weigh on the timed figures below.
    let sameAsBuilt = 0;
    const brief = (ms: TmMatch[]) => ms.map((m) => `${m.unit.id}:${m.score}`).join();
    for (const q of queries) if (brief(await tm.lookup(q, PAIR)) === brief(await built.lookup(q, PAIR))) sameAsBuilt++;
    built = null;

    // Each query runs 3 times and keeps its fastest run: the machine is shared (other builds, tests), and a
    // scheduler pause is not lookup cost. The p95 is then taken over the 250 queries. Lookups go to the loaded
    // index (what a new process uses); the comparison above was their JIT warm-up.
    const times: number[] = [];
    const evaluated: number[] = [];
    for (const q of queries) {
      const stats: LookupStats = { candidates: 0, evaluated: 0 };
      let best = Infinity;
      for (let rep = 0; rep < 3; rep++) best = Math.min(best, (await timed(() => tm.lookup(q, PAIR, stats)))[1]);
      times.push(best);
      evaluated.push(stats.evaluated);
    }

    const concTimes: number[] = [];
    for (const phrase of ['harga beras', 'Joko Widodo', 'mengatakan pemerintah', 'Rp 120']) {
      concTimes.push((await timed(() => tm.concordance(phrase, PAIR)))[1]);
    }
    for (const phrase of ['대통령', '자카르타에서', '쌀 가격']) {
      concTimes.push((await timed(() => tm.concordance(phrase, { ...PAIR, side: 'target' })))[1]);
    }

    // The CLI, one process per lookup: with the saved index, then with the file moved away (it rebuilds; a
    // read-only open never writes the file back). The same query both times, and the same answer.
    execFileSync(process.execPath, [join(ROOT, 'tools/build-cli.mjs')], { cwd: ROOT, stdio: 'pipe' });
    const cliArgs = ['tm', 'lookup', queries[0], '--from', 'id', '--to', 'ko', '--json', '--data', dir];
    const cliLoaded = cliRun(cliArgs, 2);
    renameSync(indexFile, `${indexFile}.away`);
    const cliBuilt = cliRun(cliArgs, 2);
    renameSync(`${indexFile}.away`, indexFile);
    if (cliLoaded.stdout !== cliBuilt.stdout) throw new Error(`tm lookup answers differ with and without the index file`);

    // The textbook naive scan (~8 s per query) runs in a worker on the second core while this thread checks
    // recall; neither is timed against the other's figures (the timed work above is done).
    const naiveQueries = queries.slice(0, NAIVE_QUERIES);
    const naiveWorker = startWorker(new URL('./tm-naive-worker.ts', import.meta.url), { units, queries: naiveQueries, pair: PAIR } satisfies NaiveJob);
    const naiveDone = new Promise<NaiveResult[]>((ok, fail) => {
      naiveWorker.once('message', ok);
      naiveWorker.once('error', fail);
    });

    // Recall: 200 near matches, 1 to 4 reporter edits away (down to ~80 %), each checked against every unit.
    // Each unit's normalised source and exact key, computed once (not once per query: 20 million exactKey calls
    // were most of the bench's time).
    const norms = units.map((u) => normalise(u.source));
    const keys = units.map((u) => exactKey(u.source));
    const rr = rng(1234);
    let found = 0;
    let recallTotal = 0;
    for (let k = 0; k < RECALL_QUERIES; k++) {
      let q = corpus[Math.floor(rr() * corpus.length)].source;
      const edits = 1 + (k % 4);
      for (let e = 0; e < edits; e++) q = perturb(q, rr);
      const fast: TmMatch[] = await tm.lookup(q, { ...PAIR, minScore: MIN_SCORE });
      // The lookup's best score as a float (display scores are floored): recompute it exactly for its unit.
      const top = fast[0];
      let best = MIN_SCORE - 1e-9;
      if (top) {
        const n = normalise(top.unit.source);
        const qn = normalise(q);
        best = top.kind === 'fuzzy' ? fuzzyScore(naiveDistance(qn, n), qn.length, n.length, q, top.unit.source) : 100;
      }
      const better = beatenBy(units, norms, keys, q, best);
      if (!top && !better) continue; // nothing in the memory reaches the minimum: not part of recall
      recallTotal++;
      if (!better) found++;
    }
    const recall = recallTotal ? found / recallTotal : 0;

    const naive = await naiveDone;
    await naiveWorker.terminate();
    const naiveTimes: number[] = [];
    let agree = 0;
    let fullListAgree = 0;
    for (const [k, q] of naiveQueries.entries()) {
      const ref = naive[k].matches;
      naiveTimes.push(naive[k].ms);
      const fast = await tm.lookup(q, PAIR);
      const same = ref[0]?.id === fast[0]?.unit.id && Math.floor(ref[0]?.score ?? -1) === (fast[0]?.score ?? -1);
      if (!same) throw new Error(`fast and naive lookups disagree on "${q}": ${fast[0]?.unit.id} vs ${ref[0]?.id}`);
      agree++;
      if (ref.map((m) => m.id).join() === fast.map((m) => m.unit.id).join()) fullListAgree++;
    }
    await store.close();

    const fuzzyP95 = p95(times);
    const importRatio = big.cpu / small.cpu;
    return [
      { name: 'tm.import.20k', value: small.wall, unit: 'ms', target: 'reference', ok: true },
      { name: 'tm.import.100k', value: big.wall, unit: 'ms', target: 'reference', ok: true },
      { name: 'tm.import.cpu.20k', value: small.cpu, unit: 'ms CPU', target: 'reference', ok: true },
      { name: 'tm.import.cpu.100k', value: big.cpu, unit: 'ms CPU', target: 'reference', ok: true },
      { name: 'tm.import.ratio100k/20k', value: importRatio, unit: 'x (CPU time)', target: '< 6 (linear: 5)', ok: importRatio < 6 },
      { name: 'tm.import.ratio100k/20k.wall', value: big.wall / small.wall, unit: 'x (wall clock)', target: 'reference', ok: true },
      { name: 'tm.units', value: units.length, unit: 'units', target: '= 100000', ok: units.length === UNITS },
      { name: 'tm.add100k', value: addMs, unit: 'ms', target: 'reference', ok: true },
      { name: 'tm.largestShard', value: biggest / 1e6, unit: 'MB', target: '< 5 MB', ok: biggest < 5e6 },
      { name: 'tm.indexSave', value: saveMs, unit: 'ms', target: 'reference', ok: true },
      { name: 'tm.indexSave.longest-block-cpu', value: save.cpuBlock, unit: 'ms', target: '< 50', ok: save.cpuBlock < 50 },
      { name: 'tm.indexFile', value: indexMb, unit: 'MB', target: 'reference', ok: true },
      { name: 'tm.indexBuild', value: buildMs, unit: 'ms', target: '< 8000 ms', ok: buildMs < 8000 },
      { name: 'tm.indexBuild.longest-block-cpu', value: build.cpuBlock, unit: 'ms', target: '< 50', ok: build.cpuBlock < 50 },
      { name: 'tm.indexLoad', value: loadMs, unit: `ms (${fromFile} units from the file)`, target: '= 100000 from the file', ok: fromFile === UNITS },
      { name: 'tm.indexLoad.longest-block-cpu', value: load.cpuBlock, unit: 'ms', target: '< 50', ok: load.cpuBlock < 50 },
      { name: 'tm.indexLoad/indexBuild', value: loadMs / buildMs, unit: 'x', target: '< 0.5', ok: loadMs / buildMs < 0.5 },
      { name: 'tm.indexLoad.sameLookups', value: sameAsBuilt, unit: `of ${QUERIES} (loaded vs built)`, target: `= ${QUERIES}`, ok: sameAsBuilt === QUERIES },
      { name: 'tm.fuzzyLookup.p95', value: fuzzyP95, unit: 'ms', target: '< 60 ms', ok: fuzzyP95 < 60 },
      { name: 'tm.fuzzyLookup.evaluated.p95', value: p95(evaluated), unit: 'candidates', target: 'reference', ok: true },
      { name: 'tm.lookup.recall', value: recall, unit: `ratio (${recallTotal} queries with a match ≥ ${MIN_SCORE})`, target: '= 1.00', ok: recall === 1 },
      { name: 'tm.naiveScan.p95', value: p95(naiveTimes), unit: 'ms', target: 'reference', ok: true },
      { name: 'tm.naiveAgreement', value: agree, unit: `of ${NAIVE_QUERIES}`, target: `= ${NAIVE_QUERIES}`, ok: agree === NAIVE_QUERIES },
      { name: 'tm.naiveAgreement.top5', value: fullListAgree, unit: `of ${NAIVE_QUERIES}`, target: 'reference', ok: true },
      { name: 'cli.tm.lookup', value: cliLoaded.ms, unit: 'ms (saved index)', target: 'reference', ok: true },
      { name: 'cli.tm.lookup.rss', value: cliLoaded.rssMb, unit: 'MB peak', target: 'reference', ok: true },
      { name: 'cli.tm.lookup.noIndex', value: cliBuilt.ms, unit: 'ms (index rebuilt)', target: 'reference', ok: true },
      { name: 'cli.tm.lookup.noIndex.rss', value: cliBuilt.rssMb, unit: 'MB peak', target: 'reference', ok: true },
      { name: 'cli.tm.lookup/noIndex', value: cliLoaded.ms / cliBuilt.ms, unit: 'x', target: '< 0.7', ok: cliLoaded.ms / cliBuilt.ms < 0.7 },
      { name: 'tm.concordance.max', value: Math.max(...concTimes), unit: 'ms', target: '< 100 ms', ok: Math.max(...concTimes) < 100 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

