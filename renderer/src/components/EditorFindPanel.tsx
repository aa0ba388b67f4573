// The find & replace bar (Ctrl+F / Ctrl+H): next/previous, replace, replace all; matching ignores case.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, type Editor } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import { findState, setCurrent, setQuery } from './EditorFindExtension';

interface Props {
  editor: Editor;
  replace: boolean;
  /** Bumped by Ctrl+F / Ctrl+H while the bar is open: focus goes back to the right field. */
  focusTick: number;
  onToggleReplace: (on: boolean) => void;
  onClose: () => void;
}

export function EditorFindPanel({ editor, replace, focusTick, onToggleReplace, onClose }: Props) {
  const { t, i18n } = useTranslation('library');
  const [query, setQ] = useState(() => {
    const { from, to } = editor.state.selection;
    const sel = editor.state.doc.textBetween(from, to, ' ');
    return sel && sel.length < 200 && !sel.includes('\n') ? sel : '';
  });
  const [replacement, setReplacement] = useState('');
  const [replaced, setReplaced] = useState<number | null>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLInputElement>(null);
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const f = e ? findState(e.state) : undefined;
      return { total: f?.matches.length ?? 0, current: f?.current ?? -1 };
    },
  });

  useEffect(() => {
    editor.view.dispatch(setQuery(editor.state.tr, query));
  }, [editor, query]);
  // Clear the highlights when the bar closes.
  useEffect(() => () => void (editor.isDestroyed || editor.view.dispatch(setQuery(editor.state.tr, ''))), [editor]);
  useEffect(() => {
    (replace && query ? replaceRef : findRef).current?.focus();
    if (!(replace && query)) findRef.current?.select();
  }, [focusTick, replace]);

  const go = (delta: number) => {
    const f = findState(editor.state);
    if (!f || !f.matches.length) return;
    const next = (f.current + delta + f.matches.length) % f.matches.length;
    const m = f.matches[next];
    const tr = setCurrent(editor.state.tr, next).setSelection(TextSelection.create(editor.state.doc, m.from, m.to));
    editor.view.dispatch(tr.scrollIntoView());
  };

  const replaceOne = () => {
    const f = findState(editor.state);
    if (!f || f.current < 0) return;
    const m = f.matches[f.current];
    editor.view.dispatch(editor.state.tr.insertText(replacement, m.from, m.to));
    // Move on to the next match after the replaced text (the replacement may itself contain the query).
    const after = findState(editor.state)?.matches.findIndex((x) => x.from >= m.from + replacement.length) ?? -1;
    editor.view.dispatch(setCurrent(editor.state.tr, after < 0 ? 0 : after));
    setReplaced(1);
  };

  const replaceAll = () => {
    const f = findState(editor.state);
    if (!f || !f.matches.length) return;
    let tr = editor.state.tr;
    // Last to first, so earlier positions stay valid; one transaction = one undo step.
    for (const m of [...f.matches].reverse()) tr = tr.insertText(replacement, m.from, m.to);
    editor.view.dispatch(tr);
    setReplaced(f.matches.length);
  };

  const keys = (e: React.KeyboardEvent, onEnter: () => void) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      editor.commands.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (e.shiftKey) go(-1);
      else onEnter();
    }
  };
  const n = new Intl.NumberFormat(i18n.language);

  return (
    <div className="find-panel" role="search" aria-label={t('find.label')} data-testid="find-panel">
      <div className="find-row">
        <input
          ref={findRef}
          data-testid="find-input"
          aria-label={t('find.find')}
          placeholder={t('find.find')}
          value={query}
          onChange={(e) => {
            setQ(e.target.value);
            setReplaced(null);
          }}
          onKeyDown={(e) => keys(e, () => go(1))}
        />
        <span className="find-count" data-testid="find-count" aria-live="polite">
          {query
            ? s.total
              ? t('find.count', { current: n.format(s.current + 1), total: n.format(s.total) })
              : t('find.none')
            : ''}
        </span>
        <button type="button" onClick={() => go(-1)} disabled={!s.total} title={t('find.prevHint')} data-testid="find-prev">
          {t('find.prev')}
        </button>
        <button type="button" onClick={() => go(1)} disabled={!s.total} title={t('find.nextHint')} data-testid="find-next">
          {t('find.next')}
        </button>
        <label className="find-toggle">
          <input type="checkbox" checked={replace} onChange={(e) => onToggleReplace(e.target.checked)} data-testid="find-replace-toggle" />
          {t('find.replaceToggle')}
        </label>
        <button type="button" onClick={onClose} aria-label={t('find.close')} data-testid="find-close">
          ×
        </button>
      </div>
      {replace && (
        <div className="find-row">
          <input
            ref={replaceRef}
            data-testid="replace-input"
            aria-label={t('find.replaceWith')}
            placeholder={t('find.replaceWith')}
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => keys(e, replaceOne)}
          />
          <button type="button" onClick={replaceOne} disabled={s.current < 0} data-testid="replace-one">
            {t('find.replace')}
          </button>
          <button type="button" onClick={replaceAll} disabled={!s.total} data-testid="replace-all">
            {t('find.replaceAll')}
          </button>
          {replaced !== null && (
            <span className="find-count" data-testid="replaced-count">
              {t('find.replaced', { n: n.format(replaced) })}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
