// The quote sheet: every quote with speaker, role, cue (a denial marked), status, verification and source; table and CSV.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteSheetRow } from '../../../../preload/contract/quotes';
import { quoteCalls } from './useQuotes';
import { errorText } from '../../lib/i18n';
import { Modal } from '../../ui/Modal';
import { QUOTE_STATUS_KEY, VERIFICATION_KEY } from './keys';

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

interface Props {
  articleId: string;
  title: string;
  onPick: (quoteId: string) => void;
  onClose: () => void;
}

export function QuoteSheet({ articleId, title, onPick, onClose }: Props) {
  const { t } = useTranslation('quotes');
  const [rows, setRows] = useState<QuoteSheetRow[] | null>(null);
  const [withRejected, setWithRejected] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    quoteCalls.sheet({ articleId, includeRejected: withRejected }).then(
      (r) => live && (setRows(r), setError(null)),
      (e) => live && setError(e),
    );
    return () => void (live = false);
  }, [articleId, withRejected]);

  const cells = (r: QuoteSheetRow) => [
    r.quote,
    r.speaker,
    r.role,
    // A denial is the speaker rejecting the words: it must not read as their claim.
    r.polarity === 'denies' ? `${r.cue} (${t('sheet.denies')})` : r.cue,
    t(QUOTE_STATUS_KEY[r.status]),
    t(VERIFICATION_KEY[r.verification]),
    r.source,
  ];
  const heads = [
    t('sheet.quote'),
    t('speaker'),
    t('speaker.role'),
    t('sheet.cue'),
    t('sheet.status'),
    t('sheet.verification'),
    t('source'),
  ];

  const download = () => {
    if (!rows) return;
    // BOM so spreadsheet programs read the UTF-8 (Hangul, curly quotes) correctly.
    const csv =
      '\ufeff' + [heads, ...rows.map(cells)].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${(title || 'quotes').replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 80)}-quotes.csv`;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  return (
    <Modal title={t('sheet.title')} onClose={onClose} testId="quote-sheet">
      <div className="quote-sheet">
        <div className="toolbar">
          <label>
            <input
              type="checkbox"
              checked={withRejected}
              onChange={(e) => setWithRejected(e.target.checked)}
            />{' '}
            {t('sheet.withRejected')}
          </label>
          <span className="spacer" />
          <button type="button" onClick={download} disabled={!rows?.length} data-testid="quote-sheet-csv">
            {t('sheet.csv')}
          </button>
          <button type="button" onClick={onClose} data-autofocus>
            {t('close')}
          </button>
        </div>
        {!!error && (
          <p className="banner error" role="alert">
            {errorText(t, error)}
          </p>
        )}
        {!rows && !error && <p className="loading">{t('common:loading')}</p>}
        {rows && rows.length === 0 && <p className="empty">{t('sheet.empty')}</p>}
        {rows && rows.length > 0 && (
          <div className="quote-sheet-scroll">
            <table data-testid="quote-sheet-table">
              <thead>
                <tr>
                  {heads.map((h) => (
                    <th key={h}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr
                    key={r.id}
                    data-testid="quote-sheet-row"
                    className={`status-${r.status}`}
                    onClick={() => onPick(r.id)}
                    // Reachable by keyboard too: Tab to a row, Enter or Space shows that quote in the panel.
                    tabIndex={0}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        onPick(r.id);
                      }
                    }}
                    title={t('sheet.pick')}
                  >
                    {cells(r).map((c, i) => (
                      <td key={i}>{c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </Modal>
  );
}
