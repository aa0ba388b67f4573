// Numbers in news copy per locale, reduced to comparable values: id 1.234,5 = en/ko 1,234.5; juta/million/만/억.
import type { Lang } from '../../../preload/contract/define';
import { extractDates } from './dates';

export interface NumberMention {
  /** As written, e.g. "1.234", "Rp1,5 triliun" → "1,5 triliun", "3억5천만", "15.00". */
  text: string;
  start: number;
  end: number;
  /** Comparable key: "n:1234.5" for a value, "t:3:00" for a clock time (12-hour), "raw:1.5" when unreadable. */
  key: string;
  /** The numeric value (NaN for times and unreadable tokens). */
  value: number;
}

const TOKEN = /\d[\d.,]*\d|\d/g;

/**
 * One digit group in a locale. id: "." groups thousands, "," is the decimal mark. en/ko: the reverse.
 * null when the token fits neither (e.g. "1.5" in Indonesian): it is then compared as written.
 */
export function parseLocaleNumber(token: string, lang: Lang): number | null {
  const [group, decimal] = lang === 'id' ? ['.', ','] : [',', '.'];
  const g = group === '.' ? '\\.' : ',';
  const d = decimal === '.' ? '\\.' : ',';
  if (new RegExp(`^\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`).test(token) || new RegExp(`^\\d+(?:${d}\\d+)?$`).test(token)) {
    return Number(token.split(group).join('').replace(decimal, '.'));
  }
  return null;
}

const SCALE_WORDS: Record<'id' | 'en', Record<string, number>> = {
  id: { ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12 },
  en: { thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 },
};
const SCALE_RE: Record<'id' | 'en', RegExp> = {
  id: /^\s*(ribu|rb|juta|jt|miliar|milyar|triliun)(?![\p{L}\p{N}])/iu,
  en: /^\s*(thousand|million|mln|billion|bn|trillion)(?![\p{L}\p{N}])/iu,
};
/** Korean counts in myriads: 만 10⁴, 억 10⁸, 조 10¹²; 천/백/십 multiply inside a group (5천억 = 5000 × 10⁸). */
const KO_SMALL: Record<string, number> = { 천: 1e3, 백: 1e2, 십: 10 };
const KO_BIG: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };
const KO_UNIT = /^([천백십])?([만억조])?/u;

export function valueKey(v: number): string {
  return `n:${Number(v.toPrecision(12))}`;
}

// ---------- clock times ----------

interface TimeMention {
  start: number;
  end: number;
  text: string;
  h: number;
  min: number;
}

const TIME_PATTERNS: Record<Lang, { re: RegExp; read: (m: RegExpExecArray) => [number, number] }[]> = {
  // "pukul 15.00 WIB", "14:30"
  id: [{ re: /(?<![\d.,])([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d.,]*\d)/gu, read: (m) => [+m[1], +m[2]] }],
  en: [
    { re: /(?<![\d.,])(1[0-2]|0?\d)(?::([0-5]\d))?\s*([ap])\.?m\.?(?![\p{L}])/giu, read: (m) => [+m[1] % 12 + (m[3].toLowerCase() === 'p' ? 12 : 0), +(m[2] ?? 0)] },
    { re: /(?<![\d.,])([01]?\d|2[0-3]):([0-5]\d)(?!\d)/gu, read: (m) => [+m[1], +m[2]] },
  ],
  ko: [
    { re: /(?:(오전|오후)\s*)?(\d{1,2})시(?![간즌])(?:\s*(\d{1,2})분)?/gu, read: (m) => [+m[2] + (m[1] === '오후' && +m[2] < 12 ? 12 : 0), +(m[3] ?? 0)] },
    { re: /(?<![\d.,])([01]?\d|2[0-3]):([0-5]\d)(?!\d)/gu, read: (m) => [+m[1], +m[2]] },
  ],
};

function extractTimes(text: string, lang: Lang): TimeMention[] {
  const out: TimeMention[] = [];
  for (const p of TIME_PATTERNS[lang]) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const [h, min] = p.read(m);
      if (out.some((o) => m!.index < o.end && o.start < m!.index + m![0].length)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], h, min });
    }
  }
  return out;
}

