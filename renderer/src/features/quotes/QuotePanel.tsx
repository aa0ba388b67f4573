// The quote panel beside the editor: quotes grouped by speaker, the editor's decisions, keyboard triage, re-detection,
// the speaker registry and the quote sheet. It also draws the highlights in the body (quote-highlight-extension).
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/react';
import type { QuoteAnnotation } from '../../../../preload/contract/models';
import { useArticleQuotes } from './useQuotes';
import { errorText } from '../../lib/i18n';
import { setQuoteMarks, type QuoteMark } from './quote-highlight-extension';
import { NO_SPEAKER_COLOR, speakerColors } from './QuoteColors';
import type { QuoteDraft } from './QuoteItem';
import { QuoteGroups } from './QuoteGroups';
import { QuoteSheet } from './QuoteSheet';
import { QuoteSpeakers } from './QuoteSpeakers';
import { setQuotePanelOpen, useQuotePanelOpen } from './QuoteOpenState';
import { TabList, tabId, tabPanelId } from '../../ui/TabList';
import './quotes.css';

/** The "Quotes" button for the editor's header. */
export function QuoteToggle() {
  const { t } = useTranslation('quotes');
  const open = useQuotePanelOpen();
  return (
    <button
      type="button"
      aria-pressed={open}
      onClick={() => setQuotePanelOpen(!open)}
      data-testid="open-quotes"
      title={t('toggle.hint')}
    >
      {t('toggle')}
    </button>
  );
}

interface Props {
  articleId: string;
  editor: Editor | null;
  /** Used for the quote sheet's file name. */
  title?: string;
}

const isField = (el: EventTarget | null) =>
  el instanceof HTMLElement && (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable);

// Memoised: the editor re-rendering (autosave state, counts) does not re-render the panel.
export const QuotePanel = memo(function QuotePanel(props: Props) {
  return useQuotePanelOpen() ? <OpenPanel {...props} /> : null;
});

