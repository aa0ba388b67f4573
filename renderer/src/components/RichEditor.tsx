// Rich text body on TipTap (ProseMirror): headings, bold, italic, links, lists, undo/redo.
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useTranslation } from 'react-i18next';

export function RichEditor({ html, onChange }: { html: string; onChange: (html: string) => void }) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [1, 2, 3] },
        link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'] },
      }),
    ],
    content: html,
    onUpdate: ({ editor }) => onChange(editor.getHTML()),
    editorProps: { attributes: { 'data-testid': 'body', class: 'body-editor', spellcheck: 'false' } },
  });
  if (!editor) return null;
  const btn = (label: string, active: boolean, run: () => void, key: string) => (
    <button type="button" className={active ? 'active' : ''} aria-pressed={active} title={label} onClick={run} key={key}>
      {label}
    </button>
  );
  return (
    <div className="rich-editor">
      <div className="format-bar" role="toolbar" aria-label={t('editor.formatting')}>
        {btn(t('editor.bold'), editor.isActive('bold'), () => editor.chain().focus().toggleBold().run(), 'b')}
        {btn(t('editor.italic'), editor.isActive('italic'), () => editor.chain().focus().toggleItalic().run(), 'i')}
        {btn(t('editor.heading'), editor.isActive('heading', { level: 2 }), () => editor.chain().focus().toggleHeading({ level: 2 }).run(), 'h')}
        {btn(t('editor.bulletList'), editor.isActive('bulletList'), () => editor.chain().focus().toggleBulletList().run(), 'ul')}
        {btn(t('editor.orderedList'), editor.isActive('orderedList'), () => editor.chain().focus().toggleOrderedList().run(), 'ol')}
        {btn(t('editor.undo'), false, () => editor.chain().focus().undo().run(), 'u')}
        {btn(t('editor.redo'), false, () => editor.chain().focus().redo().run(), 'r')}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