/** Blank out spans (same length, so offsets stay true) that another check owns. */
function mask(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/**
 * Every number in `text` except those inside dates (dateMissing checks those). Clock times are keyed on a
 * 12-hour clock ("15.00" = "3 p.m." = "오후 3시" = "3시"), since a source often leaves out a.m./p.m.
 */
export function extractNumbers(text: string, lang: Lang): NumberMention[] {
  const out: NumberMention[] = [];
  const dates = extractDates(text, lang);
  const times = extractTimes(mask(text, dates), lang);
  for (const t of times) {
    out.push({ text: t.text.trim(), start: t.start, end: t.end, key: `t:${t.h % 12}:${String(t.min).padStart(2, '0')}`, value: NaN });
  }
  const rest = mask(text, [...dates, ...times]);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(rest); m; m = TOKEN.exec(rest)) {
    const start = m.index;
    let end = start + m[0].length;
    const v = parseLocaleNumber(m[0], lang);
    if (v === null) {
      out.push({ text: m[0], start, end, key: `raw:${m[0]}`, value: NaN });
      continue;
    }
    let value = v;
    if (lang === 'ko') {
      [value, end] = readKoreanUnits(rest, v, end);
      TOKEN.lastIndex = end;
    } else {
      const s = SCALE_RE[lang].exec(rest.slice(end));
      if (s) {
        value = v * SCALE_WORDS[lang][s[1].toLowerCase()];
        end += s[0].length;
        TOKEN.lastIndex = end;
      }
    }
    out.push({ text: text.slice(start, end), start, end, key: valueKey(value), value });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "3억5천만", "1조 5천억", "150만": a chain of number+unit groups; returns the value and where the chain ends. */
function readKoreanUnits(text: string, first: number, firstEnd: number): [number, number] {
  let total = 0;
  let group = 0;
  let cur = first;
  let end = firstEnd;
  for (;;) {
    const u = KO_UNIT.exec(text.slice(end))!;
    if (!u[0]) {
      group += cur;
      break;
    }
    group += cur * (u[1] ? KO_SMALL[u[1]] : 1);
    end += u[0].length;
    if (u[2]) {
      total += group * KO_BIG[u[2]];
      group = 0;
    }
    // Continue only into another number that itself carries a unit ("3억 5천만"), never into "3만 10명".
    const next = /^\s?(\d[\d.,]*\d|\d)(?=[천백십만억조])/u.exec(text.slice(end));
    const nv = next ? parseLocaleNumber(next[1], 'ko') : null;
    if (!next || nv === null) break;
    end += next[0].length;
    cur = nv;
  }
  return [total + group, end];
}

const WORDS: Record<Lang, string[][]> = {
  en: [['zero'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine'], ['ten']],
  id: [['nol'], ['satu', 'se'], ['dua'], ['tiga'], ['empat'], ['lima'], ['enam'], ['tujuh'], ['delapan'], ['sembilan'], ['sepuluh']],
  ko: [[], ['한', '하나'], ['두', '둘'], ['세', '셋'], ['네', '넷'], ['다섯'], ['여섯'], ['일곱'], ['여덟'], ['아홉'], ['열']],
};

/** Small whole numbers may be spelt out in the target ("3 orang" → "three people", "두 명"). */
export function spelledOutIn(value: number, text: string, lang: Lang): boolean {
  if (!Number.isInteger(value) || value < 0 || value > 10) return false;
  return WORDS[lang][value].some((w) => {
    if (w === 'se') return false; // "seorang" is too fuzzy to count
    // Korean native numerals stand before a counter after a space: "두 명", "세 차례"; 하나/둘 stand alone.
    const re =
      lang === 'ko'
        ? new RegExp(`(?<![\\p{L}])${w}(?:\\s|(?![\\p{L}]))`, 'u')
        : new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu');
    return re.test(text);
  });
}
