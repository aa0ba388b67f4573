// Rich text body on TipTap (ProseMirror): headings, bold, italic, links, lists, undo/redo, find & replace.
import { useEffect, useRef } from 'react';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { getHTMLFromFragment } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { useTranslation } from 'react-i18next';
import { FindReplace } from './EditorFindExtension';
import { QuoteHighlight } from '../quotes/quote-highlight-extension';
import { Spellcheck } from '../lang/spellcheck-extension';
import { defaultCheck } from '../lang/useSpell';
import { SelectionSync } from './selection-sync-extension';
import { cleanPastedHtml } from './EditorPasteClean';
import { TypeThroughModel } from './EditorTyping';
import { HistoryKeys } from './history-keys-extension';

interface Props {
  html: string;
  /**
   * After every change: the document's HTML as a function. Serialising a 50,000-word body costs ~12 ms, so it is
   * done only when the caller asks (the debounced autosave), from the document as it was at this change.
   */
  onChange: (html: () => string) => void;
  /** The editor instance once it exists (find & replace, counts, restore use it). */
  onReady?: (editor: Editor | null) => void;
  /** The article shown: the spellcheck accepts its quote speakers' names. */
  articleId?: string;
}

export function RichEditor({ html, onChange, onReady, articleId }: Props) {
  const { t } = useTranslation();
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // The body's accessible name, read by ProseMirror whenever it redraws its attributes (and set again below when
  // the UI language changes, as no redraw follows a switch).
  const bodyLabel = t('editor.body');
  const label = useRef(bodyLabel);
  label.current = bodyLabel;
  const editor = useEditor({
    extensions: [
      // Only what the article allow-list keeps (main/core/import/sanitize.ts): the schema itself drops the rest
      // of anything pasted, so no script, handler attribute or javascript: link can enter the document.
      StarterKit.configure({
        heading: { levels: [1, 2, 3] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        link: {
          openOnClick: false,
          autolink: true,
          protocols: ['http', 'https', 'mailto'],
          isAllowedUri: (url) => /^(https?:\/\/|mailto:)/i.test(url.trim()),
        },
      }),
      FindReplace,
      HistoryKeys, // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y never fall through to the browser's own undo
      TypeThroughModel,
      QuoteHighlight,
      // Language: the `lang` attribute around the editor (the article's language).
      Spellcheck.configure({ check: (lang, text) => defaultCheck(lang, text, articleId) }),
      SelectionSync, // the state's caret follows the DOM caret before keys and redraws act on it
    ],
    content: html,
    // The React tree does not need to re-render on every transaction (a 10,000-word body stays fluid).
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    onUpdate: ({ editor }) => {
      const { doc, schema } = editor.state;
      onChangeRef.current(() => getHTMLFromFragment(doc.content, schema));
    },
    editorProps: {
      transformPastedHTML: cleanPastedHtml,
      attributes: () => ({
        'data-testid': 'body',
        class: 'body-editor',
        spellcheck: 'false',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label.current,
      }),
    },
  });

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.view.dom.setAttribute('aria-label', bodyLabel);
  }, [editor, bodyLabel]);

  useEffect(() => {
    onReady?.(editor);
    return () => onReady?.(null);
  }, [editor, onReady]);

  const active = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            bold: e.isActive('bold'),
            italic: e.isActive('italic'),
            heading: e.isActive('heading', { level: 2 }),
            bullet: e.isActive('bulletList'),
            ordered: e.isActive('orderedList'),
            canUndo: e.can().undo(),
            canRedo: e.can().redo(),
          }
        : null,
  });

  if (!editor || !active) return null;
  const btn = (label: string, on: boolean | null, run: () => void, key: string, disabled = false) => (
    <button
      type="button"
      className={on ? 'active' : ''}
      aria-pressed={on ?? undefined}
      title={label}
      onClick={run}
      key={key}
      disabled={disabled}
      data-testid={`fmt-${key}`}
    >
      {label}
    </button>
  );
  return (
    <div className="rich-editor">
      <div className="format-bar" role="toolbar" aria-label={t('editor.formatting')}>
        {btn(t('editor.bold'), active.bold, () => editor.chain().focus().toggleBold().run(), 'b')}
        {btn(t('editor.italic'), active.italic, () => editor.chain().focus().toggleItalic().run(), 'i')}
        {btn(t('editor.heading'), active.heading, () => editor.chain().focus().toggleHeading({ level: 2 }).run(), 'h')}
        {btn(t('editor.bulletList'), active.bullet, () => editor.chain().focus().toggleBulletList().run(), 'ul')}
        {btn(t('editor.orderedList'), active.ordered, () => editor.chain().focus().toggleOrderedList().run(), 'ol')}
        {btn(t('editor.undo'), null, () => editor.chain().focus().undo().run(), 'undo', !active.canUndo)}
        {btn(t('editor.redo'), null, () => editor.chain().focus().redo().run(), 'redo', !active.canRedo)}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
