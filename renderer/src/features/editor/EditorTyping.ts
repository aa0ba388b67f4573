// Typed characters go into the document through ProseMirror, not through the browser's contenteditable editing.
//
// ProseMirror leaves a character typed at a caret to the browser and reads the change back from the DOM. Chromium's
// native insertion costs time in proportion to the whole editable body (measured: ~2 ms per key at 10,000 words,
// ~14 ms at 50,000), so a long article typed slower than 60 fps. Inserting through a transaction costs the same at
// any length. This is what ProseMirror itself does for a typed character over a selection across blocks; input
// rules still run (handleTextInput). Composition (IME: Korean Hangul input) never comes here: no keypress fires.
// Only when the state's caret is the one on screen; otherwise the browser inserts as before.
//
// The caret: redrawing the text node would put the DOM caret back to the node's start, and setting it again during
// a key event makes Chromium rebuild the input method's view of the whole editable body (its plain text and the
// caret's offset in it: 2 ms at 10,000 words, 6–8 ms at 50,000, see the bench's chromiumBare figures). So the
// character is first written into the caret's own text node so that the DOM's live-range rules carry the caret past
// it; ProseMirror then finds that text node already showing its new text and the DOM caret where it wants it, and
// neither writes nor moves anything. Checked after every such key: a text node that does not show exactly what
// ProseMirror's view holds for it is corrected on the spot.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Whether the caret the user sees (the DOM selection) is where ProseMirror's state has it. A caret moved by the
 * browser (Ctrl+End, a click) reaches the state only when the selectionchange event is handled, which can come
 * after the next key: then the character must go where the user sees the caret, so the browser inserts it.
 */
function caretInSync(view: EditorView, sel: TextSelection): boolean {
  const dom = view.dom.ownerDocument.getSelection();
  if (!dom?.anchorNode || !dom.focusNode || !view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return false;
  try {
    return view.posAtDOM(dom.anchorNode, dom.anchorOffset) === sel.anchor && view.posAtDOM(dom.focusNode, dom.focusOffset) === sel.head;
  } catch {
    return false;
  }
}

/** The parts of prosemirror-view (1.x) the in-place write relies on; when one is missing, the ordinary path runs. */
interface TextDesc {
  node: PMNode;
  nodeDOM: Node;
}
interface DomObserver {
  observer: MutationObserver | null;
  queue: MutationRecord[];
  flush(): void;
}

/** ProseMirror's view of the text node `t` (the text it believes `t` shows), if `t` is one of its text nodes. */
function textDesc(view: EditorView, t: Text): TextDesc | null {
  for (let n: Node | null = t; n && n !== view.dom; n = n.parentNode) {
    const d = (n as Node & { pmViewDesc?: Partial<TextDesc> }).pmViewDesc;
    if (d) return d.nodeDOM === t && d.node?.isText ? (d as TextDesc) : null;
  }
  return null;
}

function domObserver(view: EditorView): DomObserver | null {
  const o = (view as unknown as { domObserver?: Partial<DomObserver> }).domObserver;
  return o?.observer && Array.isArray(o.queue) && typeof o.flush === 'function' ? (o as DomObserver) : null;
}

/**
 * Dispatches `tr` (the plain insertion of `text` at the collapsed caret) with the text written into the caret's DOM
 * text node beforehand, as the header explains. False (nothing done) unless the character certainly belongs to that
 * text node in the new state: the caret is after at least one character of it, the inserted text carries the node's
 * marks, and at the node's end the node has no decoration around it.
 */
function typeInPlace(view: EditorView, tr: Transaction, text: string): boolean {
  const { state } = view;
  const sel = state.selection;
  if (!sel.empty || view.composing || tr.steps.length !== 1) return false;
  const dom = view.dom.ownerDocument.getSelection();
  const t = dom?.focusNode;
  if (!dom || !dom.isCollapsed || !(t instanceof Text) || !view.dom.contains(t)) return false;
  const k = dom.focusOffset;
  const desc = textDesc(view, t);
  if (!desc || k < 1 || k > t.length || desc.node.text !== t.data) return false;
  const inserted = tr.doc.resolve(sel.from + text.length).nodeBefore;
  if (!inserted?.isText || tr.doc.textBetween(sel.from, sel.from + text.length) !== text) return false;
  if (!inserted.sameMarkup(desc.node)) return false;
  // At the node's end a decoration ending there would leave the character outside it, in another DOM node.
  if (k === t.length && (t as Node & { pmViewDesc?: unknown }).pmViewDesc !== desc) return false;
  const observer = domObserver(view);
  if (!observer) return false;
  // DOM changes ProseMirror has not read yet: leave them to it (and to the ordinary path).
  const unread = observer.observer!.takeRecords();
  if (unread.length || observer.queue.length) {
    observer.queue.push(...unread);
    if (unread.length) window.setTimeout(() => observer.flush(), 20);
    return false;
  }
  // Insert the character with the one before it, then remove that old one: a live range (the caret) at k lies after
  // the insertion point k-1, so it moves to k+1+n, and the removal at k+n brings it to k+n — just after the text.
  t.insertData(k - 1, t.data[k - 1] + text);
  t.deleteData(k + text.length, 1);
  observer.observer!.takeRecords(); // our own write, already in the transaction: nothing to read back
  view.dispatch(tr);
  if (!t.isConnected) return true; // ProseMirror redrew that text with a node of its own
  const now = textDesc(view, t);
  if (now && now.node.text === t.data) return true;
  // ProseMirror drew the character elsewhere (a decoration or mark boundary it chose): make the node show what
  // ProseMirror holds for it, or drop it if ProseMirror no longer draws it, and put the caret back where it belongs.
  if (now) t.data = now.node.text ?? '';
  else t.remove();
  observer.observer!.takeRecords();
  view.focus();
  return true;
}

export const TypeThroughModel = Extension.create({
  name: 'typeThroughModel',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('typeThroughModel'),
        props: {
          // Called by ProseMirror's keypress handler, after it ruled out composition and Ctrl/Cmd shortcuts.
          handleKeyPress(view, event) {
            const sel = view.state.selection;
            const text = String.fromCharCode(event.charCode);
            if (!(sel instanceof TextSelection) || !sel.$from.parent.inlineContent || /[\r\n]/.test(text)) return false;
            if (!caretInSync(view, sel)) return false;
            const deflt = () => view.state.tr.insertText(text).scrollIntoView();
            if (!view.someProp('handleTextInput', (f) => f(view, sel.from, sel.to, text, deflt))) {
              const tr = deflt();
              if (!typeInPlace(view, tr, text)) view.dispatch(tr);
            }
            return true;
          },
        },
      }),
    ];
  },
});
