// Worker for tm.bench.ts: the textbook O(n·m) scan over 100k units (~8 s per query) runs on the second core while
// the main thread checks recall; it reports each query's time and matches (ids and scores) for the comparison.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { naiveLookup, type TmPair, type TmUnit } from '../../main/core/tm';

export interface NaiveJob {
  units: TmUnit[];
  queries: string[];
  pair: TmPair;
}

export interface NaiveResult {
  ms: number;
  matches: { id: string; score: number }[];
}

const { units, queries, pair } = workerData as NaiveJob;
const out: NaiveResult[] = [];
for (const q of queries) {
  const t = performance.now();
  const matches = naiveLookup(units, q, pair);
  out.push({ ms: performance.now() - t, matches: matches.map((m) => ({ id: m.unit.id, score: m.score })) });
}
parentPort!.postMessage(out);
