// One quote in the panel: badges and snippet; when selected, the editor's decisions (status, speaker, verification,
// comments). Drafts (note, comment, new speaker) live in the panel, so nothing typed is lost on collapse.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteAnnotation, Speaker } from '../../../../preload/contract/models';
import type { QuoteOp } from '../../../../preload/contract/quotes';
import { QUOTE_KIND_KEY, QUOTE_STATUS_KEY, VERIFICATION_KEY } from './keys';

export interface QuoteDraft {
  note?: string;
  comment?: string;
  newName?: string;
  newRole?: string;
  /** The speaker select is on "new speaker…". */
  adding?: boolean;
}

// The callbacks take the quote's id and are the same functions for every item and every render, so an item whose
// quote did not change is not rendered again when the panel is (a long article has hundreds of quotes, and the
// anchors are reloaded after every save).
interface Props {
  quote: QuoteAnnotation;
  speakers: Speaker[];
  selected: boolean;
  /** Whether the summary is the list's Tab stop (the selected item, or the first when none is). */
  tabbable: boolean;
  busy: boolean;
  draft: QuoteDraft;
  onDraft: (id: string, patch: QuoteDraft) => void;
  /** A click on the summary: select it, or unselect it when `selected`. */
  onSelect: (id: string, selected: boolean) => void;
  onOp: (id: string, op: QuoteOp) => Promise<boolean>;
  /** Escape in a field: back to the item's summary (keyboard navigation). */
  onLeaveField: (id: string) => void;
  /** The item's element, for scrolling to it. */
  itemRef: (id: string, el: HTMLLIElement | null) => void;
}

const NEW = '__new__';
const NONE = '__none__';
const snippet = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** What the item shows of a quote: everything but where its anchor sits (that moves with every edit above it). */
const shown = (q: QuoteAnnotation) => JSON.stringify({ ...q, anchor: { ...q.anchor, start: 0, end: 0 } });

export const QuoteItem = memo(
  QuoteItemView,
  (a, b) =>
    (Object.keys(a) as (keyof Props)[]).every((k) => k === 'quote' || a[k] === b[k]) &&
    (a.quote === b.quote || shown(a.quote) === shown(b.quote)),
);

