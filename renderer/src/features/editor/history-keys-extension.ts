// Undo/redo keys that always end with the editor's own history. TipTap's shortcuts return false when there is nothing
// to redo, so Ctrl+Shift+Z one press too many fell through to the browser, which undid the last edit: a redo key
// must never change the draft backwards. These take the keys first and report them handled either way.
import { Extension } from '@tiptap/core';

export const HistoryKeys = Extension.create({
  name: 'historyKeys',
  // Before the starter kit's undo/redo shortcuts (priority 100).
  priority: 1000,
  addKeyboardShortcuts() {
    const undo = () => {
      this.editor.commands.undo();
      return true;
    };
    const redo = () => {
      this.editor.commands.redo();
      return true;
    };
    return { 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo, 'Mod-я': undo, 'Shift-Mod-я': redo };
  },
});
