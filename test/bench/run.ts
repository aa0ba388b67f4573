// `npm run bench`: runs every test/bench/*.bench.ts, prints `name value unit target` per figure, the seconds per file
// and the total (itself a figure: bench.totalSeconds < 180 s), and writes the figures to out/bench/bench-results.json
// in the repository (`--out FILE` writes them elsewhere).
// `npm run bench -- tm` runs only the files whose name contains "tm".
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { BenchFigure } from './types';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outFile = resolve(outAt >= 0 ? args.splice(outAt, 2)[1] ?? '' : resolve(import.meta.dirname, '../../out/bench/bench-results.json'));
const filter = args[0];
const dir = import.meta.dirname;
const started = performance.now();
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();
const all: (BenchFigure & { file: string })[] = [];
let failed = 0;
const fileSeconds: Record<string, number> = {};
for (const f of files) {
  const fileStarted = performance.now();
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { run: () => Promise<BenchFigure[]> };
  try {
    for (const fig of await mod.run()) {
      all.push({ ...fig, file: f });
      console.log(`${fig.name} ${Number(fig.value.toFixed(3))} ${fig.unit} ${fig.target}${fig.ok ? '' : '  (MISSED)'}`);
      if (!fig.ok) failed++;
    }
  } catch (err) {
    failed++;
    console.log(`${f} failed: ${(err as Error).stack ?? err}`);
  }
  fileSeconds[f] = Math.round((performance.now() - fileStarted) / 100) / 10;
  console.log(`(${f}: ${fileSeconds[f]} s)`);
}
const seconds = Math.round((performance.now() - started) / 1000);
// The whole run is a figure too (issue 16: under 3 minutes); a run of some files only has no target.
const total: BenchFigure & { file: string } = filter
  ? { name: 'bench.totalSeconds', value: seconds, unit: 's', target: `reference (only files matching "${filter}")`, ok: true, file: 'run.ts' }
  : { name: 'bench.totalSeconds', value: seconds, unit: 's', target: '< 180 s', ok: seconds < 180, file: 'run.ts' };
all.push(total);
console.log(`${total.name} ${total.value} ${total.unit} ${total.target}${total.ok ? '' : '  (MISSED)'}`);
if (!total.ok) failed++;
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify({ at: new Date().toISOString(), node: process.version, seconds, fileSeconds, load: loadavg(), figures: all }, null, 2));
console.log(`${all.length} figures, ${failed} missed their target, ${seconds} s (${outFile})`);
process.exitCode = failed ? 1 : 0;
