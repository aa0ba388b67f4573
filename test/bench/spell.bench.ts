// Spellcheck figures: dictionary load per language, checking 1000 words of news copy (cold instance) and
// 1000 distinct dictionary words, Korean suggestion time, and name transliteration throughput.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkTextWith, createSpellchecker, dictionaryFiles, type SpellLang, type Spellchecker } from '../../main/core/spell';
import { transliterateToKorean } from '../../main/core/lang/translit-ko';
import { percentile, timeRuns } from './stats';
import type { BenchFigure } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
const WORDS = 1000;

const COPY: Record<SpellLang, string> = {
  id: readFileSync(join(ROOT, 'resources/samples/semarang-ekraf-korsel.id.txt'), 'utf8'),
  en: 'The government reported on Monday that exports to both countries rose sharply in the third quarter, while officials said the new policy would be reviewed by parliament before the end of the year. Analysts expected inflation to ease as food prices stabilised across the region.',
  ko: '정부는 월요일 두 나라로 향하는 수출이 3분기에 크게 늘었다고 발표했다. 관계자들은 새 정책이 연말 전에 국회의 검토를 받을 것이라고 밝혔다. 전문가들은 지역 전반의 식료품 가격이 안정되면서 물가 상승세가 둔화할 것으로 내다봤다.',
};

/** Repeats the copy to exactly WORDS whitespace-separated words. */
function thousandWords(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return Array.from({ length: WORDS }, (_, i) => words[i % words.length]).join(' ');
}

/** WORDS distinct entries of the language's own .dic (no memo help, every lookup reaches Hunspell). */
function distinctWords(lang: SpellLang): string[] {
  const lines = readFileSync(dictionaryFiles(lang).dic, 'utf8').split('\n').slice(1);
  const step = Math.max(1, Math.floor(lines.length / (WORDS * 2)));
  const out: string[] = [];
  for (let i = 0; i < lines.length && out.length < WORDS; i += step) {
    const w = lines[i].split('/')[0].trim().normalize('NFC');
    if (w && /^\p{L}+$/u.test(w)) out.push(w);
  }
  return out;
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t = performance.now();
  const v = await fn();
  return [v, performance.now() - t];
}

const fig = (name: string, value: number, unit: string, target: string, limit: number): BenchFigure => ({
  name,
  value,
  unit,
  target,
  ok: value < limit,
});

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  // The WebAssembly module is shared by all languages: its load is reported once, on the first dictionary.
  const [, wasmAndEn] = await timed(() => createSpellchecker({ lang: 'en' }));
  figures.push(fig('spell.load.first', wasmAndEn, 'ms', '< 1000 ms', 1000));
  // ko parses an 11 MB affix file (11,172 ICONV + OCONV pairs): about 1 s idle, up to 3 s on a busy machine.
  const loadLimit: Record<SpellLang, number> = { id: 300, en: 300, ko: 4000 };
  const checkLimit: Record<SpellLang, number> = { id: 100, en: 100, ko: 300 };
  const spellers = {} as Record<SpellLang, Spellchecker>;
  for (const lang of ['id', 'en', 'ko'] as const) {
    const [speller, ms] = await timed(() => createSpellchecker({ lang }));
    spellers[lang] = speller;
    figures.push(fig(`spell.load.${lang}`, ms, 'ms', `< ${loadLimit[lang]} ms`, loadLimit[lang]));
  }
  for (const lang of ['id', 'en', 'ko'] as const) {
    const text = thousandWords(COPY[lang]);
    // A cold instance: the first check of a text pays every dictionary lookup once.
    const [, cold] = await timed(() => checkTextWith(spellers[lang], text, { suggest: false }));
    figures.push(fig(`spell.check1000words.${lang}`, cold, 'ms', `< ${checkLimit[lang]} ms`, checkLimit[lang]));
    const fresh = await createSpellchecker({ lang });
    const words = distinctWords(lang);
    const [, distinct] = await timed(() => {
      for (const w of words) fresh.check(w);
    });
    figures.push(fig(`spell.check1000distinct.${lang}`, (distinct * WORDS) / words.length, 'ms', `< ${checkLimit[lang]} ms`, checkLimit[lang]));
  }
  const misspelt = ['발표했따', '대통녕은', '정부갸', '겄다', '밝혔따', '장관은은', '수출잉', '국훼'];
  const sugg = await timeRuns(misspelt.length, (i) => spellers.ko.suggest(misspelt[i]));
  figures.push(fig('spell.suggest.ko.p50', percentile(sugg, 50), 'ms', '< 300 ms', 300));
  const enSugg = await timeRuns(8, (i) => spellers.en.suggest(['goverment', 'recieve', 'parliment', 'definately', 'occured', 'seperate', 'enviroment', 'tommorow'][i]));
  figures.push(fig('spell.suggest.en.p50', percentile(enSugg, 50), 'ms', '< 100 ms', 100));

  const names = ['Joko Widodo', 'Prabowo Subianto', 'Yogyakarta', 'Semarang', 'Susilo Bambang Yudhoyono', 'Kuala Lumpur', 'Balikpapan', 'Megawati Soekarnoputri'];
  for (const n of names) transliterateToKorean(n); // warm-up (JIT)
  const [, translitMs] = await timed(() => {
    for (let i = 0; i < 1000; i++) transliterateToKorean(names[i % names.length]);
  });
  figures.push(fig('translit.1000names', translitMs, 'ms', '< 50 ms', 50));
  return figures;
}
