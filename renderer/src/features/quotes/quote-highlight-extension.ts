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
  const parts: string[] = [];
  const pos: number[] = [];
  let line = '';
  let lineAt: number[] = [];
  // Ends the current line: trailing space dropped, empty lines skipped, '\n' between lines.
  const endLine = () => {
    if (line.endsWith(' ')) {
      line = line.slice(0, -1);
      lineAt.pop();
    }
    if (line) {
      if (parts.length) {
        parts.push('\n');
        pos.push(pos[pos.length - 1] + 1);
      }
      parts.push(line);
      for (const p of lineAt) pos.push(p);
    }
    line = '';
    lineAt = [];
  };
  doc.descendants((node, at) => {
    if (!node.isTextblock) return true;
    node.forEach((child, offset) => {
      const p = at + 1 + offset;
      if (child.isText) {
        // Collapse [ \t\r]+ to one space, no space at a line start: the normalisation of htmlToPlainText.
        const s = child.text!;
        let run = '';
        for (let i = 0; i < s.length; i++) {
          const c = s.charCodeAt(i);
          if (c === 32 || c === 9 || c === 13) {
            if (!(line.length + run.length) || (run ? run.endsWith(' ') : line.endsWith(' '))) continue;
            run += ' ';
          } else run += s[i];
          lineAt.push(p + i);
        }
        line += run;
      } else if (child.type.name === 'hardBreak') endLine();
    });
    endLine();
    return false;
  });
  return { text: parts.join(''), pos };
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

/** The attributes of a quote's highlight; `key` tells whether a drawn highlight still looks right. */
function attrsOf(m: QuoteMark, selected: string | null): { class: string; style: string; key: string } {
  const cls = ['quote-hl', `quote-${m.kind}`, `quote-${m.status}`];
  if (m.needsReview) cls.push('quote-review');
  if (m.id === selected) cls.push('quote-selected');
  const style = `--quote-color: ${m.color}`;
  return { class: cls.join(' '), style, key: `${cls.join(' ')}|${style}` };
}

/** One highlight decoration; its spec names the quote and how it looked when drawn. */
function highlight(from: number, to: number, m: QuoteMark, selected: string | null): Decoration {
  const { key, ...attrs } = attrsOf(m, selected);
  return Decoration.inline(from, to, { ...attrs, 'data-quote-id': m.id }, { quoteId: m.id, key });
}

/** The highlight of one quote, located in the document's text; one decoration per line it covers. */
function decorate(text: { text: string; pos: number[] }, m: QuoteMark, selected: string | null): Decoration[] {
  const r = locate(text.text, m);
  if (!r) return [];
  const out: Decoration[] = [];
  // A quote may span lines (rare); decorate each line's part so no decoration crosses a block boundary.
  let s = r[0];
  while (s < r[1]) {
    let e = text.text.indexOf('\n', s);
    if (e < 0 || e > r[1]) e = r[1];
    if (e > s) out.push(highlight(text.pos[s], text.pos[e - 1] + 1, m, selected));
    s = e + 1;
  }
  return out;
}

/**
 * The highlights for `marks` on `doc`, reusing those already drawn (mapped through the typing since): a quote
 * whose one highlight still covers exactly its text and looks the same keeps it. Only the others are located in
 * the document's text, which is computed only if one needs it: a reload of the anchors after a save of a long
 * article costs nothing per unchanged quote.
 */
function build(doc: PMNode, prev: DecorationSet, marks: QuoteMark[], selected: string | null): DecorationSet {
  if (!marks.length) return DecorationSet.empty;
  const drawn = new Map<string, Decoration[]>();
  for (const d of prev.find()) {
    const id = (d.spec as { quoteId: string }).quoteId;
    drawn.set(id, [...(drawn.get(id) ?? []), d]);
  }
  let text: { text: string; pos: number[] } | null = null;
  const remove: Decoration[] = [];
  const add: Decoration[] = [];
  const wanted = new Set<string>();
  for (const m of marks) {
    if (m.status === 'rejected') continue;
    wanted.add(m.id);
    const old = drawn.get(m.id);
    if (old) remove.push(...old);
    if (old?.length === 1 && m.exact && doc.textBetween(old[0].from, old[0].to) === m.exact) {
      // Still on its text: kept as drawn, or redrawn in place when its look changed (selection, status, colour).
      if ((old[0].spec as { key: string }).key === attrsOf(m, selected).key) remove.pop();
      else add.push(highlight(old[0].from, old[0].to, m, selected));
      continue;
    }
    text ??= docText(doc);
    add.push(...decorate(text, m, selected));
  }
  for (const [id, ds] of drawn) if (!wanted.has(id)) remove.push(...ds);
  let out = remove.length ? prev.remove(remove) : prev;
  if (add.length) out = out.add(doc, add);
  return out;
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
              return { marks, selected, decorations: build(state.doc, prev.decorations, marks, selected) };
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
