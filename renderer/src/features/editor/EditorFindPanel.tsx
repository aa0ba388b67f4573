// The find & replace bar (Ctrl+F / Ctrl+H): match case, whole word, regex; next/previous, replace, and
// Replace all behind a preview list of every match (untick to keep one); one undo step.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, type Editor } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import { findState, setCurrent, setQuery, type FindMatch } from './EditorFindExtension';
import { DEFAULT_FIND, replacementFor, type FindOptions } from './findText';

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
  const [options, setOptions] = useState<FindOptions>(DEFAULT_FIND);
  const [replacement, setReplacement] = useState('');
  const [replaced, setReplaced] = useState<number | null>(null);
  /** The preview before Replace all: the matches shown, and the ones the editor unticked (by position). */
  const [preview, setPreview] = useState<FindMatch[] | null>(null);
  const [skipped, setSkipped] = useState<Set<number>>(new Set());
  const findRef = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLInputElement>(null);
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const f = e ? findState(e.state) : undefined;
      return { total: f?.matches.length ?? 0, current: f?.current ?? -1, error: f?.error ?? null, doc: e?.state.doc };
    },
  });

  useEffect(() => {
    editor.view.dispatch(setQuery(editor.state.tr, query, options));
  }, [editor, query, options]);
  // Any change to the query, the options or the text makes an open preview stale: close it.
  useEffect(() => {
    setPreview(null);
    setSkipped(new Set());
  }, [query, options, replacement, s.doc]);
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
    const text = replacementFor(replacement, m.text, m.groups, options.regex);
    editor.view.dispatch(editor.state.tr.insertText(text, m.from, m.to));
    // Move on to the next match after the replaced text (the replacement may itself contain the query).
    const after = findState(editor.state)?.matches.findIndex((x) => x.from >= m.from + text.length) ?? -1;
    editor.view.dispatch(setCurrent(editor.state.tr, after < 0 ? 0 : after));
    setReplaced(1);
  };

  const showPreview = () => {
    const f = findState(editor.state);
    if (!f || !f.matches.length) return;
    setPreview(f.matches);
    setSkipped(new Set());
  };

  const replaceAll = () => {
    const f = findState(editor.state);
    if (!f || !preview) return;
    const chosen = f.matches.filter((m) => !skipped.has(m.from));
    let tr = editor.state.tr;
    // Last to first, so earlier positions stay valid; one transaction = one undo step.
    for (const m of [...chosen].reverse()) tr = tr.insertText(replacementFor(replacement, m.text, m.groups, options.regex), m.from, m.to);
    if (chosen.length) editor.view.dispatch(tr);
    setReplaced(chosen.length);
    setPreview(null);
  };

  const keys = (e: React.KeyboardEvent, onEnter: () => void) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      if (preview) return setPreview(null);
      onClose();
      editor.commands.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (e.shiftKey) go(-1);
      else onEnter();
    }
  };
  const n = new Intl.NumberFormat(i18n.language);
  const option = (key: keyof FindOptions, label: string, short: string) => (
    <label className="find-option" title={label}>
      <input
        type="checkbox"
        checked={options[key]}
        onChange={(e) => setOptions((o) => ({ ...o, [key]: e.target.checked }))}
        data-testid={`find-${key}`}
      />
      <span aria-hidden="true">{short}</span>
      <span className="sr-only">{label}</span>
    </label>
  );
  const chosenCount = preview ? preview.filter((m) => !skipped.has(m.from)).length : 0;

  return (
    <div className="find-panel" role="search" aria-label={t('find.label')} data-testid="find-panel">
      <div className="find-row">
        <input
          ref={findRef}
          data-testid="find-input"
          aria-label={t('find.find')}
          aria-invalid={s.error ? true : undefined}
          placeholder={t('find.find')}
          value={query}
          onChange={(e) => {
            setQ(e.target.value);
            setReplaced(null);
          }}
          onKeyDown={(e) => keys(e, () => go(1))}
        />
        {option('matchCase', t('find.matchCase'), 'Aa')}
        {option('wholeWord', t('find.wholeWord'), t('find.wholeWordShort'))}
        {option('regex', t('find.regex'), '.*')}
        <span className="find-count" data-testid="find-count" aria-live="polite">
          {query
            ? s.error
              ? t('find.badRegex')
              : s.total
                ? t('find.count', { current: n.format(s.current + 1), total: n.format(s.total), count: s.total })
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
          <button type="button" onClick={showPreview} disabled={!s.total} aria-expanded={!!preview} data-testid="replace-all">
            {t('find.replaceAll')}
          </button>
          {replaced !== null && (
            <span className="find-count" data-testid="replaced-count">
              {t('find.replaced', { n: n.format(replaced), count: replaced })}
            </span>
          )}
        </div>
      )}
      {preview && (
        <div className="find-preview" data-testid="find-preview" onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), setPreview(null))}>
          <p className="find-preview-title">{t('find.previewTitle', { n: n.format(preview.length), count: preview.length })}</p>
          <ul aria-label={t('find.previewTitle', { n: n.format(preview.length), count: preview.length })}>
            {preview.map((m) => (
              <li key={m.from} data-testid="find-preview-item">
                <label>
                  <input
                    type="checkbox"
                    checked={!skipped.has(m.from)}
                    onChange={(e) =>
                      setSkipped((old) => {
                        const next = new Set(old);
                        if (e.target.checked) next.delete(m.from);
                        else next.add(m.from);
                        return next;
                      })
                    }
                  />
                  <span className="ctx">{m.before}</span>
                  <del>{m.text}</del>
                  <ins>{replacementFor(replacement, m.text, m.groups, options.regex)}</ins>
                  <span className="ctx">{m.after}</span>
                </label>
              </li>
            ))}
          </ul>
          <div className="find-preview-actions">
            <button type="button" className="primary" onClick={replaceAll} disabled={!chosenCount} data-testid="replace-confirm">
              {t('find.confirm', { n: n.format(chosenCount), count: chosenCount })}
            </button>
            <button type="button" onClick={() => setPreview(null)} data-testid="replace-cancel">
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
