// Top-level blocks of normalised article HTML, their text, and trimming a prefix off a block's text.
import { decodeEntities } from '../articles/text';

export interface Block {
  tag: string;
  /** The whole element, e.g. "<p>…</p>". */
  html: string;
}

const TAG = /<(\/?)([a-z0-9]+)[^>]*>/g;

/** Splits well-nested HTML (normaliseBlocks output) into its top-level elements. */
export function splitBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let depth = 0;
  let start = 0;
  let tag = '';
  for (const m of html.matchAll(TAG)) {
    const [whole, slash, name] = m;
    if (name === 'br') continue;
    if (!slash) {
      if (depth === 0) {
        start = m.index;
        tag = name;
      }
      depth++;
    } else {
      depth--;
      if (depth === 0) blocks.push({ tag, html: html.slice(start, m.index + whole.length) });
    }
  }
  return blocks;
}

export function innerHtml(block: Block): string {
  return block.html.slice(block.tag.length + 2, block.html.length - block.tag.length - 3);
}

/** The block's text as the reader sees it, <br> as "\n", spaces not collapsed (offsets match stripText). */
export function blockRawText(block: Block): string {
  return decodeEntities(innerHtml(block).replace(/<br>/g, '\n').replace(/<[^>]+>/g, ''));
}

const UNIT = /<br>|<[^>]+>|&(?:#x[0-9a-f]+|#\d+|[a-z]+);|[\s\S]/gi;

/** Removes the first `n` characters of text (as counted by blockRawText) from a block, keeping its tags. */
export function stripText(block: Block, n: number): Block {
  const out: string[] = [];
  let left = n;
  let trimming = true;
  for (const m of innerHtml(block).matchAll(UNIT)) {
    const u = m[0];
    const isTag = u.length > 1 && u[0] === '<' && u !== '<br>';
    if (isTag) {
      out.push(u);
      continue;
    }
    if (left > 0) {
      // A decoded entity may be two UTF-16 units (astral code point).
      left -= u[0] === '&' ? decodeEntities(u).length : u === '<br>' ? 1 : u.length;
      continue;
    }
    if (trimming && (u === '<br>' || /^\s$/.test(u) || u === '&nbsp;')) continue;
    trimming = false;
    out.push(u);
  }
  const inner = out.join('').replace(/<(strong|em)>\s*<\/\1>/g, '').replace(/<a [^>]*>\s*<\/a>/g, '');
  return { tag: block.tag, html: `<${block.tag}>${inner}</${block.tag}>` };
}

export function isEmptyBlock(block: Block): boolean {
  return blockRawText(block).trim() === '';
}
