// Prints recall / precision / attribution of the detector on a held-out set (test/unit/quotes/fixtures/<lang>.<set>.json).
// Run: npx tsx test/unit/quotes/blind-score.ts [id|en|ko ...]   (SET=blind2 for the second set; VERBOSE=1 lists misses)
import { loadFixtures, ratio, score } from './score';

const set = process.env.SET ?? 'blind';
const langs = process.argv.slice(2).length ? process.argv.slice(2) : ['id', 'en', 'ko'];
const f2 = (n: number) => n.toFixed(2);
for (const lang of langs) {
  const { tally, misses } = score(loadFixtures(lang, set));
  for (const kind of ['direct', 'indirect'] as const) {
    const t = tally[kind];
    console.log(`${lang} ${kind}: recall ${f2(ratio(t.found, t.gold))} precision ${f2(ratio(t.matched, t.detected))} attribution ${f2(ratio(t.attributed, t.gold))} (gold ${t.gold})`);
  }
  if (process.env.VERBOSE) for (const m of misses) console.log('  ' + m);
}
