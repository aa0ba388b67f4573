// One row of the segment grid. Only the active row holds editors; every other row is plain text (cheap to draw).
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment, SegmentStatus } from '../../../../preload/contract/models';
import type { DiffPart, SegmentQuote, TermHit } from '../../../../preload/contract/translate';
import { SegmentSource } from './SegmentSource';
import { SegmentDiff } from './SegmentDiff';
import { SpellList } from '../lang/SpellList';
import { ORIGIN_KEY, ORIGIN_TITLE_KEY, SEGMENT_STATUS_KEY } from './keys';
import type { Lang } from '../../../../preload/contract/define';

export const STATUSES: SegmentStatus[] = ['new', 'draft', 'translated', 'reviewed', 'approved'];

export interface RowActions {
  activate(id: string): void;
  editTarget(id: string, text: string): void;
  editPivot(id: string, text: string): void;
  confirm(id: string): void;
  copySource(id: string): void;
  split(id: string): void;
  join(id: string): void;
  setStatus(id: string, status: SegmentStatus): void;
}

interface Props {
  seg: Segment;
  index: number;
  active: boolean;
  hasPivot: boolean;
  sourceLang: Lang;
  targetLang: Lang;
  pivotLang: Lang | null;
  terms: TermHit[] | undefined;
  diff: DiffPart[] | undefined;
  quotes: SegmentQuote[] | undefined;
  actions: RowActions;
}

/** The badge for a target a machine produced or helped with; null for human work or no target. */
function machineOrigin(seg: Segment): { kind: 'mt' | 'tm'; key: 'mt' | 'mtEdited' | 'tm'; tag: string; detail: string } | null {
  if (!seg.target.trim()) return null;
  const m = /^(tm|mt|mt-edited)(?::(.*))?$/.exec(seg.provenance ?? seg.origin);
  if (!m) return null;
  const detail = m[2] ?? '';
  const tag = m[0];
  if (m[1] === 'mt-edited') return { kind: 'mt', key: 'mtEdited', tag, detail };
  return { kind: m[1] as 'mt' | 'tm', key: m[1] as 'mt' | 'tm', tag, detail };
}

const rowsFor = (s: string) => Math.min(12, Math.max(2, Math.ceil(s.length / 60) + s.split('\n').length - 1));