function QuoteItemView(props: Props) {
  const { quote: q, speakers, selected, tabbable, busy, draft } = props;
  const onDraft = (patch: QuoteDraft) => props.onDraft(q.id, patch);
  const onOp = (op: QuoteOp) => props.onOp(q.id, op);
  const onSelect = () => props.onSelect(q.id, selected);
  const ref = (el: HTMLLIElement | null) => props.itemRef(q.id, el);
  const onLeaveField = () => props.onLeaveField(q.id);
  const { t, i18n } = useTranslation('quotes');
  const note = draft.note ?? q.sourceNote;
  const escape = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onLeaveField();
    }
  };
  const verify = async (verification: 'verified' | 'disputed' | 'unverified') => {
    if (await onOp({ op: 'verification', verification, sourceNote: note })) onDraft({ note: undefined });
  };
  const addSpeaker = async () => {
    if (await onOp({ op: 'speaker', name: draft.newName ?? '', role: draft.newRole || undefined })) {
      onDraft({ adding: false, newName: undefined, newRole: undefined });
    }
  };
  const comment = async () => {
    if (await onOp({ op: 'comment', text: draft.comment ?? '' })) onDraft({ comment: undefined });
  };
  const date = (at: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(q.confidence);

  return (
    <li
      ref={ref}
      id={`quote-${q.id}`}
      aria-current={selected || undefined}
      className={`quote-item status-${q.status}${selected ? ' selected' : ''}`}
      data-testid="quote-item"
      data-quote-id={q.id}
      data-status={q.status}
      data-verification={q.verification}
    >
      {/* The summary is the item's one focus stop (roving: J/K and the arrows move it); Enter opens the details. */}
      <button
        type="button"
        className="quote-summary"
        tabIndex={tabbable ? 0 : -1}
        aria-expanded={selected}
        aria-controls={selected ? `quote-detail-${q.id}` : undefined}
        onClick={onSelect}
      >
        <span className="quote-badges">
          <span className={`qbadge kind-${q.kind}`}>{t(QUOTE_KIND_KEY[q.kind])}</span>
          <span className={`qbadge st-${q.status}`} data-testid="quote-status">
            {t(QUOTE_STATUS_KEY[q.status])}
          </span>
          <span className={`qbadge ver-${q.verification}`} data-testid="quote-verification">
            {t(VERIFICATION_KEY[q.verification])}
          </span>
          {q.needsReview && <span className="qbadge review">{t('needsReview')}</span>}
          {q.comments.length > 0 && (
            <span className="qbadge comments">{t('comments.count', { n: q.comments.length, count: q.comments.length })}</span>
          )}
        </span>
        <span className="quote-snippet" data-testid="quote-text">
          {selected ? q.anchor.exact : snippet(q.anchor.exact)}
        </span>
        <span className="quote-meta">
          {q.cue && <span title={t('cueHint')}>{t('cue', { cue: q.cue })}</span>}
          <span title={t('confidenceHint')}>{t('confidence', { pct })}</span>
          {q.sourceNote && !selected && (
            <span className="quote-source">{t('sourceShort', { note: q.sourceNote })}</span>
          )}
        </span>
      </button>
      {selected && (
        <div className="quote-detail" id={`quote-detail-${q.id}`}>
          <div className="quote-actions">
            <button
              type="button"
              className={q.status === 'confirmed' ? 'active' : ''}
              disabled={busy}
              onClick={() => void onOp({ op: 'status', status: 'confirmed' })}
              data-testid="quote-accept"
              title={t('accept.hint')}
            >
              {t('accept')}
            </button>
            <button
              type="button"
              className={q.status === 'rejected' ? 'active' : ''}
              disabled={busy}
              onClick={() => void onOp({ op: 'status', status: 'rejected' })}
              data-testid="quote-reject"
              title={t('reject.hint')}
            >
              {t('reject')}
            </button>
            {q.status !== 'suggested' && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void onOp({ op: 'status', status: 'suggested' })}
                data-testid="quote-unset"
              >
                {t('unset')}
              </button>
            )}
          </div>

          <label className="quote-field">
            {t('speaker')}
            <select
              data-testid="quote-speaker"
              value={draft.adding ? NEW : (q.speakerId ?? NONE)}
              disabled={busy}
              onKeyDown={escape}
              onChange={(e) => {
                const v = e.target.value;
                if (v === NEW) onDraft({ adding: true });
                else {
                  onDraft({ adding: false });
                  void onOp({ op: 'speaker', speakerId: v === NONE ? null : v });
                }
              }}
            >
              <option value={NONE}>{t('speaker.none')}</option>
              {speakers.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.role ? `${s.name} — ${s.role}` : s.name}
                </option>
              ))}
              <option value={NEW}>{t('speaker.new')}</option>
            </select>
          </label>
          {draft.adding && (
            <form
              className="quote-new-speaker"
              onSubmit={(e) => {
                e.preventDefault();
                void addSpeaker();
              }}
            >
              <input
                autoFocus
                data-testid="quote-new-speaker-name"
                placeholder={t('speaker.name')}
                aria-label={t('speaker.name')}
                value={draft.newName ?? ''}
                maxLength={300}
                onChange={(e) => onDraft({ newName: e.target.value })}
                onKeyDown={escape}
              />
              <input
                data-testid="quote-new-speaker-role"
                placeholder={t('speaker.role')}
                aria-label={t('speaker.role')}
                value={draft.newRole ?? ''}
                maxLength={300}
                onChange={(e) => onDraft({ newRole: e.target.value })}
                onKeyDown={escape}
              />
              <button
                type="submit"
                disabled={busy || !(draft.newName ?? '').trim()}
                data-testid="quote-new-speaker-save"
              >
                {t('speaker.add')}
              </button>
            </form>
          )}

          <div className="quote-field">
            <label htmlFor={`note-${q.id}`}>{t('source')}</label>
            <input
              id={`note-${q.id}`}
              data-testid="quote-source-note"
              placeholder={t('source.placeholder')}
              value={note}
              maxLength={2000}
              onChange={(e) => onDraft({ note: e.target.value })}
              onKeyDown={(e) => {
                escape(e);
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void verify(q.verification === 'disputed' ? 'disputed' : 'verified');
                }
              }}
            />
            <div className="quote-actions">
              <button
                type="button"
                className={q.verification === 'verified' ? 'active' : ''}
                disabled={busy}
                onClick={() => void verify('verified')}
                data-testid="quote-verify"
                title={t('verify.hint')}
              >
                {t('verify')}
              </button>
              <button
                type="button"
                className={q.verification === 'disputed' ? 'active' : ''}
                disabled={busy}
                onClick={() => void verify('disputed')}
                data-testid="quote-dispute"
              >
                {t('dispute')}
              </button>
              {q.verification !== 'unverified' && (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void verify('unverified')}
                  data-testid="quote-unverify"
                >
                  {t('unverify')}
                </button>
              )}
            </div>
          </div>

          <div className="quote-comments">
            <div className="quote-field-title">{t('comments')}</div>
            {q.comments.length === 0 && <p className="hint">{t('comments.empty')}</p>}
            <ul>
              {q.comments.map((c, i) => (
                <li key={i} data-testid="quote-comment">
                  <time dateTime={c.at}>{date(c.at)}</time> {c.text}
                </li>
              ))}
            </ul>
            <textarea
              data-testid="quote-comment-input"
              rows={2}
              placeholder={t('comments.placeholder')}
              aria-label={t('comments.add')}
              value={draft.comment ?? ''}
              maxLength={5000}
              onChange={(e) => onDraft({ comment: e.target.value })}
              onKeyDown={(e) => {
                escape(e);
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void comment();
                }
              }}
            />
            <button
              type="button"
              disabled={busy || !(draft.comment ?? '').trim()}
              onClick={() => void comment()}
              data-testid="quote-comment-add"
            >
              {t('comments.add')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