function OpenPanel({ articleId, editor, title = '' }: Props) {
  const { t } = useTranslation('quotes');
  const { q, error, busy, detecting, load, op, saveSpeaker, redetect } = useArticleQuotes(articleId);
  const [selected, setSelected] = useState<string | null>(null);
  const [onlyUnverified, setOnlyUnverified] = useState(false);
  const [showRejected, setShowRejected] = useState(false);
  const [view, setView] = useState<'quotes' | 'speakers'>('quotes');
  const [sheet, setSheet] = useState(false);
  const [drafts, setDrafts] = useState<Record<string, QuoteDraft>>({});
  const items = useRef(new Map<string, HTMLLIElement>());

  const colors = useMemo(() => (q ? speakerColors(q) : new Map<string, string>()), [q]);
  const colorOf = useCallback(
    (a: QuoteAnnotation) => (a.speakerId && colors.get(a.speakerId)) || NO_SPEAKER_COLOR,
    [colors],
  );

  // Highlights in the body follow the annotations and the selection; they go away with the panel.
  useEffect(() => {
    if (!editor || !q) return;
    const marks: QuoteMark[] = q.quotes.map((a) => ({
      id: a.id,
      start: a.anchor.start,
      end: a.anchor.end,
      exact: a.anchor.exact,
      kind: a.kind,
      color: colorOf(a),
      status: a.status,
      needsReview: a.needsReview,
    }));
    setQuoteMarks(editor, marks, selected);
  }, [editor, q, selected, colorOf]);
  useEffect(() => () => void (editor && setQuoteMarks(editor, [], null)), [editor]);

  // Groups by speaker in registry order, unattributed last; the flat order is what J/K walk through.
  const groups = useMemo(() => {
    if (!q) return [];
    const visible = q.quotes.filter(
      (a) =>
        (showRejected || a.status !== 'rejected' || a.id === selected) &&
        (!onlyUnverified || a.verification === 'unverified'),
    );
    const out = q.speakers.map((s) => ({
      key: s.id,
      name: s.name,
      role: s.role,
      color: colors.get(s.id)!,
      quotes: visible.filter((a) => a.speakerId === s.id),
    }));
    out.push({
      key: '',
      name: t('speaker.unknown'),
      role: '',
      color: NO_SPEAKER_COLOR,
      quotes: visible.filter((a) => !a.speakerId || !colors.has(a.speakerId)),
    });
    return out.filter((g) => g.quotes.length);
  }, [q, showRejected, onlyUnverified, selected, colors, t]);
  const flat = useMemo(() => groups.flatMap((g) => g.quotes), [groups]);

  const select = useCallback(
    (id: string | null, opts: { scrollEditor?: boolean; focus?: boolean } = {}) => {
      setSelected(id);
      if (!id) return;
      requestAnimationFrame(() => {
        const item = items.current.get(id);
        item?.scrollIntoView({ block: 'nearest' });
        // Keyboard moves carry the focus along, so a screen reader reads the quote now selected.
        if (opts.focus) item?.querySelector<HTMLElement>('.quote-summary')?.focus({ preventScroll: true });
        if (opts.scrollEditor && editor && !editor.isDestroyed) {
          editor.view.dom
            .querySelector(`[data-quote-id="${CSS.escape(id)}"]`)
            ?.scrollIntoView({ block: 'nearest' });
        }
      });
    },
    [editor],
  );

  // Clicking a highlight in the body selects its quote here.
  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const onClick = (e: MouseEvent) => {
      const el = (e.target as HTMLElement | null)?.closest?.('[data-quote-id]');
      const id = el?.getAttribute('data-quote-id');
      if (id) {
        setView('quotes');
        select(id);
      }
    };
    dom.addEventListener('click', onClick);
    return () => dom.removeEventListener('click', onClick);
  }, [editor, select]);

  const setDraft = useCallback(
    (id: string, patch: QuoteDraft) => setDrafts((d) => ({ ...d, [id]: { ...d[id], ...patch } })),
    [],
  );
  // Stable callbacks for the items (see QuoteItem): an unchanged quote is not rendered again.
  const toggle = useCallback(
    (id: string, isSelected: boolean) => select(isSelected ? null : id, { scrollEditor: true }),
    [select],
  );
  const leaveField = useCallback(
    (id: string) => items.current.get(id)?.querySelector<HTMLElement>('.quote-summary')?.focus(),
    [],
  );
  const itemRef = useCallback(
    (id: string, el: HTMLLIElement | null) => void (el ? items.current.set(id, el) : items.current.delete(id)),
    [],
  );

  const move = (delta: number) => {
    if (!flat.length) return;
    const i = flat.findIndex((a) => a.id === selected);
    const next =
      i < 0 ? (delta > 0 ? 0 : flat.length - 1) : Math.min(flat.length - 1, Math.max(0, i + delta));
    select(flat[next].id, { scrollEditor: true, focus: true });
  };

  const onKey = (e: React.KeyboardEvent) => {
    if (isField(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    const cur = flat.find((a) => a.id === selected);
    const k = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (k === 'j' || k === 'ArrowDown') move(1);
    else if (k === 'k' || k === 'ArrowUp') move(-1);
    else if (k === 'Escape') setSelected(null);
    else if (cur && (k === 'a' || k === 'r')) {
      const at = flat.indexOf(cur);
      void op(cur.id, { op: 'status', status: k === 'a' ? 'confirmed' : 'rejected' }).then((ok) => {
        // Triage: on to the next quote.
        if (ok && flat[at + 1]) select(flat[at + 1].id, { scrollEditor: true, focus: true });
      });
    } else if (cur && k === 'v') {
      void op(cur.id, {
        op: 'verification',
        verification: 'verified',
        sourceNote: drafts[cur.id]?.note ?? cur.sourceNote,
      });
      // The source of the verification is typed next.
      requestAnimationFrame(() =>
        items.current
          .get(cur.id)
          ?.querySelector<HTMLInputElement>('[data-testid="quote-source-note"]')
          ?.focus(),
      );
    } else return;
    e.preventDefault();
  };

  const total = q ? q.quotes.filter((a) => a.status !== 'rejected').length : 0;
  const unverified = q
    ? q.quotes.filter((a) => a.status !== 'rejected' && a.verification === 'unverified').length
    : 0;
  const rejected = q ? q.quotes.filter((a) => a.status === 'rejected').length : 0;
  // The list's one Tab stop: the selected quote, or the first one shown.
  const tabStop = flat.some((a) => a.id === selected) ? selected : (flat[0]?.id ?? null);

  return (
    <aside className="quote-panel" data-testid="quote-panel" aria-label={t('panel.title')}>
      <div className="quote-panel-top">
        <header className="quote-panel-head">
          <h2>{t('panel.title')}</h2>
          {q && (
            <span className="hint" data-testid="quote-count">
              {t('panel.count', { n: total, count: total, unverified })}
            </span>
          )}
          <button
            type="button"
            className="quote-close"
            onClick={() => setQuotePanelOpen(false)}
            aria-label={t('close')}
            title={t('close')}
          >
            ×
          </button>
        </header>
        <div className="quote-tools">
          <TabList
            className="quote-tabs"
            prefix="quote"
            label={t('panel.title')}
            value={view}
            onChange={setView}
            tabs={[
              { key: 'quotes', label: t('tab.quotes'), testId: 'quote-tab-quotes' },
              { key: 'speakers', label: t('tab.speakers'), testId: 'quote-tab-speakers' },
            ]}
          />
          <button type="button" onClick={() => setSheet(true)} disabled={!q} data-testid="quote-open-sheet">
            {t('sheet.open')}
          </button>
          <button
            type="button"
            onClick={() => void redetect()}
            disabled={!q || detecting}
            data-testid="quote-redetect"
            title={t('redetect.hint')}
          >
            {detecting ? t('redetect.running') : t('redetect')}
          </button>
        </div>
      </div>
      {detecting && <progress className="quote-progress" aria-label={t('redetect.running')} />}
      {!!error && (
        <div className="banner error" role="alert" data-testid="quote-error">
          {errorText(t, error)}{' '}
          {!q && (
            <button type="button" onClick={() => void load()}>
              {t('retry')}
            </button>
          )}
        </div>
      )}
      {!q && !error && <p className="loading">{t('common:loading')}</p>}
      {q && (
        <>
          <div hidden={view !== 'quotes'} role="tabpanel" id={tabPanelId('quote', 'quotes')} aria-labelledby={tabId('quote', 'quotes')}>
            <div className="quote-filters">
              <label>
                <input
                  type="checkbox"
                  checked={onlyUnverified}
                  onChange={(e) => setOnlyUnverified(e.target.checked)}
                  data-testid="quote-filter-unverified"
                />{' '}
                {t('filter.unverified')}
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={showRejected}
                  onChange={(e) => setShowRejected(e.target.checked)}
                  data-testid="quote-filter-rejected"
                />{' '}
                {t('filter.rejected', { n: rejected })}
              </label>
            </div>
            {q.quotes.length === 0 ? (
              <p className="empty" data-testid="quote-empty">
                {t('empty')}
              </p>
            ) : flat.length === 0 ? (
              <p className="empty">{t('emptyFiltered')}</p>
            ) : (
              <QuoteGroups
                groups={groups}
                speakers={q.speakers}
                selected={selected}
                tabStop={tabStop}
                busy={busy}
                drafts={drafts}
                onKey={onKey}
                itemRef={itemRef}
                onDraft={setDraft}
                onSelect={toggle}
                onOp={op}
                onLeaveField={leaveField}
              />
            )}
            <p className="hint quote-keys">{t('keys')}</p>
          </div>
          <div hidden={view !== 'speakers'} role="tabpanel" id={tabPanelId('quote', 'speakers')} aria-labelledby={tabId('quote', 'speakers')}>
            <QuoteSpeakers quotes={q} colors={colors} busy={busy} onSave={saveSpeaker} />
          </div>
        </>
      )}
      {sheet && (
        <QuoteSheet
          articleId={articleId}
          title={title}
          onClose={() => setSheet(false)}
          onPick={(id) => {
            setSheet(false);
            setView('quotes');
            setShowRejected((s) => s || q?.quotes.find((a) => a.id === id)?.status === 'rejected');
            select(id, { scrollEditor: true });
          }}
        />
      )}
    </aside>
  );
}
