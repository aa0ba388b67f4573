// `npm run bench`: runs every test/bench/*.bench.ts, prints `name value unit target` per figure and writes
// bench-results.json. `npm run bench -- tm` runs only the files whose name contains "tm".
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchFigure } from './types';

const filter = process.argv[2];
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();
const all: (BenchFigure & { file: string })[] = [];
let failed = 0;
for (const f of files) {
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
}
writeFileSync('bench-results.json', JSON.stringify({ at: new Date().toISOString(), node: process.version, figures: all }, null, 2));
console.log(`${all.length} figures, ${failed} missed their target (bench-results.json)`);
process.exitCode = failed ? 1 : 0;
