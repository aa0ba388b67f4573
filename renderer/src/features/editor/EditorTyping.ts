// Typed characters go into the document through ProseMirror, not through the browser's contenteditable editing.
//
// ProseMirror leaves a character typed at a caret to the browser and reads the change back from the DOM. Chromium's
// native insertion costs time in proportion to the whole editable body (measured: ~2 ms per key at 10,000 words,
// ~14 ms at 50,000), so a long article typed slower than 60 fps. Inserting through a transaction costs the same at
// any length. This is what ProseMirror itself does for a typed character over a selection across blocks; input
// rules still run (handleTextInput). Composition (IME: Korean Hangul input) never comes here: no keypress fires.
// Only when the state's caret is the one on screen; otherwise the browser inserts as before.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
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
            if (!view.someProp('handleTextInput', (f) => f(view, sel.from, sel.to, text, deflt))) view.dispatch(deflt());
            return true;
          },
        },
      }),
    ];
  },
});
