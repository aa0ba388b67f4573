// Line breaking for the PDF: words kept whole for id/en; Korean may break between Hangul syllables.
export interface Style {
  bold?: boolean;
  italic?: boolean;
  href?: string;
}
export interface Piece {
  text: string;
  style: Style;
}
export type Measure = (text: string, style: Style) => number;

export interface BreakOptions {
  /** 'syllable': a Hangul word may break between syllables to fill the line (Korean print practice);
   *  'word': Hangul words stay whole like Latin ones (CSS keep-all). Over-long words always break. */
  hangul: 'syllable' | 'word';
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;
/** Characters that must not start a line (closing punctuation): no break is offered before them. */
const NO_START = /[.,;:!?)\]}%’”»…·。、，！？）」』〉》]/;

/** Break opportunity between code points a and b (b starts the next unit). */
function canBreakBetween(a: string, b: string, opts: BreakOptions): boolean {
  if (opts.hangul !== 'syllable') return false;
  return HANGUL.test(a) && HANGUL.test(b) && !NO_START.test(b);
}

interface Unit {
  pieces: Piece[];
  /** Whitespace after the unit: drawn inside a line, dropped at its end. */
  space: Piece[];
  hardBreak?: boolean;
}

/** Pieces → units between break opportunities. A "\n" piece is a forced line break. */
export function toUnits(pieces: Piece[], opts: BreakOptions): Unit[] {
  const units: Unit[] = [];
  let cur: Unit = { pieces: [], space: [] };
  const add = (list: Piece[], ch: string, style: Style) => {
    const last = list[list.length - 1];
    if (last && last.style === style) last.text += ch;
    else list.push({ text: ch, style });
  };
  const close = () => {
    if (cur.pieces.length || cur.space.length) units.push(cur);
    cur = { pieces: [], space: [] };
  };
  let prev = '';
  for (const p of pieces) {
    for (const ch of p.text) {
      if (ch === '\n') {
        close();
        units.push({ pieces: [], space: [], hardBreak: true });
        prev = '';
        continue;
      }
      if (ch === ' ') {
        add(cur.space, ch, p.style);
      } else {
        if (cur.space.length || (prev && canBreakBetween(prev, ch, opts))) close();
        add(cur.pieces, ch, p.style);
      }
      prev = ch;
    }
  }
  close();
  return units;
}

const width = (ps: Piece[], m: Measure) => ps.reduce((w, p) => w + m(p.text, p.style), 0);

/** Split an over-long unit by code points so that no part exceeds maxWidth (URLs, long compounds). */
function splitLong(u: Unit, maxWidth: number, m: Measure): Unit[] {
  const out: Unit[] = [];
  let cur: Piece[] = [];
  let w = 0;
  for (const p of u.pieces) {
    for (const ch of p.text) {
      const cw = m(ch, p.style);
      if (w + cw > maxWidth && cur.length) {
        out.push({ pieces: cur, space: [] });
        cur = [];
        w = 0;
      }
      const last = cur[cur.length - 1];
      if (last && last.style === p.style) last.text += ch;
      else cur.push({ text: ch, style: p.style });
      w += cw;
    }
  }
  out.push({ pieces: cur, space: u.space });
  return out;
}

/** Greedy fill: each line is a list of pieces whose width fits maxWidth (trailing spaces removed). */
export function breakLines(pieces: Piece[], maxWidth: number, m: Measure, opts: BreakOptions): Piece[][] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let lineWidth = 0;
  let pendingSpace: Piece[] = [];
  const push = () => {
    lines.push(mergeSameStyle(line));
    line = [];
    lineWidth = 0;
    pendingSpace = [];
  };
  for (const unit of toUnits(pieces, opts)) {
    if (unit.hardBreak) {
      push();
      continue;
    }
    const parts = width(unit.pieces, m) > maxWidth ? splitLong(unit, maxWidth, m) : [unit];
    for (const u of parts) {
      const uw = width(u.pieces, m);
      const sw = width(pendingSpace, m);
      if (line.length && lineWidth + sw + uw > maxWidth) push();
      if (line.length) {
        line.push(...pendingSpace);
        lineWidth += width(pendingSpace, m);
      }
      line.push(...u.pieces);
      lineWidth += uw;
      pendingSpace = u.space;
    }
  }
  if (line.length) push();
  return lines;
}

/** Neighbouring pieces in one style become one (fewer text operations in the PDF). */
function mergeSameStyle(line: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of line) {
    const last = out[out.length - 1];
    if (last && last.style === p.style) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}
