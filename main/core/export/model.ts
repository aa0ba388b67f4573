// The document model every renderer draws from: article HTML (sanitised) → blocks of formatted runs.
import type { Dateline } from '../../../preload/contract/common';
import type { Lang } from '../../../preload/contract/define';
import { decodeEntities } from '../articles/text';
import { datelineLead, parseDateline } from '../articles/dateline';

export interface Run {
  /** Whitespace already collapsed; "\n" alone is a line break (<br>). */
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

export type BlockKind = 'p' | 'h1' | 'h2' | 'h3' | 'li' | 'quote';

/** A point in a block's text where an annotation range starts or ends (DOCX comments). */
export interface Mark {
  at: number;
  kind: 'start' | 'end';
  id: number;
}

export interface Block {
  kind: BlockKind;
  runs: Run[];
  /** For list items: nesting depth (1 = top) and the item's number in its list. */
  list?: { ordered: boolean; depth: number; index: number };
  marks?: Mark[];
}

export interface DocModel {
  lang: Lang;
  title: string;
  byline: string;
  dateline: Dateline;
  blocks: Block[];
}

export function blockText(b: Block): string {
  return b.runs.map((r) => r.text).join('');
}

/** The document's plain text, one line per block: mirrors htmlToPlainText so quote anchors line up. */
export function modelPlainText(blocks: Block[]): string {
  return blocks.map(blockText).join('\n');
}

/**
 * The dateline printed inline at the start of the lead (the first paragraph), bold, exactly as written.
 * A lead that already opens with a credit is left alone; marks in that paragraph shift with its text.
 */
export function withDatelineLead(blocks: Block[], dateline: Dateline): Block[] {
  const lead = datelineLead(dateline);
  if (!lead) return blocks;
  const i = blocks.findIndex((b) => b.kind === 'p');
  const run: Run = { text: lead, bold: true };
  if (i < 0 || (i > 0 && blocks.slice(0, i).some((b) => b.kind !== 'h1' && b.kind !== 'h2' && b.kind !== 'h3'))) {
    return [{ kind: 'p', runs: [run] }, ...blocks];
  }
  const b = blocks[i];
  if (parseDateline(blockText(b))) return blocks;
  const add = lead.length + 1;
  const first = b.runs[0];
  // The space after the credit goes into the following plain run, so the credit alone is bold.
  const runs = first ? [run, { ...first, text: ` ${first.text}` }, ...b.runs.slice(1)] : [run];
  const marks = b.marks?.map((m) => ({ ...m, at: m.at + add }));
  return blocks.map((x, k) => (k === i ? { ...b, runs, ...(marks ? { marks } : {}) } : x));
}

/** Whether the byline line is already part of the printed credit (Korean "(서울=연합뉴스) 김철수 기자 ="). */
export function bylineInLead(m: DocModel): boolean {
  const by = m.byline.trim();
  return !!by && datelineLead(m.dateline).includes(by);
}

const TOKEN = /<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g;

/** Parses HTML that already went through sanitizeBody (well-formed, known tags, quoted attributes). */
export function parseBody(html: string): Block[] {
  const blocks: Block[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let quoteDepth = 0;
  let bold = 0;
  let italic = 0;
  const links: string[] = [];
  let current: Block | null = null;

  const flush = () => {
    if (current) {
      current.runs = normaliseRuns(current.runs);
      if (current.runs.length) blocks.push(current);
    }
    current = null;
  };
  const start = (kind: BlockKind, list?: Block['list']) => {
    flush();
    current = { kind, runs: [], ...(list ? { list } : {}) };
    return current;
  };
  const ensure = (): Block => current ?? start(quoteDepth > 0 ? 'quote' : 'p');
  const push = (text: string) => {
    const run: Run = { text };
    if (bold) run.bold = true;
    if (italic) run.italic = true;
    if (links.length && links[links.length - 1]) run.href = links[links.length - 1];
    ensure().runs.push(run);
  };

  for (const m of html.matchAll(TOKEN)) {
    if (m[4] !== undefined) {
      const text = decodeEntities(m[4]);
      if (!current && !text.trim()) continue;
      push(text);
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    switch (tag) {
      case 'p':
        if (closing) flush();
        else {
          const cur = current as Block | null;
          // <li><p>…</p></li>: the paragraph is the item's text, not a new block.
          if (!(cur && cur.kind === 'li' && cur.runs.length === 0)) start(quoteDepth > 0 ? 'quote' : 'p');
        }
        break;
      case 'h1':
      case 'h2':
      case 'h3':
        if (closing) flush();
        else start(tag);
        break;
      case 'blockquote':
        flush();
        quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
        break;
      case 'ul':
      case 'ol':
        flush();
        if (closing) lists.pop();
        else lists.push({ ordered: tag === 'ol', count: 0 });
        break;
      case 'li': {
        if (closing) {
          flush();
          break;
        }
        const list = lists[lists.length - 1] ?? { ordered: false, count: 0 };
        list.count += 1;
        start('li', { ordered: list.ordered, depth: Math.max(1, lists.length), index: list.count });
        break;
      }
      case 'br':
        push('\n');
        break;
      case 'strong':
        bold = Math.max(0, bold + (closing ? -1 : 1));
        break;
      case 'em':
        italic = Math.max(0, italic + (closing ? -1 : 1));
        break;
      case 'a':
        if (closing) links.pop();
        else links.push(hrefOf(m[3]));
        break;
      default:
        break; // sanitised input has no other tags
    }
  }
  flush();
  return blocks;
}

function hrefOf(attrs: string): string {
  const m = /href\s*=\s*"([^"]*)"/i.exec(attrs) ?? /href\s*=\s*'([^']*)'/i.exec(attrs);
  return m ? decodeEntities(m[1]) : '';
}

const sameFormat = (a: Run, b: Run) => !!a.bold === !!b.bold && !!a.italic === !!b.italic && a.href === b.href;

/** Collapse whitespace across runs the way a browser does, trim the block, merge equal neighbours. */
export function normaliseRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  let atLineStart = true;
  for (const r of runs) {
    if (r.text === '\n') {
      const last = out[out.length - 1];
      if (last && last.text !== '\n') last.text = last.text.replace(/ +$/, '');
      if (!out.length) continue;
      out.push({ ...r });
      atLineStart = true;
      continue;
    }
    let text = r.text.replace(/[ \t\r\n\f]+/g, ' ');
    if (atLineStart) text = text.replace(/^ +/, '');
    const last = out[out.length - 1];
    if (last && last.text !== '\n' && last.text.endsWith(' ')) text = text.replace(/^ +/, '');
    if (!text) continue;
    atLineStart = false;
    if (last && last.text !== '\n' && sameFormat(last, r)) last.text += text;
    else out.push({ ...r, text });
  }
  // Trailing breaks and spaces carry nothing.
  while (out.length) {
    const last = out[out.length - 1];
    if (last.text === '\n') out.pop();
    else {
      last.text = last.text.replace(/ +$/, '');
      if (!last.text) out.pop();
      else break;
    }
  }
  return out.filter((r) => r.text.length > 0);
}

