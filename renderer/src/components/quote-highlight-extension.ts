// Quote highlights in the TipTap body: plain-text anchors (main's htmlToPlainText offsets) become inline decorations.
import { Extension, type Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** What the editor needs to draw one quote. */
export interface QuoteMark {
  id: string;
  start: number;
  end: number;
  exact: string;
  kind: 'direct' | 'indirect';
  color: string;
  status: 'suggested' | 'confirmed' | 'rejected';
  needsReview: boolean;
}

interface HighlightState {
  marks: QuoteMark[];
  selected: string | null;
  decorations: DecorationSet;
}

export const quoteHighlightKey = new PluginKey<HighlightState>('quoteHighlight');

/**
 * The document's text exactly as main computes it from the HTML (one line per textblock, runs of spaces/tabs
 * collapsed, lines trimmed, empty lines dropped, a hard break starts a line), with the document position of every
 * character. '\n' separators map to the position just after the previous line.
 */
export function docText(doc: PMNode): { text: string; pos: number[] } {
  const lines: { chars: string[]; pos: number[] }[] = [];
  doc.descendants((node, at) => {
    if (!node.isTextblock) return true;
    let line = { chars: [] as string[], pos: [] as number[] };
    lines.push(line);
    node.forEach((child, offset) => {
      const p = at + 1 + offset;
      if (child.isText) {
        const s = child.text!;
        for (let i = 0; i < s.length; i++) {
          line.chars.push(s[i]);
          line.pos.push(p + i);
        }
      } else if (child.type.name === 'hardBreak') {
        line = { chars: [], pos: [] };
        lines.push(line);
      }
    });
    return false;
  });
  let text = '';
  const pos: number[] = [];
  for (const l of lines) {
    // Collapse [ \t\r]+ to one space, then trim: the same normalisation as htmlToPlainText.
    const chars: string[] = [];
    const at: number[] = [];
    for (let i = 0; i < l.chars.length; i++) {
      const c = /[ \t\r]/.test(l.chars[i]) ? ' ' : l.chars[i];
      if (c === ' ' && (chars.length === 0 || chars[chars.length - 1] === ' ')) continue;
      chars.push(c);
      at.push(l.pos[i]);
    }
    if (chars[chars.length - 1] === ' ') {
      chars.pop();
      at.pop();
    }
    if (!chars.length) continue;
    if (text) {
      text += '\n';
      pos.push(pos[pos.length - 1] + 1);
    }
    text += chars.join('');
    pos.push(...at);
  }
  return { text, pos };
}

/** Where a quote is in the current text: at its offsets, else the nearest occurrence of its text, else its offsets. */
export function locate(text: string, m: Pick<QuoteMark, 'start' | 'end' | 'exact'>): [number, number] | null {
  if (m.exact && text.slice(m.start, m.end) === m.exact) return [m.start, m.end];
  if (m.exact) {
    let best = -1;
    for (let i = text.indexOf(m.exact); i >= 0; i = text.indexOf(m.exact, i + 1)) {
      if (best < 0 || Math.abs(i - m.start) < Math.abs(best - m.start)) best = i;
    }
    if (best >= 0) return [best, best + m.exact.length];
  }
  const start = Math.min(m.start, text.length);
  const end = Math.min(Math.max(m.end, start), text.length);
  return end > start ? [start, end] : null;
}

function build(doc: PMNode, marks: QuoteMark[], selected: string | null): DecorationSet {
  if (!marks.length) return DecorationSet.empty;
  const { text, pos } = docText(doc);
  const decos: Decoration[] = [];
  for (const m of marks) {
    if (m.status === 'rejected') continue;
    const r = locate(text, m);
    if (!r) continue;
    // A quote may span lines (rare); decorate each line's part so no decoration crosses a block boundary.
    let s = r[0];
    while (s < r[1]) {
      let e = text.indexOf('\n', s);
      if (e < 0 || e > r[1]) e = r[1];
      if (e > s) {
        const cls = ['quote-hl', `quote-${m.kind}`, `quote-${m.status}`];
        if (m.needsReview) cls.push('quote-review');
        if (m.id === selected) cls.push('quote-selected');
        decos.push(
          Decoration.inline(pos[s], pos[e - 1] + 1, {
            class: cls.join(' '),
            style: `--quote-color: ${m.color}`,
            'data-quote-id': m.id,
          }),
        );
      }
      s = e + 1;
    }
  }
  return DecorationSet.create(doc, decos);
}

type Meta = { marks?: QuoteMark[]; selected?: string | null };

export const QuoteHighlight = Extension.create({
  name: 'quoteHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: quoteHighlightKey,
        state: {
          init: () => ({ marks: [], selected: null, decorations: DecorationSet.empty }),
          apply(tr, prev, _old, state) {
            const meta = tr.getMeta(quoteHighlightKey) as Meta | undefined;
            if (meta) {
              const marks = meta.marks ?? prev.marks;
              const selected = meta.selected !== undefined ? meta.selected : prev.selected;
              return { marks, selected, decorations: build(state.doc, marks, selected) };
            }
            // Typing: the highlights move with the text until the next anchors arrive from main.
            if (tr.docChanged && prev.marks.length)
              return { ...prev, decorations: prev.decorations.map(tr.mapping, tr.doc) };
            return prev;
          },
        },
        props: {
          decorations: (state) => quoteHighlightKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },
});

/** Show these quotes in the editor (an empty list clears the highlights); `selected` gets an outline. */
export function setQuoteMarks(editor: Editor, marks: QuoteMark[], selected: string | null): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(
    editor.state.tr
      .setMeta(quoteHighlightKey, { marks, selected } satisfies Meta)
      .setMeta('addToHistory', false),
  );
}
