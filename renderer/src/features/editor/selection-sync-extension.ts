// Keeps ProseMirror's selection in step with the caret the user sees (the DOM selection) before anything acts on it.
//
// Why: ProseMirror learns where a click put the caret only from the document's `selectionchange` event, a task that
// Chromium may run AFTER the next key event (input is scheduled first; a busy renderer or a fast typist makes the
// gap real). Until then the state still holds the old caret — for a freshly opened article, the very start. So
// "click at the end, Enter, type" split the paragraph at its start and the typed words landed before the text
// (test/e2e/caret.spec.ts). And a redraw in that gap (a spellcheck result or quote anchors arriving) writes the
// stale state caret back into the DOM, throwing the click away. Two guards, one rule (the DOM caret wins):
// - keydown / paste / cut: the state is brought up to the DOM caret before ProseMirror's own handling and keymaps;
// - a transaction that changes neither the document nor the selection (decorations, meta) carries the DOM caret,
//   so the redraw it causes keeps the caret where the user put it.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, Selection, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

export const selectionSyncKey = new PluginKey('selectionSync');

/** Focus/pointer times, to leave ProseMirror's own "Chrome put the caret at the start on focus" repair alone. */
const lastFocus = new WeakMap<EditorView, { focus: number; pointer: number }>();

/**
 * The DOM selection as a selection of view.state.doc when it differs from the state's (a text selection), else
 * null. Null too while composing (IME owns the DOM then), without focus (the DOM selection is not the editor's),
 * and when the DOM selection is outside the document's content.
 */
export function staleSelection(view: EditorView): Selection | null {
  const { state } = view;
  if (view.isDestroyed || view.composing || !view.hasFocus() || !(state.selection instanceof TextSelection)) return null;
  const sel = view.dom.ownerDocument.getSelection();
  if (!sel || !sel.anchorNode || !sel.focusNode) return null;
  if (!view.dom.contains(sel.anchorNode) || !view.dom.contains(sel.focusNode)) return null;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(sel.anchorNode, sel.anchorOffset);
    head = view.posAtDOM(sel.focusNode, sel.focusOffset);
  } catch {
    return null; // inside a widget or node view's own DOM: ProseMirror's reading stands
  }
  const size = state.doc.content.size;
  if (anchor < 0 || head < 0 || anchor > size || head > size) return null;
  if (anchor === state.selection.anchor && head === state.selection.head) return null;
  // ProseMirror moves a caret that Chrome reset to the start on (keyboard) focus back to the state's: keep that.
  const t = lastFocus.get(view);
  const now = Date.now();
  if (t && now - t.focus < 200 && now - t.pointer > 300 && anchor === head && head === Selection.atStart(state.doc).from) {
    return null;
  }
  const next = TextSelection.between(state.doc.resolve(anchor), state.doc.resolve(head));
  return next.eq(state.selection) ? null : next;
}

/** Brings view.state's selection up to the DOM caret now, if it lags. Returns the (possibly new) caret head. */
export function syncSelectionFromDom(view: EditorView): number {
  const next = staleSelection(view);
  if (next) view.dispatch(view.state.tr.setSelection(next).setMeta(selectionSyncKey, true).setMeta('addToHistory', false));
  return view.state.selection.head;
}

export const SelectionSync = Extension.create({
  name: 'selectionSync',
  // First among the plugins: its handlers run before the keymaps and before TipTap's focus transaction.
  priority: 1000,
  addProseMirrorPlugins() {
    let view: EditorView | null = null;
    const sync = (v: EditorView) => {
      syncSelectionFromDom(v);
      return false; // ProseMirror and the keymaps handle the event, now from the right caret
    };
    const times = (v: EditorView) => {
      let t = lastFocus.get(v);
      if (!t) lastFocus.set(v, (t = { focus: 0, pointer: 0 }));
      return t;
    };
    return [
      new Plugin({
        key: selectionSyncKey,
        view(v) {
          view = v;
          return { destroy: () => void (view = null) };
        },
        props: {
          handleDOMEvents: {
            keydown: sync,
            paste: sync,
            cut: sync,
            focus: (v) => {
              times(v).focus = Date.now();
              return false;
            },
            mousedown: (v) => {
              times(v).pointer = Date.now();
              return false;
            },
          },
        },
        appendTransaction(trs, _old, next) {
          // Only for transactions applied to the view's own document (not e.g. a command dry run on another state).
          if (!view || next.doc !== view.state.doc || trs.some((tr) => tr.docChanged || tr.selectionSet)) return null;
          const sel = staleSelection(view);
          return sel ? next.tr.setSelection(sel).setMeta(selectionSyncKey, true).setMeta('addToHistory', false) : null;
        },
      }),
    ];
  },
});