export type Piece = { run: Run } | { mark: Mark };

/** Runs cut at every mark, marks interleaved in order: what a renderer walks to place comment ranges. */
export function piecesWithMarks(runs: Run[], marks: Mark[] = []): Piece[] {
  // At one position: a range that ends closes before the next opens, unless it is the same (empty) range.
  const rank = (m: Mark, other: Mark) => (m.id === other.id ? (m.kind === 'start' ? 0 : 1) : m.kind === 'end' ? 0 : 1);
  const sorted = [...marks].sort((a, b) => a.at - b.at || rank(a, b) - rank(b, a));
  const out: Piece[] = [];
  let pos = 0;
  let mi = 0;
  for (const run of runs) {
    const end = pos + run.text.length;
    let cut = pos;
    while (mi < sorted.length && sorted[mi].at <= end && (sorted[mi].at < end || run === runs[runs.length - 1])) {
      const at = sorted[mi].at;
      if (at > cut) out.push({ run: { ...run, text: run.text.slice(cut - pos, at - pos) } });
      cut = Math.max(cut, at);
      out.push({ mark: sorted[mi] });
      mi++;
    }
    if (end > cut) out.push({ run: { ...run, text: run.text.slice(cut - pos) } });
    pos = end;
  }
  while (mi < sorted.length) out.push({ mark: sorted[mi++] });
  return out;
}
