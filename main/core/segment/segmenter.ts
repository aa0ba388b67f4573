// Sentence segmentation: Intl.Segmenter proposes breaks, the language's rules and the quote pass decide.
import type { Lang } from '../../../preload/contract/define';
import { rulesFor, type CompiledRules } from './rules';
import { scanQuotes } from './quotes';

/** One sentence: `text` is exactly `input.slice(start, end)` (UTF-16 offsets), trimmed of white space. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A sentence plus the index of the paragraph (non-empty line) it belongs to. */
export interface ParagraphSentence extends Sentence {
  paragraph: number;
}

/** Rules look at most this far either side of a break; no rule needs more context. */
const WINDOW = 120;
/** Sentence-final punctuation plus closing marks, followed by space: extra candidates so break rules can add breaks. */
const EXTRA_CANDIDATE = /[.!?…。！？][\p{Pe}\p{Pf}"'»」』]*(?=\s)/gu;

const segmenters = new Map<Lang, Intl.Segmenter>();

function segmenterFor(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Sentences of `text` in reading order. A "\n" always ends a segment; empty lines yield nothing. */
export function segmentText(text: string, lang: string): Sentence[] {
  return segmentParagraphs(text, lang).map(({ text: t, start, end }) => ({ text: t, start, end }));
}

export function segmentParagraphs(text: string, lang: string): ParagraphSentence[] {
  const rules = rulesFor(lang);
  const out: ParagraphSentence[] = [];
  let paragraph = 0;
  let base = 0;
  for (const line of text.split('\n')) {
    let any = false;
    let from = 0;
    for (const to of [...sentenceBreaks(line, rules), line.length]) {
      const s = trimmed(line, from, to);
      from = to;
      if (!s) continue;
      out.push({ text: s.text, start: base + s.start, end: base + s.end, paragraph });
      any = true;
    }
    if (any) paragraph++;
    base += line.length + 1;
  }
  return out;
}

/** Break offsets inside one paragraph, ascending, each at the end of a sentence's last mark (before spaces). */
export function sentenceBreaks(para: string, rules: CompiledRules): number[] {
  if (!para.trim()) return [];
  const candidates = new Map<number, boolean>(); // offset → proposed by Intl.Segmenter
  for (const { index } of segmenterFor(rules.lang).segment(para)) {
    const q = backOverSpace(para, index);
    if (q > 0 && index < para.length) candidates.set(q, true);
  }
  for (const m of para.matchAll(EXTRA_CANDIDATE)) {
    const q = (m.index ?? 0) + m[0].length;
    if (!candidates.has(q)) candidates.set(q, false);
  }
  let breaks = [...candidates.keys()]
    .sort((a, b) => a - b)
    .filter((q) => decide(para, q, candidates.get(q) === true, rules));

  const { spans, openers } = scanQuotes(para, rules.quotes);
  // A quote followed by its attribution is one unit for the translator: the target language may have to wrap
  // the attribution around the whole passage (Korean: “…. ….”라고 그는 말했다).
  for (const s of spans) {
    if (s.attributed) breaks = breaks.filter((b) => b <= s.open || b > s.close + 1);
  }
  // A break proposed right after an opening mark (말했다.“좋다 …) belongs before that mark.
  const moved: number[] = [];
  for (const b of breaks) {
    const q = openers.has(b - 1) ? backOverSpace(para, b - 1) : b;
    if (q > (moved.at(-1) ?? 0)) moved.push(q);
  }
  return moved;
}

function decide(para: string, q: number, proposed: boolean, rules: CompiledRules): boolean {
  const before = para.slice(Math.max(0, q - WINDOW), q);
  const after = para.slice(q, q + WINDOW);
  for (const r of rules.rules) {
    if (r.before.test(before) && r.after.test(after)) return r.break;
  }
  return proposed;
}

function backOverSpace(s: string, i: number): number {
  while (i > 0 && /\s/u.test(s[i - 1])) i--;
  return i;
}

function trimmed(s: string, from: number, to: number): Sentence | null {
  let a = from;
  let b = to;
  while (a < b && /\s/u.test(s[a])) a++;
  while (b > a && /\s/u.test(s[b - 1])) b--;
  return a < b ? { text: s.slice(a, b), start: a, end: b } : null;
}
