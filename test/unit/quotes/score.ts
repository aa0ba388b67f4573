// Scores detections against labelled fixtures with the same matching rule as ../shared/tools/score-quotes.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detect } from '../../../main/core/quotes';
import type { Lang } from '../../../preload/contract/define';

export interface Gold {
  kind: 'direct' | 'indirect';
  starts: string;
  speaker: string[];
}
export interface Fixture {
  name: string;
  lang: Lang;
  text: string;
  quotes: Gold[];
  ignore?: string[];
}
export interface Tally {
  gold: number;
  found: number;
  attributed: number;
  detected: number;
  matched: number;
}

export const norm = (s: string | null | undefined) => (s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const squash = (s: string | null | undefined) => norm(s).replace(/\s+/g, '');

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
/** Held-out sets not yet part of the green fixture suite (scored only with SET=<name>); emptied once the detector passes them. */
const HELD_OUT: string[] = ['blind5'];

/** Every labelled set of a language: fixtures/<lang>.json plus held-out sets fixtures/<lang>.<set>.json (e.g. "blind"). */
export function loadFixtures(lang: string, set?: string): Fixture[] {
  const files = set
    ? [`${lang}.${set}.json`]
    : readdirSync(FIXTURES)
        .filter((f) => f === `${lang}.json` || (f.startsWith(`${lang}.`) && f.endsWith('.json')))
        .filter((f) => !HELD_OUT.some((h) => f === `${lang}.${h}.json`))
        .sort();
  return files.flatMap((f) => JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as Fixture[]);
}

export function score(fixtures: Fixture[]): { tally: Record<string, Tally>; misses: string[] } {
  const tally: Record<string, Tally> = {
    direct: { gold: 0, found: 0, attributed: 0, detected: 0, matched: 0 },
    indirect: { gold: 0, found: 0, attributed: 0, detected: 0, matched: 0 },
  };
  const misses: string[] = [];
  for (const f of fixtures) {
    const detected = detect(f.text, f.lang).quotes.map((q) => ({ ...q, t: norm(q.text) }));
    const ignored = (f.ignore ?? []).map(norm);
    for (const g of f.quotes) {
      tally[g.kind].gold++;
      const hit = detected.find((d) => d.kind === g.kind && d.t.includes(norm(g.starts)));
      if (!hit) {
        misses.push(`${f.name}: missed ${g.kind} "${g.starts}"`);
        continue;
      }
      tally[g.kind].found++;
      if (g.speaker.map(squash).includes(squash(hit.speaker?.name))) tally[g.kind].attributed++;
      else misses.push(`${f.name}: "${g.starts}" attributed to ${JSON.stringify(hit.speaker?.name ?? null)}, expected ${g.speaker[0]}`);
    }
    for (const d of detected) {
      if (ignored.some((s) => d.t.includes(s))) continue;
      tally[d.kind].detected++;
      if (f.quotes.some((g) => g.kind === d.kind && d.t.includes(norm(g.starts)))) tally[d.kind].matched++;
      else misses.push(`${f.name}: spurious ${d.kind} "${d.text.slice(0, 60)}"`);
    }
  }
  return { tally, misses };
}

export const ratio = (a: number, b: number) => (b ? a / b : 1);

/** The targets of issue 10, per kind: recall, precision, attribution. */
export const TARGETS = {
  direct: { recall: 0.95, precision: 0.95, attribution: 0.9 },
  indirect: { recall: 0.85, precision: 0.85, attribution: 0.85 },
} as const;

/** Each language with at least `min` gold quotes of a kind, and the whole set, scored per kind (as the scorer prints). */
export function figures(fixtures: Fixture[], min = 10): { scope: string; kind: 'direct' | 'indirect'; gold: number; recall: number; precision: number; attribution: number }[] {
  const out: ReturnType<typeof figures> = [];
  const scopes = [...new Set(fixtures.map((f) => f.lang as string)), 'all'];
  for (const scope of scopes) {
    const { tally } = score(scope === 'all' ? fixtures : fixtures.filter((f) => f.lang === scope));
    for (const kind of ['direct', 'indirect'] as const) {
      const t = tally[kind];
      if (scope !== 'all' && t.gold < min) continue;
      out.push({ scope, kind, gold: t.gold, recall: ratio(t.found, t.gold), precision: ratio(t.matched, t.detected), attribution: ratio(t.attributed, t.gold) });
    }
  }
  return out;
}

/** A labelled folder in the format of ../shared/samples/quotes-dev (gold.json beside the .txt articles), or null when absent. */
export function loadGoldDir(dir: string): Fixture[] | null {
  let gold: Record<string, { lang: Lang; quotes: Gold[]; ignore?: string[] }>;
  try {
    gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8'));
  } catch {
    return null;
  }
  return Object.entries(gold)
    .filter(([name]) => !name.startsWith('_'))
    .map(([name, g]) => ({ name, lang: g.lang, text: readFileSync(path.join(dir, name), 'utf8'), quotes: g.quotes, ignore: g.ignore }));
}