export const SegmentRow = memo(function SegmentRow(p: Props) {
  const { t } = useTranslation('translate');
  const { seg, actions } = p;
  const target = useRef<HTMLTextAreaElement>(null);
  const row = useRef<HTMLDivElement>(null);
  const [showDiff, setShowDiff] = useState(false);

  // Where the target came from when a machine had a hand in it (provenance: tm:N, mt:ENGINE, mt-edited:ENGINE).
  const origin = machineOrigin(seg);
  const originBadge = origin && (
    <span
      className={`badge origin origin-${origin.kind}`}
      data-testid="origin-badge"
      data-origin={origin.kind}
      data-provenance={origin.tag}
      title={t(ORIGIN_TITLE_KEY[origin.key], { engine: origin.detail || '?' })}
      aria-label={t(ORIGIN_TITLE_KEY[origin.key], { engine: origin.detail || '?' })}
    >
      {origin.kind === 'tm' && origin.detail ? t('origin.tm.score', { score: origin.detail }) : t(ORIGIN_KEY[origin.key])}
    </span>
  );

  useEffect(() => {
    if (!p.active) return;
    row.current?.scrollIntoView?.({ block: 'nearest' });
    if (document.activeElement?.getAttribute('data-pivot-of') !== seg.id) target.current?.focus();
  }, [p.active, seg.id]);

  return (
    <div
      ref={row}
      className={`tr-row status-${seg.status}${p.active ? ' active' : ''}${p.hasPivot ? ' with-pivot' : ''}${seg.headline ? ' headline' : ''}`}
      role="row"
      aria-current={p.active || undefined}
      data-testid="segment"
      data-seg={seg.id}
      data-status={seg.status}
      data-active={p.active || undefined}
      onClick={p.active ? undefined : () => actions.activate(seg.id)}
    >
      <div className="tr-num" role="rowheader">
        {p.index + 1}
        {seg.locked && <span title={t('locked')}> 🔒</span>}
        {seg.headline && (
          <span className="badge headline" data-testid="headline-badge" title={t('headline.title')}>
            {t('headline')}
          </span>
        )}
      </div>
      <div className="tr-cell tr-source" role="cell" lang={p.sourceLang} data-testid="source" data-source-of={seg.id}>
        <SegmentSource text={seg.source} terms={p.terms} targetLang={p.targetLang} pivotLang={p.pivotLang} />
        {!!(p.quotes?.length || p.diff?.length) && (
          <div className="tr-badges" onMouseDown={(e) => e.preventDefault()}>
            {p.quotes?.map((q, i) => (
              <span key={i} className="badge quote" data-testid="quote-badge" title={q.exact}>
                ❝ {q.speaker ?? t('quote.unknownSpeaker')}
                {q.targetSpelling && q.targetSpelling !== q.speaker ? ` → ${q.targetSpelling}` : ''}
              </span>
            ))}
            {!!p.diff?.length && (
              <button
                type="button"
                className="badge changed"
                data-testid="source-changed"
                aria-expanded={showDiff}
                onClick={(e) => {
                  e.stopPropagation();
                  setShowDiff((v) => !v);
                }}
              >
                {t('sourceChanged')}
              </button>
            )}
          </div>
        )}
        {showDiff && p.diff && (
          <div className="tr-diffbox">
            <SegmentDiff parts={p.diff} testId="source-diff" />
          </div>
        )}
      </div>
      {p.hasPivot && (
        <div className="tr-cell tr-pivot" role="cell" lang={p.pivotLang ?? undefined} data-testid="pivot">
          {p.active ? (
            <textarea
              data-pivot-of={seg.id}
              aria-label={t('col.pivot', { lang: p.pivotLang?.toUpperCase() })}
              value={seg.pivot}
              rows={rowsFor(seg.pivot || seg.source)}
              onChange={(e) => actions.editPivot(seg.id, e.target.value)}
            />
          ) : (
            seg.pivot
          )}
        </div>
      )}
      <div className="tr-cell tr-target" role="cell" lang={p.targetLang}>
        {p.active ? (
          <>
            <textarea
              ref={target}
              data-testid="target-input"
              aria-label={t('col.target', { lang: p.targetLang.toUpperCase() })}
              value={seg.target}
              readOnly={seg.locked}
              rows={rowsFor(seg.target || seg.source)}
              onChange={(e) => actions.editTarget(seg.id, e.target.value)}
            />
            <SpellList lang={p.targetLang} text={seg.target} onReplace={(text) => actions.editTarget(seg.id, text)} />
            <div className="tr-actions">
              <button type="button" className="primary" data-testid="confirm" onClick={() => actions.confirm(seg.id)} title="Ctrl+Enter">
                {t('action.confirm')}
              </button>
              <button type="button" onClick={() => actions.copySource(seg.id)} title="Ctrl+Shift+S">
                {t('action.copySource')}
              </button>
              <button type="button" data-testid="split" onMouseDown={(e) => e.preventDefault()} onClick={() => actions.split(seg.id)}>
                {t('action.split')}
              </button>
              <button type="button" data-testid="join" onClick={() => actions.join(seg.id)}>
                {t('action.join')}
              </button>
              <select
                aria-label={t('status.label')}
                data-testid="status-select"
                value={seg.status}
                onChange={(e) => actions.setStatus(seg.id, e.target.value as SegmentStatus)}
              >
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(SEGMENT_STATUS_KEY[s])}
                  </option>
                ))}
              </select>
              {originBadge}
            </div>
          </>
        ) : (
          <>
            {originBadge}
            <span data-testid="target">{seg.target}</span>
          </>
        )}
      </div>
      <div className="tr-state" role="cell" title={t(SEGMENT_STATUS_KEY[seg.status])}>
        <span className={`dot status-${seg.status}`} />
        <span className="sr-only">{t(SEGMENT_STATUS_KEY[seg.status])}</span>
      </div>
    </div>
  );
});
