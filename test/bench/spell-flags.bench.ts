// Spellcheck false flags per 1,000 words, before (Hunspell + clitics, no context) and after (newsroom word
// list, Indonesian affixes, Korean stems/compounds/names/transliterations, names in context, and the names of the
// quote speakers the detector finds in the same text, see check-text.ts). On real news
// in ../shared/samples/quotes-dev when that folder exists (almost every flag there is a false one: the
// figure counts every flag), and always on the project's own correctly written copy in test/fixtures/spell.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkTextWith, createSpellchecker, type SpellLang, type Spellchecker } from '../../main/core/spell';
import type { BenchFigure } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
const REAL = resolve(ROOT, '../shared/samples/quotes-dev');
const OWN = join(ROOT, 'test/fixtures/spell');
const TARGET: Record<SpellLang, number> = { id: 5, en: 5, ko: 10 };

export function flagsPer1000(speller: Spellchecker, texts: string[], context: boolean): { per1000: number; flags: string[] } {
  let words = 0;
  const flags: string[] = [];
  for (const text of texts) {
    words += text.split(/\s+/).filter(Boolean).length;
    for (const m of checkTextWith(speller, text, { suggest: false, context })) flags.push(m.word);
  }
  return { per1000: words ? (flags.length / words) * 1000 : 0, flags };
}

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const sets: { name: string; texts: (lang: SpellLang) => string[] }[] = [
    { name: 'own', texts: (lang) => [readFileSync(join(OWN, `copy-${lang}.txt`), 'utf8')] },
  ];
  if (existsSync(REAL)) {
    sets.push({
      name: 'quotes-dev',
      texts: (lang) => readdirSync(REAL).filter((f) => f.startsWith(`${lang}-`) && f.endsWith('.txt')).map((f) => readFileSync(join(REAL, f), 'utf8')),
    });
  } else console.log('spell-flags: ../shared/samples/quotes-dev is absent; only the own-copy figures are printed');
  for (const lang of ['id', 'en', 'ko'] as const) {
    const before = await createSpellchecker({ lang, news: false });
    const after = await createSpellchecker({ lang });
    for (const set of sets) {
      const texts = set.texts(lang);
      const b = flagsPer1000(before, texts, false);
      const a = flagsPer1000(after, texts, true);
      figures.push({ name: `spell.falseFlags.${set.name}.${lang}.before`, value: b.per1000, unit: 'per 1000 words', target: 'for reference', ok: true });
      figures.push({ name: `spell.falseFlags.${set.name}.${lang}.after`, value: a.per1000, unit: 'per 1000 words', target: `<= ${TARGET[lang]}`, ok: a.per1000 <= TARGET[lang] });
      if (a.flags.length) console.log(`  ${set.name} ${lang} still flagged: ${a.flags.join(' ')}`);
    }
  }
  return figures;
}
