// Sentence ranges that never split inside a quotation, plus the dateline at the top of wire copy.
import type { QuoteSpan } from './marks';
import { isSpace, paragraphs, trimRange, type Range } from './text';

const ABBREV = new Set(
  (
    'dr drs dra prof ir h hj kh st mr mrs ms jr sr gen lt col capt sgt gov sen rep rev no nos jl kec kab kel dkk dll dsb ' +
    'yth vs etc approx inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec mt ft pt tbk cv sh se mm msi ' +
    'mh mba phd spd skom ssos amd dirut kol adm brig maj cmdr supt insp det lt.gen u.s u.k u.n a.m p.m e.g i.e'
  ).split(' '),
);

/** Wire datelines: "MAKASSAR, KOMPAS.com –", "Medan (ANTARA) -", "BUSAN, May 3 (Reuters) -", "(부산=연합뉴스) 김철수 기자 =". */
export function datelineEnd(text: string, all: Range[] = paragraphs(text)): number {
  // Copy often opens with a headline paragraph: the dateline leads one of the first paragraphs, not always the first.
  const paras = all.slice(0, 3);
  for (const p of paras) {
    const at = datelineIn(text, p.start, p.end);
    if (at > p.start) return at;
  }
  return paras[0]?.start ?? 0;
}

function datelineIn(text: string, start: number, end: number): number {
  const head = text.slice(start, Math.min(end, start + 120));
  const ko = /^\([^)\n]{1,40}=[^)\n]{1,20}\)(?:\s*[가-힣]{2,4}(?:\s+[가-힣]{2,4})?\s*(?:기자|특파원))?\s*=\s*/.exec(head);
  if (ko) return start + ko[0].length;
  // "[한국경제]김영희 …": an outlet tag in brackets glued to the first sentence.
  const tag = /^\[[^\]\n:]{1,20}\]\s*(?=\S)/.exec(head);
  if (tag && head.length > tag[0].length + 10) return start + tag[0].length;
  const m = /^((?:[^.!?\n"“”]|\.(?=\S)){2,70}?)\s+[–—-]{1,2}\s+/.exec(head);
  if (m && /[A-Z(]/.test(m[1]) && m[1].split(/\s+/).length <= 9 && (/[,(]/.test(m[1]) || /^[A-Z .]+$/.test(m[1]) || /^[A-Z][\p{L}.]+(?: [A-Z][\p{L}.]+)?$/u.test(m[1]))) {
    return start + m[0].length;
  }
  return start;
}

export function isAbbrev(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase().replace(/\.$/, '');
  if (!word) return false;
  if (word.length === 1 && /\p{Lu}/u.test(text[s])) return true; // an initial: "Sinoeng N. Rachmadi"
  if (ABBREV.has(word)) return true;
  return /^(\p{L}\.)+\p{L}$/u.test(word); // S.H, U.S, M.Si
}

/** Does [from, to) hold a sentence end? Dots of abbreviations and initials ("U.S. Trade Representative") do not count. */
export function hasSentenceBreak(text: string, from: number, to: number): boolean {
  const re = /[.!?](?:\s|(?<=\p{Ll}[.!?])(?=\p{Lu}\p{Ll}))/gu;
  const s = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) if (s[m.index] !== '.' || !isAbbrev(text, from + m.index)) return true;
  return false;
}

const NONE: QuoteSpan[] = [];
const STOPS = new Set(['.', '!', '?', '…', '。'].map((c) => c.charCodeAt(0)));

/** Sentence ranges in document order; a quotation with its attribution stays in one sentence. */
export function splitSentences(text: string, quotes: QuoteSpan[]): Range[] {
  const out: Range[] = [];
  const paras = paragraphs(text);
  const dl = datelineEnd(text, paras);
  const spans = quotes.filter((q) => q.family !== 'single');
  // Each span filed under the paragraph it opens in (binary search, the spans' own order kept): filtering all spans
  // for every paragraph made a 160,000-word article quadratic (paragraphs × quotes).
  const byPara = new Map<number, QuoteSpan[]>();
  for (const q of spans) {
    let lo = 0;
    let hi = paras.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paras[mid].start <= q.open) lo = mid;
      else hi = mid - 1;
    }
    const p = paras[lo];
    if (!p || q.open < p.start || q.open >= p.end) continue;
    const list = byPara.get(lo);
    if (list) list.push(q);
    else byPara.set(lo, [q]);
  }
  for (let pi = 0; pi < paras.length; pi++) {
    const para = paras[pi];
    let start = para.start < dl && dl <= para.end ? dl : para.start;
    const paraSpans = byPara.get(pi) ?? NONE;
    let i = start;
    while (i < para.end) {
      const inQuote = quoteAround(paraSpans, i, para.end);
      if (inQuote) {
        const qEnd = inQuote.close < 0 ? para.end : inQuote.close;
        // A quote that ends in . ! ? and is followed by a capital starts a new sentence after its closing mark.
        // Not when a Korean particle is glued to the mark (”라는 말을 하자): the sentence goes on.
        if (inQuote.close >= 0 && /[.!?…]/.test(text[qEnd - 1] ?? '') && !/[\uac00-\ud7a3]/.test(text[qEnd + 1] ?? '') && startsSentence(text, qEnd + 1, para.end)) {
          pushRange(out, text, start, qEnd + 1);
          start = qEnd + 1;
        }
        i = qEnd + 1;
        continue;
      }
      // A character code, not text[i]: each Hangul text[i] is a new one-letter string (GC work on long articles).
      const code = text.charCodeAt(i);
      if (STOPS.has(code)) {
        const c = text[i];
        let j = i + 1;
        while (j < para.end && /[.!?…)\]]/.test(text[j])) j++;
        if (j >= para.end) break;
        if ((isSpace(text[j]) || gluedStart(text, i, j)) && startsSentence(text, j, para.end) && !(c === '.' && isAbbrev(text, i))) {
          pushRange(out, text, start, j);
          start = j;
        }
        i = j;
        continue;
      }
      i++;
    }
    pushRange(out, text, start, para.end);
  }
  return out;
}

/** The first of the paragraph's quotes (in their order) that `i` is inside; a plain loop since it runs per character. */
function quoteAround(spans: QuoteSpan[], i: number, paraEnd: number): QuoteSpan | undefined {
  for (let k = 0; k < spans.length; k++) {
    const q = spans[k];
    if (i > q.open && i < (q.close < 0 ? paraEnd : q.close)) return q;
  }
  return undefined;
}

/** "…kata Ana Sari.Warga berkumpul": a word ending in lower case, the stop, then a capitalised word with no space
 * between (a lost space or a paragraph joined while typing) is still a sentence end; "Kompas.com", "U.S.", "J.D." are not. */
function gluedStart(text: string, stop: number, next: number): boolean {
  return /\p{Ll}/u.test(text[stop - 1] ?? '') && /^\p{Lu}\p{Ll}/u.test(text.slice(next, next + 2));
}

function startsSentence(text: string, from: number, end: number): boolean {
  let j = from;
  while (j < end && isSpace(text[j])) j++;
  if (j >= end) return false;
  return /[\p{Lu}\p{N}\uac00-\ud7a3"“”‘'「(]/u.test(text[j]);
}

function pushRange(out: Range[], text: string, start: number, end: number): void {
  const r = trimRange(text, start, end);
  if (r.end > r.start) out.push(r);
}
