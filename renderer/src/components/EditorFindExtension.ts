// Find & replace inside the TipTap body: case-insensitive matches per paragraph, decorated, with a current one.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface FindMatch {
  from: number;
  to: number;
}

interface FindState {
  query: string;
  matches: FindMatch[];
  current: number;
  decorations: DecorationSet;
}

export const findKey = new PluginKey<FindState>('find');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every case-insensitive occurrence of `query` in the document, in document order (never across blocks). */
export function findMatches(doc: PMNode, query: string): FindMatch[] {
  if (!query) return [];
  const re = new RegExp(escapeRegExp(query.normalize('NFC')), 'giu');
  const out: FindMatch[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // Text of the block with a map from string offset to document position (inline leaves become U+FFFC).
    let text = '';
    const starts: { offset: number; pos: number }[] = [];
    node.forEach((child, offset) => {
      starts.push({ offset: text.length, pos: pos + 1 + offset });
      text += child.isText ? child.text! : '\ufffc';
    });
    const toPos = (i: number) => {
      let k = starts.length - 1;
      while (k > 0 && starts[k].offset > i) k--;
      return starts[k].pos + (i - starts[k].offset);
    };
    for (const m of text.matchAll(re)) {
      if (!m[0].length) continue;
      out.push({ from: toPos(m.index), to: toPos(m.index) + m[0].length });
    }
    return false;
  });
  return out;
}

function build(doc: PMNode, query: string, current: number): FindState {
  const matches = findMatches(doc, query);
  const cur = matches.length ? Math.min(Math.max(current, 0), matches.length - 1) : -1;
  const decorations = DecorationSet.create(
    doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === cur ? 'find-match current' : 'find-match' })),
  );
  return { query, matches, current: cur, decorations };
}

type Meta = { query?: string; current?: number };

export const FindReplace = Extension.create({
  name: 'findReplace',
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: () => ({ query: '', matches: [], current: -1, decorations: DecorationSet.empty }),
          apply(tr, prev, _old, state) {
            const meta = tr.getMeta(findKey) as Meta | undefined;
            if (meta) return build(state.doc, meta.query ?? prev.query, meta.current ?? prev.current);
            if (!prev.query) return prev;
            // Typing with the panel open: keep the highlights true to the text.
            if (tr.docChanged) return build(state.doc, prev.query, prev.current);
            return prev;
          },
        },
        props: {
          decorations: (state) => findKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },
});

export function findState(state: EditorState): FindState | undefined {
  return findKey.getState(state);
}

export function setQuery(tr: Transaction, query: string, current = 0): Transaction {
  return tr.setMeta(findKey, { query, current } satisfies Meta);
}

export function setCurrent(tr: Transaction, current: number): Transaction {
  return tr.setMeta(findKey, { current } satisfies Meta);
}
