// Dates in news copy per language: "12 Januari 2024", "January 12, 2024", "2024년 1월 12일", "(12/2)", ISO.
import type { Lang } from '../../../preload/contract/define';

export interface DateMention {
  text: string;
  start: number;
  end: number;
  y?: number;
  m: number;
  d?: number;
}

const ID_MONTHS = [
  'januari|jan', 'februari|pebruari|feb', 'maret|mar', 'april|apr', 'mei', 'juni|jun', 'juli|jul',
  'agustus|agu|agt|ags', 'september|sept|sep', 'oktober|okt', 'november|nopember|nov|nop', 'desember|des',
];
// English month names are always capitalised; matching them case-sensitively keeps "may" the verb out.
const EN_MONTHS = [
  'January|Jan', 'February|Feb', 'March|Mar', 'April|Apr', 'May', 'June|Jun', 'July|Jul', 'August|Aug',
  'September|Sept|Sep', 'October|Oct', 'November|Nov', 'December|Dec',
];

function monthIndex(word: string, table: string[]): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return table.findIndex((alts) => alts.toLowerCase().split('|').includes(w)) + 1;
}

const alt = (table: string[]) => table.join('|');
const YEAR = '(\\d{4})';
const DAY = '(\\d{1,2})';
const B = '(?![\\p{L}\\p{N}])'; // word end
const A = '(?<![\\p{L}\\p{N}])'; // word start

function year(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

interface Pattern {
  re: RegExp;
  /** Turns a match into y/m/d; null when the numbers are not a real date. */
  read: (m: RegExpExecArray) => { y?: number; m: number; d?: number } | null;
}

function valid(v: { y?: number; m: number; d?: number }) {
  return v.m >= 1 && v.m <= 12 && (v.d === undefined || (v.d >= 1 && v.d <= 31)) ? v : null;
}

const ISO: Pattern = {
  re: new RegExp(`${A}(\\d{4})-(\\d{2})-(\\d{2})${B}`, 'gu'),
  read: (m) => valid({ y: +m[1], m: +m[2], d: +m[3] }),
};

const PATTERNS: Record<Lang, Pattern[]> = {
  id: [
    ISO,
    {
      re: new RegExp(`${A}${DAY}\\s+(${alt(ID_MONTHS)})\\.?(?:\\s+${YEAR})?${B}`, 'giu'),
      read: (m) => valid({ d: +m[1], m: monthIndex(m[2], ID_MONTHS), y: year(m[3]) }),
    },
    {
      re: new RegExp(`${A}(${alt(ID_MONTHS)})\\.?\\s+${YEAR}${B}`, 'giu'),
      read: (m) => valid({ m: monthIndex(m[1], ID_MONTHS), y: +m[2] }),
    },
    {
      // Indonesian datelines: "Semarang, Senin (12/2/2024)" or "(12/2)" — day first.
      re: new RegExp(`${A}${DAY}/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?${B}`, 'gu'),
      read: (m) => valid({ d: +m[1], m: +m[2], y: year(m[3]) }),
    },
  ],
  en: [
    ISO,
    {
      re: new RegExp(`${A}(${alt(EN_MONTHS)})\\.?\\s+${DAY}(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?${B}`, 'gu'),
      read: (m) => valid({ m: monthIndex(m[1], EN_MONTHS), d: +m[2], y: year(m[3]) }),
    },
    {
      re: new RegExp(`${A}${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${alt(EN_MONTHS)})\\.?(?:,?\\s+${YEAR})?${B}`, 'gu'),
      read: (m) => valid({ d: +m[1], m: monthIndex(m[2], EN_MONTHS), y: year(m[3]) }),
    },
    {
      re: new RegExp(`${A}(${alt(EN_MONTHS)})\\.?,?\\s+${YEAR}${B}`, 'gu'),
      read: (m) => valid({ m: monthIndex(m[1], EN_MONTHS), y: +m[2] }),
    },
  ],
  ko: [
    ISO,
    {
      re: /(?:(\d{4})년\s*)?(\d{1,2})월(?:\s*(\d{1,2})일)?/gu,
      read: (m) => valid({ y: year(m[1]), m: +m[2], d: m[3] ? +m[3] : undefined }),
    },
    {
      re: /(?<![\d.])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?/gu,
      read: (m) => valid({ y: +m[1], m: +m[2], d: +m[3] }),
    },
  ],
};

/** Dates in `text`, non-overlapping, in text order. A month name alone ("May", "Maret lalu") is not a date. */
export function extractDates(text: string, lang: Lang): DateMention[] {
  const found: DateMention[] = [];
  for (const p of PATTERNS[lang]) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const v = p.read(m);
      if (!v) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue; // earlier patterns are the more specific
      found.push({ text: m[0], start, end, ...v });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const MONTH_WORDS: Record<Lang, (m: number) => RegExp> = {
  id: (m) => new RegExp(`${A}(?:${ID_MONTHS[m - 1]})${B}`, 'iu'),
  en: (m) => new RegExp(`${A}(?:${EN_MONTHS[m - 1]})${B}`, 'u'),
  ko: (m) => new RegExp(`(?<!\\d)${m}월`, 'u'),
};

/**
 * Is the source date in the target? Same month; same day when the source names one; same year when the
 * source names one. A bare month ("3월") is satisfied by the month's name ("Maret") anywhere in the target.
 */
export function dateIsPresent(date: DateMention, targetDates: DateMention[], target: string, targetLang: Lang): boolean {
  const hit = targetDates.some(
    (t) => t.m === date.m && (date.d === undefined || t.d === date.d) && (date.y === undefined || t.y === date.y),
  );
  if (hit) return true;
  if (date.d === undefined && date.y === undefined) return MONTH_WORDS[targetLang](date.m).test(target);
  return false;
}
