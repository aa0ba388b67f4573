// ProseMirror side of spellcheck: a document's textblocks as checkable text, the blocks a transaction touched,
// and the squiggle decorations for them from the misspellings already known (pure functions over the document).
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Lang } from '../../../../preload/contract/define';
import type { Misspelling } from '../../../../preload/contract/lang';
import { cache } from './useSpell';

export interface Block {
  pos: number;
  end: number;
  text: string;
  /** Document position of each string offset's run start (inline leaves count as one character). */
  starts: { offset: number; pos: number }[];
}

export interface DecoSpec {
  word: string;
}

/** The squiggles, and the start positions of the textblocks edited since their text was last checked. */
export interface SpellState {
  decos: DecorationSet;
  dirty: number[];
  /**
   * The caret right after typed text (null once it moved elsewhere): a misspelling touching it is the word being
   * typed and gets its squiggle only when the caret moves on — as word processors do. A squiggle there would also be
   * redrawn (and the DOM caret set again) at the next character (see editor/EditorTyping.ts).
   */
  typing: number | null;
}

/** The textblock `node` at `pos`, as checkable text. */
export function blockAt(node: PMNode, pos: number): Block {
  let text = '';
  const starts: Block['starts'] = [];
  node.forEach((child, offset) => {
    starts.push({ offset: text.length, pos: pos + 1 + offset });
    text += child.isText ? child.text! : '\ufffc';
  });
  return { pos, end: pos + node.nodeSize, text, starts };
}

export function blocksOf(doc: PMNode): Block[] {
  const out: Block[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const b = blockAt(node, pos);
    if (b.text.trim()) out.push(b);
    return false;
  });
  return out;
}

/** The textblocks starting at `positions` (positions that no longer start one are dropped), in order. */
export function blocksAt(doc: PMNode, positions: Iterable<number>): Block[] {
  const out: Block[] = [];
  for (const pos of [...new Set(positions)].sort((a, b) => a - b)) {
    const node = pos >= 0 && pos < doc.content.size ? doc.nodeAt(pos) : null;
    if (node?.isTextblock) out.push(blockAt(node, pos));
  }
  return out;
}

/** Start positions (in tr.doc) of every textblock a transaction's steps changed or that holds a change. */
export function touchedBlocks(tr: Transaction): number[] {
  const doc = tr.doc;
  const out = new Set<number>();
  const add = (from: number, to: number) => {
    const a = Math.max(0, Math.min(from, to, doc.content.size));
    const b = Math.min(doc.content.size, Math.max(from, to));
    for (const p of [a, b]) {
      const $p = doc.resolve(p);
      if ($p.parent.isTextblock) out.add($p.before());
    }
    if (b > a) {
      doc.nodesBetween(a, b, (node, pos) => {
        if (!node.isTextblock) return true;
        out.add(pos);
        return false;
      });
    }
  };
  tr.mapping.maps.forEach((map, i) => {
    const rest = tr.mapping.slice(i + 1);
    map.forEach((_oldFrom, _oldTo, from, to) => add(rest.map(from, -1), rest.map(to, 1)));
  });
  return [...out];
}

/** The squiggles for one checked block's misspellings, except one touching `typing` (see SpellState). */
export function blockDecorations(b: Block, known: Misspelling[], typing: number | null = null): Decoration[] {
  return known.filter((m) => typing === null || toPos(b, m.start) > typing || toPos(b, m.end) < typing).map((m) => {
    const spec: DecoSpec = { word: m.word };
    return Decoration.inline(toPos(b, m.start), toPos(b, m.end), { class: 'misspelt', 'data-word': m.word }, spec);
  });
}

export function toPos(b: Block, i: number): number {
  let k = b.starts.length - 1;
  while (k > 0 && b.starts[k].offset > i) k--;
  return b.starts[k].pos + (i - b.starts[k].offset);
}

/** Squiggles for the whole document from the cache; every non-empty block not checked yet is dirty. */
export function decorate(doc: PMNode, lang: Lang | null, typing: number | null = null): SpellState {
  if (!lang) return { decos: DecorationSet.empty, dirty: [], typing };
  const decos: Decoration[] = [];
  const dirty: number[] = [];
  for (const b of blocksOf(doc)) {
    const known = cache.get(lang, b.text);
    if (known) decos.push(...blockDecorations(b, known, typing));
    else dirty.push(b.pos);
  }
  return { decos: DecorationSet.create(doc, decos), dirty, typing };
}

/**
 * Redecorates `blocks` only: a block checked already gets its squiggles from the cache; one not checked yet keeps
 * its previous squiggles (mapped through the edit) except on a word that no longer reads the same, so typing does
 * not make the others flicker, and stays (or becomes) dirty.
 */
export function redecorate(
  doc: PMNode,
  lang: Lang,
  decos: DecorationSet,
  blocks: Block[],
  dirty: Set<number>,
  typing: number | null = null,
): DecorationSet {
  const remove: Decoration[] = [];
  const add: Decoration[] = [];
  for (const b of blocks) {
    const old = decos.find(b.pos, b.end);
    const known = b.text.trim() ? cache.get(lang, b.text) : [];
    if (known) {
      remove.push(...old);
      add.push(...blockDecorations(b, known, typing));
      dirty.delete(b.pos);
    } else {
      for (const d of old) if (doc.textBetween(d.from, d.to) !== (d.spec as DecoSpec).word) remove.push(d);
      dirty.add(b.pos);
    }
  }
  let out = remove.length ? decos.remove(remove) : decos;
  if (add.length) out = out.add(doc, add);
  return out;
}
