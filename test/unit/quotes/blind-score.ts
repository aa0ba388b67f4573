// Prints recall / precision / attribution of the detector on the blind set (test/unit/quotes/blind/<lang>.json).
// Run: npx tsx test/unit/quotes/blind-score.ts [id|en|ko ...]   (VERBOSE=1 lists every miss; SET=blind2 scores the
// second held-out set, written after the first round of fixes)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ratio, score, type Fixture } from './score';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), process.env.SET ?? 'blind');
const langs = process.argv.slice(2).length ? process.argv.slice(2) : ['id', 'en', 'ko'];
const f2 = (n: number) => n.toFixed(2);
for (const lang of langs) {
  const fixtures = JSON.parse(readFileSync(path.join(dir, `${lang}.json`), 'utf8')) as Fixture[];
  const { tally, misses } = score(fixtures);
  for (const kind of ['direct', 'indirect'] as const) {
    const t = tally[kind];
    console.log(`${lang} ${kind}: recall ${f2(ratio(t.found, t.gold))} precision ${f2(ratio(t.matched, t.detected))} attribution ${f2(ratio(t.attributed, t.gold))} (gold ${t.gold})`);
  }
  if (process.env.VERBOSE) for (const m of misses) console.log('  ' + m);
}
