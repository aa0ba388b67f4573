// Finds quoted spans: “ ” " " „ « » ‘ ’ ' 「 」 and their mixtures, including quotes that run over paragraphs.
import { isHangul, isSpace, paragraphs, trimRange, type Range } from './text';
import { SpanIndex } from './span-index';

export type QuoteFamily = 'double' | 'single' | 'corner';

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark; -1 when the quote runs unclosed to the end of its (last) paragraph. */
  close: number;
  /** The quoted content without the marks, trimmed. */
  start: number;
  end: number;
  family: QuoteFamily;
  /** The opening mark is the first character of its paragraph. */
  atParaStart: boolean;
  /** How many paragraphs the quote covers (more than one: the classic "open, no close, reopen" run). */
  paragraphs: number;
}

const DOUBLE = new Set(['"', '“', '”', '„', '‟', '«', '»', '＂']);
const DOUBLE_CODES = new Set([...DOUBLE].map((c) => c.charCodeAt(0)));
const CORNER_OPEN = '「'.charCodeAt(0);
const CORNER_CLOSE = '」'.charCodeAt(0);
const OPEN_GLYPH = new Set(['“', '„', '‟', '«']);
const CLOSE_GLYPH = new Set(['”', '»']);
const SINGLE = new Set(["'", '‘', '’', '‚']);
const SINGLE_CODES = new Set([...SINGLE].map((c) => c.charCodeAt(0)));
const BEFORE_OPEN = /[\s([{—–\-/:;]/;
const AFTER_CLOSE = /[.,;:!?)\]}…—–\-'’‘]/;

type Dir = 'open' | 'close' | 'either';

/** Which way a mark faces, from its neighbours; the glyph only breaks ties (writers mix “ ” and " freely). */
function direction(text: string, i: number, para: Range): Dir {
  const prev = i > para.start ? text[i - 1] : '';
  const next = i + 1 < para.end ? text[i + 1] : '';
  const canOpen = (prev === '' || BEFORE_OPEN.test(prev) || SINGLE.has(prev)) && next !== '' && !isSpace(next);
  // Korean glues particles to the closing mark (”라고), so a following Hangul letter still allows a close.
  const canClose = prev !== '' && !isSpace(prev) && (next === '' || isSpace(next) || AFTER_CLOSE.test(next) || isHangul(next));
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  if (OPEN_GLYPH.has(text[i])) return 'open';
  if (CLOSE_GLYPH.has(text[i])) return 'close';
  return 'either';
}

interface Pending {
  open: number;
  atParaStart: boolean;
  paragraphs: number;
  lastPara: Range;
}

export function scanQuotes(text: string): QuoteSpan[] {
  const paras = paragraphs(text);
  const out: QuoteSpan[] = [];
  let carry = null as Pending | null;

  const emit = (p: Pending, close: number, endExclusive: number, family: QuoteFamily) => {
    const r = noTrailingComma(text, trimRange(text, p.open + 1, endExclusive));
    if (r.end > r.start) out.push({ open: p.open, close, start: r.start, end: r.end, family, atParaStart: p.atParaStart, paragraphs: p.paragraphs });
  };
  // An unclosed quote counts only when it opened its paragraph: a stray mark mid-sentence is noise, not speech.
  const emitUnclosed = (p: Pending) => {
    if (p.atParaStart) emit(p, -1, p.lastPara.end, 'double');
  };

  for (const para of paras) {
    let open: Pending | null = null;
    let i = para.start;
    const prev: Pending | null = carry;
    if (prev) {
      if (DOUBLE.has(text[para.start]) && direction(text, para.start, para) !== 'close') {
        open = { ...prev, paragraphs: prev.paragraphs + 1, lastPara: para };
        i = para.start + 1;
      } else if (!prev.atParaStart && firstMarkCloses(text, para)) {
        // A line break inside a quote ("“어이가 없다. … 잘했다.¶죄 없는 … 같다”고 말했다"): the next paragraph's first
        // mark closes it, so the quote runs on.
        open = { ...prev, paragraphs: prev.paragraphs + 1, lastPara: para };
      } else emitUnclosed(prev);
      carry = null;
    }
    for (; i < para.end; i++) {
      // Character codes, not text[i]: each Hangul text[i] is a new one-letter string (~700,000 for 160,000 words).
      const code = text.charCodeAt(i);
      if (code === CORNER_OPEN) {
        // Searched within the paragraph only: indexOf over the rest of the text made every unclosed 「 a scan to the end.
        let close = -1;
        for (let j = i + 1; j < para.end; j++) {
          if (text.charCodeAt(j) === CORNER_CLOSE) {
            close = j;
            break;
          }
        }
        if (close > 0 && !open) {
          emit({ open: i, atParaStart: i === para.start, paragraphs: 1, lastPara: para }, close, close, 'corner');
          i = close;
        }
        continue;
      }
      if (!DOUBLE_CODES.has(code)) continue;
      const c = text[i];
      const dir = direction(text, i, para);
      if (!open) {
        if (dir !== 'close' || OPEN_GLYPH.has(c)) open = { open: i, atParaStart: i === para.start, paragraphs: 1, lastPara: para };
        continue;
      }
      if (dir !== 'open' || CLOSE_GLYPH.has(c)) {
        emit(open, i, i, 'double');
        open = null;
      } else {
        // Two openers in a row: the first was a stray mark.
        open = { open: i, atParaStart: i === para.start, paragraphs: 1, lastPara: para };
      }
    }
    if (open) carry = { ...open, lastPara: para };
  }
  if (carry) emitUnclosed(carry);

  // Indexed by position: filtering every double span for each paragraph with a single mark grew with paragraphs × quotes.
  const doubles = new SpanIndex(out);
  for (const para of paras) if (hasCode(text, para, SINGLE_CODES)) scanSingles(text, para, doubles, out);
  return out.sort((a, b) => a.open - b.open);
}

/** “Harga sudah turun,” kata X: the comma before the closing mark joins the attribution; it is no part of the quote. */
function noTrailingComma(text: string, r: Range): Range {
  let end = r.end;
  while (end > r.start && /[,，、]/.test(text[end - 1])) end--;
  while (end > r.start && isSpace(text[end - 1])) end--;
  return { start: r.start, end };
}

/** Does the paragraph hold one of these characters? (No slice of the paragraph, no regex: this runs per paragraph.) */
function hasCode(text: string, para: Range, codes: Set<number>): boolean {
  for (let i = para.start; i < para.end; i++) if (codes.has(text.charCodeAt(i))) return true;
  return false;
}

/** Is the first double mark of the paragraph a closing one (facing left, and not a glyph that only opens)? */
function firstMarkCloses(text: string, para: Range): boolean {
  for (let i = para.start; i < para.end; i++) {
    if (!DOUBLE.has(text[i])) continue;
    return !OPEN_GLYPH.has(text[i]) && direction(text, i, para) === 'close';
  }
  return false;
}

/** Single quotes, outside double-quoted spans; apostrophes (Jum’at, don’t, Kim’s) are not marks. */
function scanSingles(text: string, para: Range, doubles: SpanIndex, out: QuoteSpan[]): void {
  let open = -1;
  for (let i = para.start; i < para.end; i++) {
    if (!SINGLE_CODES.has(text.charCodeAt(i)) || doubles.coversInclusive(i)) continue;
    const c = text[i];
    const prev = i > para.start ? text[i - 1] : '';
    const next = i + 1 < para.end ? text[i + 1] : '';
    const opener = c !== '’' || prev === '' ? (prev === '' || BEFORE_OPEN.test(prev) || DOUBLE.has(prev)) && next !== '' && !isSpace(next) : false;
    const closer =
      c !== '‘' && prev !== '' && !isSpace(prev) && (next === '' || isSpace(next) || AFTER_CLOSE.test(next) || isHangul(next) || DOUBLE.has(next));
    if (open < 0) {
      if (opener) open = i;
    } else if (closer) {
      const r = noTrailingComma(text, trimRange(text, open + 1, i));
      if (r.end > r.start) {
        out.push({ open, close: i, start: r.start, end: r.end, family: 'single', atParaStart: open === para.start, paragraphs: 1 });
      }
      open = -1;
    }
  }
}
