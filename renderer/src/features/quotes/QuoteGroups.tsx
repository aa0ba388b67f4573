// The quote list: quotes grouped by speaker (a colour swatch, name, role, count), one QuoteItem per quote. The
// callbacks come stable from the panel, so an unchanged (memoised) quote item is not drawn again.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteAnnotation, Speaker } from '../../../../preload/contract/models';
import type { QuoteOp } from '../../../../preload/contract/quotes';
import { QuoteItem, type QuoteDraft } from './QuoteItem';

export interface QuoteGroup {
  key: string;
  name: string;
  role: string;
  color: string;
  quotes: QuoteAnnotation[];
}

const NO_DRAFT: QuoteDraft = {};

interface Props {
  groups: QuoteGroup[];
  speakers: Speaker[];
  selected: string | null;
  /** The list's one Tab stop. */
  tabStop: string | null;
  busy: boolean;
  drafts: Record<string, QuoteDraft>;
  onKey(e: KeyboardEvent): void;
  itemRef(id: string, el: HTMLLIElement | null): void;
  onDraft(id: string, patch: QuoteDraft): void;
  onSelect(id: string, isSelected: boolean): void;
  onOp(quoteId: string, op: QuoteOp): Promise<boolean>;
  onLeaveField(id: string): void;
}

export function QuoteGroups({ groups, speakers, selected, tabStop, busy, drafts, onKey, itemRef, onDraft, onSelect, onOp, onLeaveField }: Props) {
  const { t } = useTranslation('quotes');
  return (
    <div className="quote-list" role="group" aria-label={t('panel.list')} onKeyDown={onKey} data-testid="quote-list">
      {groups.map((g) => (
        <section key={g.key || 'none'} className="quote-group" data-testid="quote-group">
          <h3>
            <span className="swatch" style={{ background: g.color }} aria-hidden />
            <span className="quote-group-name">{g.name}</span>
            {g.role && <small>{g.role}</small>}
            <span className="hint">{g.quotes.length}</span>
          </h3>
          <ul>
            {g.quotes.map((a) => (
              <QuoteItem
                key={a.id}
                itemRef={itemRef}
                quote={a}
                speakers={speakers}
                selected={a.id === selected}
                tabbable={a.id === tabStop}
                busy={busy}
                draft={drafts[a.id] ?? NO_DRAFT}
                onDraft={onDraft}
                onSelect={onSelect}
                onOp={onOp}
                onLeaveField={onLeaveField}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
