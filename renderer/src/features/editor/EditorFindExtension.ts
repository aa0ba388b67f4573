// Find & replace inside the TipTap body: matches per paragraph under the find options, decorated, with a current one.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { compileFind, matchText, DEFAULT_FIND, type FindOptions } from './findText';

export interface FindMatch {
  from: number;
  to: number;
  /** The matched text and its capture groups (regex replacements use them). */
  text: string;
  groups: (string | undefined)[];
  /** A little of the paragraph on either side, for the preview list before Replace all. */
  before: string;
  after: string;
}

interface FindState {
  query: string;
  options: FindOptions;
  /** Set when the query is not a valid regular expression. */
  error: string | null;
  matches: FindMatch[];
  current: number;
  decorations: DecorationSet;
}

export const findKey = new PluginKey<FindState>('find');
const CONTEXT = 40;

/** Every match of `query` in the document, in document order (never across blocks). */
export function findMatches(doc: PMNode, query: string, options: FindOptions = DEFAULT_FIND): FindMatch[] | Error {
  const re = compileFind(query, options);
  if (!re) return [];
  if (re instanceof Error) return re;
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
    for (const m of matchText(text, re)) {
      const end = m.index + m.length;
      out.push({
        from: toPos(m.index),
        to: toPos(m.index) + m.length,
        text: text.slice(m.index, end),
        groups: m.groups,
        before: text.slice(Math.max(0, m.index - CONTEXT), m.index),
        after: text.slice(end, end + CONTEXT),
      });
    }
    return false;
  });
  return out;
}

function build(doc: PMNode, query: string, options: FindOptions, current: number): FindState {
  const found = findMatches(doc, query, options);
  const matches = found instanceof Error ? [] : found;
  const cur = matches.length ? Math.min(Math.max(current, 0), matches.length - 1) : -1;
  const decorations = DecorationSet.create(
    doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === cur ? 'find-match current' : 'find-match' })),
  );
  return { query, options, error: found instanceof Error ? found.message : null, matches, current: cur, decorations };
}

type Meta = { query?: string; options?: FindOptions; current?: number };

export const FindReplace = Extension.create({
  name: 'findReplace',
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: () => ({ query: '', options: DEFAULT_FIND, error: null, matches: [], current: -1, decorations: DecorationSet.empty }),
          apply(tr, prev, _old, state) {
            const meta = tr.getMeta(findKey) as Meta | undefined;
            if (meta) return build(state.doc, meta.query ?? prev.query, meta.options ?? prev.options, meta.current ?? prev.current);
            if (!prev.query) return prev;
            // Typing with the panel open: keep the highlights true to the text.
            if (tr.docChanged) return build(state.doc, prev.query, prev.options, prev.current);
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

export function setQuery(tr: Transaction, query: string, options?: FindOptions, current = 0): Transaction {
  return tr.setMeta(findKey, { query, options, current } satisfies Meta);
}

export function setCurrent(tr: Transaction, current: number): Transaction {
  return tr.setMeta(findKey, { current } satisfies Meta);
}
